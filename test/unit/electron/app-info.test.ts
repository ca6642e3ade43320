import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { appInfo } from '../../../electron/app-info';

describe('appInfo', () => {
  it('reports version, data folder, log folder and platform', () => {
    const folder = 'C:\\Users\\张三\\AppData\\Roaming\\wuchanghui-assistant';
    const getPath = vi.fn(() => folder);
    expect(appInfo({ getVersion: () => '0.1.0', getPath, platform: 'win32' })).toEqual({
      version: '0.1.0',
      dataFolder: folder,
      logFolder: path.join(folder, 'logs'),
      platform: 'win32',
    });
    expect(getPath).toHaveBeenCalledWith('userData');
  });

  it('defaults to the running platform', () => {
    const info = appInfo({ getVersion: () => '1', getPath: () => '/data' });
    expect(info.platform).toBe(process.platform);
  });
});
