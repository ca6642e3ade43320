// The preload's backup methods against a stand-in for the electron module.
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DesktopApi } from '../../../shared/ipc/contract';
import { channels, mainEvents } from '../../../shared/ipc/contract';

type RawListener = (event: unknown, ...args: unknown[]) => void;

const { exposed, invoke, listeners } = vi.hoisted(() => ({
  exposed: new Map<string, unknown>(),
  invoke: vi.fn((..._args: unknown[]) => Promise.resolve([])),
  listeners: new Map<string, Set<(event: unknown, ...args: unknown[]) => void>>(),
}));

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => exposed.set(key, api) },
  ipcRenderer: {
    invoke,
    on: (channel: string, listener: RawListener) => {
      const set = listeners.get(channel) ?? new Set();
      listeners.set(channel, set.add(listener));
    },
    removeListener: (channel: string, listener: RawListener) => {
      listeners.get(channel)?.delete(listener);
    },
  },
}));

let desktop: DesktopApi;
const rawEvent = { sender: { send: () => undefined }, ports: [] };
const emit = (...args: unknown[]) => {
  for (const listener of listeners.get(mainEvents.backupRequested) ?? [])
    listener(rawEvent, ...args);
};

beforeAll(async () => {
  await import('../../../electron/preload');
  desktop = exposed.get('desktop') as DesktopApi;
});

beforeEach(() => invoke.mockClear());

describe('preload backup methods', () => {
  it('writes and lists on their own channels and passes nothing else along', async () => {
    const request = { requestId: 'id-1', reason: 'quit' as const, bytes: new Uint8Array([1]) };
    await (desktop.writeAutoBackup as (...args: unknown[]) => unknown)(request, 'smuggled');
    await (desktop.listAutoBackups as (...args: unknown[]) => unknown)('smuggled');
    expect(invoke.mock.calls).toEqual([
      [channels.writeAutoBackup, request],
      [channels.listAutoBackups],
    ]);
  });

  it('hands the listener a plain request, never the IPC event, until unsubscribed', () => {
    const listener = vi.fn();
    const unsubscribe = desktop.onBackupRequested(listener);
    emit({ requestId: 'id-1', reason: 'daily', extra: 'dropped' });
    expect(listener).toHaveBeenCalledTimes(1);
    expect(listener.mock.calls[0]).toEqual([{ requestId: 'id-1', reason: 'daily' }]);
    unsubscribe();
    emit({ requestId: 'id-2', reason: 'quit' });
    expect(listener).toHaveBeenCalledTimes(1);
    expect(listeners.get(mainEvents.backupRequested)?.size).toBe(0);
  });

  it.each([
    undefined,
    null,
    'quit',
    { requestId: 1, reason: 'quit' },
    { requestId: 'a', reason: 'x' },
  ])('drops a malformed message %j', (message) => {
    const listener = vi.fn();
    const unsubscribe = desktop.onBackupRequested(listener);
    emit(message);
    expect(listener).not.toHaveBeenCalled();
    unsubscribe();
  });
});
