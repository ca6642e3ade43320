import { describe, expect, it, vi } from 'vitest';
import {
  appInfoRequestSchema,
  channels,
  maxFileBytes,
  openFilesRequestSchema,
  saveFileRequestSchema,
} from '../../../shared/ipc/contract';
import {
  createHandle,
  ipcMessages,
  type InvokeEvent,
  type IpcMainLike,
} from '../../../electron/ipc';
import { trustedOrigins } from '../../../electron/security';

type Listener = (event: InvokeEvent, ...args: unknown[]) => unknown;

function fakeIpcMain() {
  const listeners = new Map<string, Listener>();
  const ipcMain: IpcMainLike = {
    handle: (channel, listener) => {
      if (listeners.has(channel)) throw new Error(`second handler for ${channel}`);
      listeners.set(channel, listener);
    },
  };
  // Like ipcRenderer.invoke: whatever the listener throws arrives as a rejection.
  const invoke = (channel: string, event: InvokeEvent, ...args: unknown[]) =>
    Promise.resolve().then(() => {
      const listener = listeners.get(channel);
      if (!listener) throw new Error(`no handler for ${channel}`);
      return listener(event, ...args);
    });
  return { ipcMain, invoke, listeners };
}

const fromApp: InvokeEvent = { senderFrame: { url: 'app://wuchanghui/meetings/1' } };
const bytes = new Uint8Array([1, 2, 3]);
const validSave = { suggestedName: '纪要.docx', bytes };

function setUp(origins = trustedOrigins(null)) {
  const fake = fakeIpcMain();
  const logError = vi.fn();
  const handle = createHandle(fake.ipcMain, { trustedOrigins: origins, logError });
  const saveHandler = vi.fn((request: unknown) => ({ status: 'saved', request }));
  const openHandler = vi.fn(() => ({ status: 'cancelled' }));
  const infoHandler = vi.fn(() => ({ version: '1.0.0' }));
  handle(channels.saveFile, saveFileRequestSchema, saveHandler);
  handle(channels.openFiles, openFilesRequestSchema, openHandler);
  handle(channels.appInfo, appInfoRequestSchema, infoHandler);
  return { ...fake, logError, saveHandler, openHandler, infoHandler };
}

describe('handle: the sender check', () => {
  it('passes a request from our page to the handler with defaults applied', async () => {
    const { invoke, saveHandler } = setUp();
    await expect(invoke(channels.saveFile, fromApp, validSave)).resolves.toMatchObject({
      status: 'saved',
    });
    expect(saveHandler).toHaveBeenCalledWith({ ...validSave, filters: [] });
  });

  const disposedFrame: InvokeEvent = {
    get senderFrame(): { url: string } {
      throw new Error('Render frame was disposed');
    },
  };

  it.each([
    ['another site', { senderFrame: { url: 'https://evil.example/' } }],
    ['another app host', { senderFrame: { url: 'app://evil/' } }],
    ['a look-alike host', { senderFrame: { url: 'app://wuchanghui.evil.example/' } }],
    ['a local file', { senderFrame: { url: 'file:///C:/index.html' } }],
    ['about:blank', { senderFrame: { url: 'about:blank' } }],
    ['the dev server in production', { senderFrame: { url: 'http://localhost:5173/' } }],
    ['a destroyed frame', { senderFrame: null }],
    ['a frame that throws when read', disposedFrame],
  ] as Array<[string, InvokeEvent]>)('rejects %s before any handler runs', async (_, event) => {
    const { invoke, saveHandler, openHandler, infoHandler } = setUp();
    await expect(invoke(channels.saveFile, event, validSave)).rejects.toThrow(
      ipcMessages.untrustedSender,
    );
    await expect(invoke(channels.openFiles, event, {})).rejects.toThrow(
      ipcMessages.untrustedSender,
    );
    await expect(invoke(channels.appInfo, event)).rejects.toThrow(ipcMessages.untrustedSender);
    expect(saveHandler).not.toHaveBeenCalled();
    expect(openHandler).not.toHaveBeenCalled();
    expect(infoHandler).not.toHaveBeenCalled();
  });

  it('accepts the dev server only when it is trusted', async () => {
    const { invoke, infoHandler } = setUp(trustedOrigins('http://localhost:5173'));
    await invoke(channels.appInfo, { senderFrame: { url: 'http://localhost:5173/x' } });
    expect(infoHandler).toHaveBeenCalledOnce();
  });
});

class OversizedBytes extends Uint8Array {
  override get byteLength() {
    return maxFileBytes + 1;
  }
}

/** A valid request plus an own `__proto__` key, as JSON.parse or structured clone can produce. */
function withOwnProto(request: object): object {
  const hostile = JSON.parse('{"__proto__":{"polluted":true}}') as object;
  if (!Object.hasOwn(hostile, '__proto__')) throw new Error('expected an own __proto__ key');
  return Object.assign(hostile, request);
}

