// Loads the real preload against a stand-in for the electron module, which cannot start here.
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { channels } from '../../../shared/ipc/contract';

const { exposed, invoke } = vi.hoisted(() => ({
  exposed: new Map<string, unknown>(),
  invoke: vi.fn((..._args: unknown[]) => Promise.resolve({ status: 'cancelled' })),
}));

vi.mock('electron', () => ({
  contextBridge: {
    exposeInMainWorld: (key: string, api: unknown) => exposed.set(key, api),
  },
  ipcRenderer: { invoke },
}));

beforeAll(async () => {
  await import('../../../electron/preload');
});

describe('preload', () => {
  it('exposes only window.desktop with the contract methods', () => {
    expect([...exposed.keys()]).toEqual(['desktop']);
    const desktop = exposed.get('desktop') as Record<string, unknown>;
    expect(Object.keys(desktop).sort()).toEqual([
      'appInfo',
      'listAutoBackups',
      'onBackupRequested',
      'openFiles',
      'openLogFolder',
      'saveFile',
      'writeAutoBackup',
      'writeLog',
    ]);
    for (const value of Object.values(desktop)) expect(typeof value).toBe('function');
  });

  it('sends each method on its own channel and passes nothing else along', async () => {
    const desktop = exposed.get('desktop') as Record<string, (...args: unknown[]) => unknown>;
    const request = { suggestedName: 'a.docx', bytes: new Uint8Array([1]) };
    await desktop['saveFile']?.(request, 'smuggled');
    await desktop['openFiles']?.({ multiple: false });
    await desktop['appInfo']?.('smuggled');
    const summary = { action: '导入', fileName: 'a.json', counts: { added: 2 } };
    await desktop['writeLog']?.(summary, 'smuggled');
    await desktop['openLogFolder']?.('smuggled');
    expect(invoke.mock.calls).toEqual([
      [channels.saveFile, request],
      [channels.openFiles, { multiple: false }],
      [channels.appInfo],
      [channels.writeLog, summary],
      [channels.openLogFolder],
    ]);
  });
});
