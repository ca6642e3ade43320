// startAutoBackups end to end with fakes: the page answers through the real IPC helper, and
// quitting (from the menu or by closing the window) waits for the backup or the timeout.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { channels, mainEvents, type BackupRequest } from '../../../shared/ipc/contract';
import { backupTimings, startAutoBackups } from '../../../electron/backups';
import { createHandle, type InvokeEvent } from '../../../electron/ipc';
import { trustedOrigins } from '../../../electron/security';
import { fakeElectron, memoryStore } from './backups-fakes';

type Listener = (event: InvokeEvent, ...args: unknown[]) => unknown;

const fromApp: InvokeEvent = { senderFrame: { url: 'app://wuchanghui/' } };
const snapshot = new TextEncoder().encode('{"version":1}');

beforeEach(() => {
  vi.useFakeTimers({ now: Date.parse('2026-11-27T08:30:00Z') });
});

afterEach(() => {
  vi.useRealTimers();
});

function setUp() {
  const electron = fakeElectron();
  const memory = memoryStore();
  const listeners = new Map<string, Listener>();
  const handle = createHandle(
    { handle: (channel, listener) => listeners.set(channel, listener) },
    { trustedOrigins: trustedOrigins(null), logError: vi.fn() },
  );
  const invoke = (channel: string, ...args: unknown[]) =>
    Promise.resolve().then(() => listeners.get(channel)?.(fromApp, ...args));
  const backups = startAutoBackups({
    app: electron.app,
    window: electron.window,
    handle,
    folder: memory.store.folder,
    store: memory.store,
  });
  /** A page that answers every request correctly, through the IPC channel. */
  const answerCorrectly = () =>
    electron.setPage((_channel, [request]) => {
      void invoke(channels.writeAutoBackup, { ...(request as BackupRequest), bytes: snapshot });
    });
  return { ...electron, ...memory, invoke, backups, answerCorrectly, listeners };
}

describe('startAutoBackups', () => {
  it('registers the three backup channels, each once', () => {
    const { listeners, backups } = setUp();
    const backupChannels = Object.values(channels).filter((c) => c.startsWith('backup:'));
    expect([...listeners.keys()].sort()).toEqual(backupChannels.sort());
    expect(backupChannels).toHaveLength(3);
    backups.stop();
  });
});

describe('quit', () => {
  it('holds the quit, writes the backup the page sends, then quits once', async () => {
    const context = setUp();
    context.answerCorrectly();
    expect(context.emitBeforeQuit()).toBe(true);
    expect(context.sent[0]).toMatchObject({ channel: mainEvents.backupRequested });
    expect((context.sent[0]?.args[0] as BackupRequest).reason).toBe('quit');
    await vi.advanceTimersByTimeAsync(0);
    expect(context.files.size).toBe(1);
    expect(context.state.quits).toBe(1);
    // The real quit that follows passes through every guard.
    expect(context.emitBeforeQuit()).toBe(false);
    expect(context.emitWindowClose()).toBe(false);
    expect(context.sent).toHaveLength(1);
  });

  it('also backs up when the window is closed, before the page is gone', async () => {
    const context = setUp();
    context.answerCorrectly();
    expect(context.emitWindowClose()).toBe(true);
    await vi.advanceTimersByTimeAsync(0);
    expect(context.files.size).toBe(1);
    expect(context.state.quits).toBe(1);
  });

  it('quits anyway after the timeout when the page never answers, and logs it', async () => {
    const context = setUp();
    context.emitBeforeQuit();
    // A second quit while waiting is held too but starts nothing new.
    expect(context.emitWindowClose()).toBe(true);
    await vi.advanceTimersByTimeAsync(backupTimings.quitTimeoutMs - 1);
    expect(context.state.quits).toBe(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(context.state.quits).toBe(1);
    expect(context.sent).toHaveLength(1);
    expect(context.files.size).toBe(0);
    expect(context.log.mock.calls[0]?.[0]).toBe('quitting without a backup: timeout');
  });

  it('ignores an answer with the wrong request id, then quits after the timeout', async () => {
    const context = setUp();
    const results: unknown[] = [];
    context.setPage((_channel, [request]) => {
      const wrong = { ...(request as BackupRequest), requestId: 'not-the-one', bytes: snapshot };
      void context.invoke(channels.writeAutoBackup, wrong).then((r) => results.push(r));
    });
    context.emitBeforeQuit();
    await vi.advanceTimersByTimeAsync(backupTimings.quitTimeoutMs);
    expect(results).toEqual([{ status: 'failed', message: expect.any(String) as unknown }]);
    expect(context.writeFile).not.toHaveBeenCalled();
    expect(context.state.quits).toBe(1);
  });

  it('quits at once when the page has crashed', async () => {
    const context = setUp();
    context.state.crashed = true;
    context.emitBeforeQuit();
    await vi.advanceTimersByTimeAsync(0);
    expect(context.sent).toEqual([]);
    expect(context.state.quits).toBe(1);
  });
});

describe('daily timer', () => {
  it('asks a minute after start, then hourly only when a day has passed', async () => {
    const context = setUp();
    context.answerCorrectly();
    await vi.advanceTimersByTimeAsync(backupTimings.firstCheckDelayMs);
    expect(context.sent).toHaveLength(1);
    expect((context.sent[0]?.args[0] as BackupRequest).reason).toBe('daily');
    await vi.advanceTimersByTimeAsync(23 * backupTimings.checkIntervalMs);
    expect(context.sent).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(2 * backupTimings.checkIntervalMs);
    expect(context.sent).toHaveLength(2);
    expect(context.files.size).toBe(2);
    context.backups.stop();
  });

  it('stops asking once quitting starts', async () => {
    const context = setUp();
    context.answerCorrectly();
    context.emitBeforeQuit();
    await vi.advanceTimersByTimeAsync(3 * backupTimings.checkIntervalMs);
    expect(context.sent).toHaveLength(1);
  });
});

describe('backup:list-auto', () => {
  it('lists what was written, newest first, under names backup:read-auto accepts', async () => {
    const context = setUp();
    await context.invoke(channels.writeAutoBackup, { reason: 'before-restore', bytes: snapshot });
    const name = 'wuchanghui-backup-2026-11-27T08-30-00Z-before-restore-n1.json';
    expect(await context.invoke(channels.readAutoBackup, { name })).toMatchObject({
      status: 'read',
      name,
    });
    expect(await context.invoke(channels.listAutoBackups)).toEqual([
      {
        name,
        reason: 'before-restore',
        size: snapshot.byteLength,
        time: '2026-11-27T08:30:00.000Z',
        meetings: null,
        issues: null,
      },
    ]);
    context.backups.stop();
  });
});