describe('handle: hostile save requests never reach the handler', () => {
  const hostile: Array<[string, unknown]> = [
    ['no argument', undefined],
    ['null', null],
    ['a string', '纪要.docx'],
    ['a number', 42],
    ['an array', [validSave]],
    ['an empty object', {}],
    ['missing bytes', { suggestedName: '纪要.docx' }],
    ['bytes as a plain array', { suggestedName: 'a.docx', bytes: [1, 2, 3] }],
    ['bytes as an ArrayBuffer', { suggestedName: 'a.docx', bytes: new ArrayBuffer(3) }],
    ['bytes faked with byteLength', { suggestedName: 'a.docx', bytes: { byteLength: 3 } }],
    ['bytes over the size limit', { suggestedName: 'a.docx', bytes: new OversizedBytes(1) }],
    ['a name as a number', { suggestedName: 7, bytes }],
    ['an empty name', { suggestedName: '', bytes }],
    ['a huge name', { suggestedName: `${'长'.repeat(121)}.docx`, bytes }],
    ['a megabyte name', { suggestedName: 'a'.repeat(1_000_000), bytes }],
    ['a parent-folder name', { suggestedName: '..', bytes }],
    ['a relative path', { suggestedName: '../../Windows/a.docx', bytes }],
    ['a slash path', { suggestedName: 'folder/a.docx', bytes }],
    ['a backslash path', { suggestedName: '..\\a.docx', bytes }],
    ['a drive path', { suggestedName: 'C:a.docx', bytes }],
    ['a NUL byte', { suggestedName: 'a.docx\u0000.exe', bytes }],
    ['a __proto__ key', withOwnProto(validSave)],
    ['a constructor key', { ...validSave, constructor: { prototype: { polluted: true } } }],
    ['an unknown key', { ...validSave, path: '/etc/passwd' }],
    ['a filter with a wildcard', { ...validSave, filters: [{ name: '全部', extensions: ['*'] }] }],
    ['a filter with a path', { ...validSave, filters: [{ name: 'x', extensions: ['../x'] }] }],
    [
      'too many filters',
      {
        ...validSave,
        filters: Array.from({ length: 6 }, () => ({ name: 'x', extensions: ['a'] })),
      },
    ],
    [
      'a filter with a __proto__ key',
      { ...validSave, filters: [withOwnProto({ name: 'x', extensions: ['a'] })] },
    ],
  ];

  it.each(hostile)('rejects %s with a Chinese message', async (_, argument) => {
    const { invoke, saveHandler } = setUp();
    const error = await invoke(channels.saveFile, fromApp, argument).then(
      () => null,
      (reason: unknown) => reason,
    );
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toMatch(/^请求参数无效/);
    expect(saveHandler).not.toHaveBeenCalled();
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('names our own Chinese refinement in the message', async () => {
    const { invoke } = setUp();
    await expect(
      invoke(channels.saveFile, fromApp, { suggestedName: 'a/b.docx', bytes }),
    ).rejects.toThrow('suggestedName：文件名含有不允许的字符');
  });

  it('rejects extra arguments', async () => {
    const { invoke, saveHandler } = setUp();
    await expect(invoke(channels.saveFile, fromApp, validSave, 'extra')).rejects.toThrow(
      ipcMessages.tooManyArguments,
    );
    expect(saveHandler).not.toHaveBeenCalled();
  });
});

describe('handle: other channels', () => {
  it.each([
    ['multiple as a string', { multiple: 'yes' }],
    ['a long title', { title: '标'.repeat(61) }],
    ['an unknown key', { defaultPath: '/etc' }],
  ])('rejects open-files with %s', async (_, argument) => {
    const { invoke, openHandler } = setUp();
    await expect(invoke(channels.openFiles, fromApp, argument)).rejects.toThrow(/^请求参数无效/);
    expect(openHandler).not.toHaveBeenCalled();
  });

  it('applies open-files defaults', async () => {
    const { invoke, openHandler } = setUp();
    await invoke(channels.openFiles, fromApp, {});
    expect(openHandler).toHaveBeenCalledWith({ title: '选择文件', filters: [], multiple: true });
  });

  it('rejects app-info with an argument', async () => {
    const { invoke, infoHandler } = setUp();
    await expect(invoke(channels.appInfo, fromApp, { path: 'x' })).rejects.toThrow(/^请求参数无效/);
    expect(infoHandler).not.toHaveBeenCalled();
  });
});

describe('handle: failures inside a handler', () => {
  it('logs the error and sends only a generic Chinese message', async () => {
    const fake = fakeIpcMain();
    const logError = vi.fn();
    const handle = createHandle(fake.ipcMain, { trustedOrigins: trustedOrigins(null), logError });
    const secret = new Error('EACCES: C:\\Users\\张三\\secret.docx');
    handle(channels.appInfo, appInfoRequestSchema, () => Promise.reject(secret));
    await expect(fake.invoke(channels.appInfo, fromApp)).rejects.toThrow(ipcMessages.unexpected);
    await expect(fake.invoke(channels.appInfo, fromApp)).rejects.not.toThrow(/secret/);
    expect(logError).toHaveBeenCalledWith(channels.appInfo, secret);
  });

  it('registers each channel exactly once', () => {
    const { listeners } = setUp();
    // backup:* channels are registered by startAutoBackups; see backups-quit.test.ts. log:* are
    // registered in main.ts around electron/app-log.ts; see app-log.test.ts.
    const fileAndAppChannels = Object.values(channels).filter(
      (c) => !c.startsWith('backup:') && !c.startsWith('log:'),
    );
    expect([...listeners.keys()].sort()).toEqual(fileAndAppChannels.sort());
  });
});
