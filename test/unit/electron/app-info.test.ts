import { describe, expect, it, vi } from 'vitest';
import { appInfo } from '../../../electron/app-info';

describe('appInfo', () => {
  it('reports version, data folder and platform', () => {
    const getPath = vi.fn(() => 'C:\\Users\\张三\\AppData\\Roaming\\wuchanghui-assistant');
    expect(appInfo({ getVersion: () => '0.1.0', getPath, platform: 'win32' })).toEqual({
      version: '0.1.0',
      dataFolder: 'C:\\Users\\张三\\AppData\\Roaming\\wuchanghui-assistant',
      platform: 'win32',
    });
    expect(getPath).toHaveBeenCalledWith('userData');
  });

  it('defaults to the running platform', () => {
    const info = appInfo({ getVersion: () => '1', getPath: () => '/data' });
    expect(info.platform).toBe(process.platform);
  });
});
