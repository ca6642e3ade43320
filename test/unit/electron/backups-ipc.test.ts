// Hostile requests on backup:write-auto never reach the disk: the real IPC helper and schema in
// front of a requester that is waiting for a genuine request.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  channels,
  listAutoBackupsRequestSchema,
  maxFileBytes,
  writeAutoBackupRequestSchema,
} from '../../../shared/ipc/contract';
import { createBackupRequester } from '../../../electron/backup-requests';
import { createHandle, ipcMessages, type InvokeEvent } from '../../../electron/ipc';
import { trustedOrigins } from '../../../electron/security';
import { memoryStore } from './backups-fakes';

type Listener = (event: InvokeEvent, ...args: unknown[]) => unknown;

const fromApp: InvokeEvent = { senderFrame: { url: 'app://wuchanghui/' } };
const snapshot = new Uint8Array([123, 125]);
let context: ReturnType<typeof setUp>;

function setUp() {
  const memory = memoryStore();
  const listeners = new Map<string, Listener>();
  const handle = createHandle(
    { handle: (channel, listener) => listeners.set(channel, listener) },
    { trustedOrigins: trustedOrigins(null), logError: vi.fn() },
  );
  const requester = createBackupRequester({
    store: memory.store,
    createId: () => 'pending-1',
    sendRequest: () => true,
  });
  handle(channels.writeAutoBackup, writeAutoBackupRequestSchema, (r) => requester.receiveBackup(r));
  handle(channels.listAutoBackups, listAutoBackupsRequestSchema, () => []);
  // A genuine request is waiting, so only the checks stand between an attacker and the disk.
  void requester.requestBackup('daily', 60_000);
  const invoke = (event: InvokeEvent, ...args: unknown[]) =>
    Promise.resolve().then(() => listeners.get(channels.writeAutoBackup)?.(event, ...args));
  return { ...memory, invoke };
}

beforeEach(() => {
  vi.useFakeTimers();
  context = setUp();
});

const valid = { requestId: 'pending-1', reason: 'daily', bytes: snapshot };

describe('backup:write-auto refuses hostile requests', () => {
  it('accepts the genuine answer (the control case)', async () => {
    await expect(context.invoke(fromApp, valid)).resolves.toMatchObject({ status: 'saved' });
    expect(context.writeFile).toHaveBeenCalledTimes(1);
  });

  it.each([
    ['another site', { senderFrame: { url: 'https://evil.example/' } }],
    ['a look-alike host', { senderFrame: { url: 'app://wuchanghui.evil.example/' } }],
    ['a local file', { senderFrame: { url: 'file:///C:/index.html' } }],
    ['a destroyed frame', { senderFrame: null }],
  ] as Array<[string, InvokeEvent]>)('from %s', async (_, event) => {
    await expect(context.invoke(event, valid)).rejects.toThrow(ipcMessages.untrustedSender);
    expect(context.writeFile).not.toHaveBeenCalled();
  });

  const proto = JSON.parse(
    '{"requestId":"pending-1","reason":"daily","bytes":null,"__proto__":{"isAdmin":true}}',
  ) as Record<string, unknown>;
  proto['bytes'] = snapshot;

  it.each([
    ['no argument', undefined],
    ['bytes as a plain array', { ...valid, bytes: [123, 125] }],
    ['bytes as a string', { ...valid, bytes: '{}' }],
    ['bytes as an ArrayBuffer', { ...valid, bytes: snapshot.buffer }],
    ['empty bytes', { ...valid, bytes: new Uint8Array(0) }],
    ['a reason outside the list', { ...valid, reason: 'manual' }],
    ['a reason that is a path', { ...valid, reason: '../../evil' }],
    ['no request id for a requested backup', { reason: 'daily', bytes: snapshot }],
    ['a request id with path characters', { ...valid, requestId: '../x' }],
    ['a very long request id', { ...valid, requestId: 'a'.repeat(65) }],
    ['an extra key', { ...valid, fileName: 'C:/Windows/evil.json' }],
    ['a request id on a before-restore', { ...valid, reason: 'before-restore' }],
    ['an own __proto__ key', proto],
  ])('with %s', async (_, request) => {
    await expect(context.invoke(fromApp, request)).rejects.toThrow(ipcMessages.invalidRequest);
    expect(context.writeFile).not.toHaveBeenCalled();
  });

  it('with bytes over the size limit, answered with the size and the limit', async () => {
    const oversized = new Uint8Array(1);
    Object.defineProperty(oversized, 'byteLength', { value: maxFileBytes + 1 });
    await expect(context.invoke(fromApp, { ...valid, bytes: oversized })).resolves.toEqual({
      status: 'failed',
      message: '数据共 201 MB，超过一个备份文件的上限 200 MB，未能自动备份',
    });
    expect(context.writeFile).not.toHaveBeenCalled();
  });

  it('with a second argument', async () => {
    await expect(context.invoke(fromApp, valid, 'smuggled')).rejects.toThrow(
      ipcMessages.tooManyArguments,
    );
    expect(context.writeFile).not.toHaveBeenCalled();
  });
});
