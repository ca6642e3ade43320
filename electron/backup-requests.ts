// Main cannot read IndexedDB, so it asks the page for a snapshot: it sends a request with a fresh
// id and writes the bytes only when the page answers that id, for the same reason, in time.
import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type {
  BackupRequest,
  BackupResult,
  RequestedBackupReason,
  writeAutoBackupRequestSchema,
} from '../shared/ipc/contract';
import { shouldBackup } from './backup-names';
import {
  backupMessages,
  newestBackupTime,
  writeBackup,
  type BackupStoreDeps,
} from './backup-store';

/** A write's result, or why nothing was written: no page to ask, or no answer in time. */
export type BackupOutcome = BackupResult | { status: 'no-window' } | { status: 'timeout' };

export type ParsedBackupWrite = z.output<typeof writeAutoBackupRequestSchema>;

export type BackupRequesterDeps = {
  store: BackupStoreDeps;
  /** Delivers the request to the page; false when there is no live page to ask. */
  sendRequest(request: BackupRequest): boolean;
  createId?: () => string;
};

type Pending = {
  reason: RequestedBackupReason;
  timer: ReturnType<typeof setTimeout>;
  settle(outcome: BackupOutcome | Promise<BackupOutcome>): void;
};

export type BackupRequester = {
  requestBackup(reason: RequestedBackupReason, timeoutMs: number): Promise<BackupOutcome>;
  /** The backup:write-auto handler, after the sender and schema checks. */
  receiveBackup(request: ParsedBackupWrite): Promise<BackupResult>;
  pendingCount(): number;
};

export function createBackupRequester(deps: BackupRequesterDeps): BackupRequester {
  const pending = new Map<string, Pending>();
  const createId = deps.createId ?? randomUUID;

  function send(request: BackupRequest): boolean {
    try {
      return deps.sendRequest(request);
    } catch (error) {
      deps.store.log('could not send the backup request', error);
      return false;
    }
  }

  return {
    requestBackup(reason, timeoutMs) {
      const requestId = createId();
      return new Promise<BackupOutcome>((resolve) => {
        const timer = setTimeout(() => {
          pending.delete(requestId);
          resolve({ status: 'timeout' });
        }, timeoutMs);
        // Registered before sending, so even an immediate answer finds its request.
        pending.set(requestId, { reason, timer, settle: resolve });
        if (!send({ requestId, reason })) {
          clearTimeout(timer);
          pending.delete(requestId);
          resolve({ status: 'no-window' });
        }
      });
    },

    receiveBackup(request) {
      if (request.reason === 'before-restore') {
        return writeBackup(request.reason, request.bytes, deps.store);
      }
      const waiting = pending.get(request.requestId);
      if (waiting === undefined || waiting.reason !== request.reason) {
        return Promise.resolve({ status: 'failed', message: backupMessages.staleRequest });
      }
      // Claimed before writing: a repeated answer cannot write twice, and the timeout no longer
      // applies because the page did answer in time.
      pending.delete(request.requestId);
      clearTimeout(waiting.timer);
      const written = writeBackup(request.reason, request.bytes, deps.store);
      waiting.settle(
        written.catch(() => ({ status: 'failed', message: backupMessages.unexpected }) as const),
      );
      return written;
    },

    pendingCount: () => pending.size,
  };
}

/** Runs one daily check: asks for a backup only when the newest one is a day old or missing. */
export function createDailyCheck(
  requester: BackupRequester,
  store: BackupStoreDeps,
  timeoutMs: number,
): () => Promise<BackupOutcome | { status: 'not-due' } | { status: 'busy' }> {
  let isRunning = false;
  return async () => {
    if (isRunning) return { status: 'busy' };
    isRunning = true;
    try {
      if (!shouldBackup(await newestBackupTime(store), store.now())) return { status: 'not-due' };
      return await requester.requestBackup('daily', timeoutMs);
    } finally {
      isRunning = false;
    }
  };
}
