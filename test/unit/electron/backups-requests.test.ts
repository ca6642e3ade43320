// The request/answer handshake and the daily check, over an in-memory folder and fake timers.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { BackupRequest } from '../../../shared/ipc/contract';
import { backupFileName } from '../../../electron/backup-names';
import { backupMessages } from '../../../electron/backup-store';
import { createBackupRequester, createDailyCheck } from '../../../electron/backup-requests';
import { memoryStore } from './backups-fakes';

beforeEach(() => {
  vi.useFakeTimers({ now: Date.parse('2026-11-27T08:30:00Z') });
});

afterEach(() => {
  vi.useRealTimers();
});

const snapshot = new TextEncoder().encode('{"version":1}');

function setUp(page: (request: BackupRequest) => void = () => undefined, isLive = true) {
  const memory = memoryStore();
  const sent: BackupRequest[] = [];
  let next = 0;
  const requester = createBackupRequester({
    store: memory.store,
    createId: () => `id-${(next += 1)}`,
    sendRequest: (request) => {
      sent.push(request);
      if (isLive) page(request);
      return isLive;
    },
  });
  return { ...memory, requester, sent };
}

describe('requestBackup', () => {
  it('writes the answer to its own request and reports the file', async () => {
    const { requester, files, sent } = setUp();
    const outcome = requester.requestBackup('quit', 10_000);
    expect(sent).toEqual([{ requestId: 'id-1', reason: 'quit' }]);
    const answer = await requester.receiveBackup({
      requestId: 'id-1',
      reason: 'quit',
      bytes: snapshot,
    });
    expect(answer).toEqual({
      status: 'saved',
      fileName: backupFileName(Date.now(), 'quit', undefined, 1),
    });
    expect(await outcome).toEqual(answer);
    expect([...files.values()]).toEqual([snapshot]);
    expect(requester.pendingCount()).toBe(0);
  });

  it('finds its request even when the page answers during the send', async () => {
    let answer: Promise<unknown> = Promise.resolve();
    const { requester, files } = setUp((request) => {
      answer = requester.receiveBackup({ ...request, bytes: snapshot });
    });
    expect((await requester.requestBackup('daily', 1000)).status).toBe('saved');
    await answer;
    expect(files.size).toBe(1);
  });

  it('times out when the page never answers, and a late answer writes nothing', async () => {
    const { requester, writeFile } = setUp();
    const outcome = requester.requestBackup('quit', 10_000);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(await outcome).toEqual({ status: 'timeout' });
    const late = await requester.receiveBackup({
      requestId: 'id-1',
      reason: 'quit',
      bytes: snapshot,
    });
    expect(late).toEqual({ status: 'failed', message: backupMessages.staleRequest });
    expect(writeFile).not.toHaveBeenCalled();
  });

  it.each([
    ['another id', { requestId: 'id-999', reason: 'quit' as const }],
    ['the right id for another reason', { requestId: 'id-1', reason: 'daily' as const }],
  ])('refuses an answer with %s and keeps waiting', async (_, wrong) => {
    const { requester, writeFile } = setUp();
    const outcome = requester.requestBackup('quit', 10_000);
    expect(await requester.receiveBackup({ ...wrong, bytes: snapshot })).toEqual({
      status: 'failed',
      message: backupMessages.staleRequest,
    });
    expect(writeFile).not.toHaveBeenCalled();
    expect(requester.pendingCount()).toBe(1);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(await outcome).toEqual({ status: 'timeout' });
  });

  it('answers a backup over the size limit at once with its size, and writes nothing', async () => {
    // Before, the request's check refused it without answering, and main waited until it timed
    // out, so its log gave a timeout and not the size.
    const { requester, writeFile } = setUp();
    const outcome = requester.requestBackup('daily', 10_000);
    const oversized = new Uint8Array(1);
    Object.defineProperty(oversized, 'byteLength', { value: 250 * 1024 * 1024 });
    const failed = {
      status: 'failed',
      message: '数据共 250 MB，超过一个备份文件的上限 200 MB，未能自动备份',
    };
    expect(
      await requester.receiveBackup({ requestId: 'id-1', reason: 'daily', bytes: oversized }),
    ).toEqual(failed);
    expect(await outcome).toEqual(failed);
    expect(writeFile).not.toHaveBeenCalled();
  });

  it('writes a repeated answer only once', async () => {
    const { requester, writeFile } = setUp();
    void requester.requestBackup('quit', 10_000);
    const answer = { requestId: 'id-1', reason: 'quit' as const, bytes: snapshot };
    await requester.receiveBackup(answer);
    expect((await requester.receiveBackup(answer)).status).toBe('failed');
    expect(writeFile).toHaveBeenCalledTimes(1);
  });

  it('reports no-window at once when there is no page to ask', async () => {
    const { requester } = setUp(undefined, false);
    expect(await requester.requestBackup('quit', 10_000)).toEqual({ status: 'no-window' });
    expect(requester.pendingCount()).toBe(0);
  });

  it('treats a send that throws as no page', async () => {
    const memory = memoryStore();
    const requester = createBackupRequester({
      store: memory.store,
      sendRequest: () => {
        throw new Error('Object has been destroyed');
      },
    });
    expect(await requester.requestBackup('quit', 10_000)).toEqual({ status: 'no-window' });
  });

  it('writes a before-restore backup the page starts itself', async () => {
    const { requester, files } = setUp();
    const result = await requester.receiveBackup({ reason: 'before-restore', bytes: snapshot });
    expect(result).toEqual({
      status: 'saved',
      fileName: backupFileName(Date.now(), 'before-restore', undefined, 1),
    });
    expect(files.size).toBe(1);
  });
});

describe('daily check', () => {
  const answering = () => {
    const context = setUp((request) => {
      void context.requester.receiveBackup({ ...request, bytes: snapshot });
    });
    return context;
  };

  it('asks for a backup when there is none', async () => {
    const { requester, store, sent } = answering();
    const check = createDailyCheck(requester, store, 60_000);
    expect((await check()).status).toBe('saved');
    expect(sent).toEqual([{ requestId: 'id-1', reason: 'daily' }]);
  });

  it('does not ask again within the day, and asks once it has passed', async () => {
    const { requester, store, sent } = answering();
    const check = createDailyCheck(requester, store, 60_000);
    await check();
    vi.setSystemTime(Date.now() + 23 * 60 * 60 * 1000);
    expect(await check()).toEqual({ status: 'not-due' });
    vi.setSystemTime(Date.now() + 60 * 60 * 1000);
    expect((await check()).status).toBe('saved');
    expect(sent).toHaveLength(2);
  });

  it('does not start a second request while one is waiting', async () => {
    const { requester, store, sent } = setUp();
    const check = createDailyCheck(requester, store, 60_000);
    const first = check();
    expect(await check()).toEqual({ status: 'busy' });
    await vi.advanceTimersByTimeAsync(60_000);
    expect(await first).toEqual({ status: 'timeout' });
    expect(sent).toHaveLength(1);
  });
});
