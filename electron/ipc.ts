// The one way main answers the renderer: every channel is registered through `handle`, which
// checks who is asking and what they sent before any handler sees the request.
import type { z } from 'zod';
import type { Channel } from '../shared/ipc/contract';
import { isSenderAllowed } from './security';

/** The part of Electron's IpcMainInvokeEvent we read. senderFrame is null once it is gone. */
export type InvokeEvent = { senderFrame: { url: string } | null };

export type IpcMainLike = {
  handle(channel: string, listener: (event: InvokeEvent, ...args: unknown[]) => unknown): void;
};

export type Handle = <S extends z.ZodType, R>(
  channel: Channel,
  schema: S,
  handler: (request: z.output<S>) => R | Promise<R>,
) => void;

export const ipcMessages = {
  untrustedSender: '已拒绝：请求不是来自本应用的页面',
  invalidRequest: '请求参数无效',
  tooManyArguments: '请求参数无效：参数过多',
  unexpected: '操作失败，请重试',
} as const;

export type IpcOptions = {
  trustedOrigins: readonly string[];
  /** Where unexpected handler errors are recorded with their stack; defaults to console.error. */
  logError?: (channel: Channel, error: unknown) => void;
};

function senderUrlOf(event: InvokeEvent): string | null {
  try {
    return event.senderFrame?.url ?? null;
  } catch {
    // Electron throws when reading a frame that was disposed mid-request.
    return null;
  }
}

/** Names the fields that failed; our own refinements already carry Chinese messages. */
export function describeIssues(issues: readonly z.core.$ZodIssue[]): string {
  const parts = issues.slice(0, 3).map((issue) => {
    const field = issue.path.length === 0 ? '请求' : issue.path.map(String).join('.');
    return issue.code === 'custom' ? `${field}：${issue.message}` : `${field} 格式不正确`;
  });
  return `${ipcMessages.invalidRequest}（${parts.join('；')}）`;
}

/** Builds the `handle` helper over ipcMain (or a fake with the same `handle` method). */
export function createHandle(ipcMain: IpcMainLike, options: IpcOptions): Handle {
  const logError =
    options.logError ??
    ((channel: Channel, error: unknown) => console.error(`[ipc] ${channel} failed`, error));

  return (channel, schema, handler) => {
    ipcMain.handle(channel, async (event, ...args) => {
      if (!isSenderAllowed(senderUrlOf(event), options.trustedOrigins)) {
        throw new Error(ipcMessages.untrustedSender);
      }
      if (args.length > 1) throw new Error(ipcMessages.tooManyArguments);
      const parsed = schema.safeParse(args[0]);
      if (!parsed.success) throw new Error(describeIssues(parsed.error.issues));
      try {
        return await handler(parsed.data);
      } catch (error) {
        logError(channel, error);
        // Only a message crosses IPC; the stack and any paths in it stay in main.
        throw new Error(ipcMessages.unexpected);
      }
    });
  };
}
