// One place that turns a failure into a sentence for the screen: Chinese, true, and saying what
// to do. IndexedDB and Dexie failures are recognised by name (Dexie wraps the browser's error in
// `inner`), zod's messages come in Chinese (its zh-CN locale is switched on here, for every
// screen that can show an error), and anything unknown gets a plain Chinese sentence instead of
// English stack text (the original goes to the console for whoever investigates).
import { z } from 'zod';

// zod's zh-CN locale still names the received type in English ("实际接收 string"): those words
// are put into Chinese too.
const typeNames: Record<string, string> = {
  string: '文字',
  number: '数字',
  boolean: '是或否',
  bigint: '整数',
  object: '对象',
  array: '列表',
  date: '日期',
  null: '空值',
  undefined: '空值',
  nan: '非数字',
  function: '函数',
  symbol: '符号',
  file: '文件',
};
const chinese = z.locales.zhCN().localeError;
z.config({
  localeError: (issue) => {
    const result = chinese(issue);
    const text = typeof result === 'string' ? result : result?.message;
    return text?.replace(/[A-Za-z]+/g, (word) => typeNames[word.toLowerCase()] ?? word);
  },
});

export const errorLabels = {
  quota:
    '磁盘空间不足，没有保存。请清理磁盘空间（删除不需要的文件），并尽快在“导入与备份”中做一次备份。',
  readOnly: '本地数据库只能读取，不能写入，没有保存。请关闭其他窗口后重启程序。',
  closed: '本地数据库已关闭（可能在其他窗口中升级或恢复了数据），没有保存。请重新打开程序。',
  constraint: '数据与已保存的记录冲突，没有保存。请刷新后重试。',
  version: '本地数据由更新版本的程序写入，本程序不能修改它。请安装最新版本。',
  timeout: '本地数据库响应超时，没有保存。',
  storage:
    '本地数据库写入失败，没有保存。如果一直失败，请检查磁盘空间，并在“导入与备份”中做一次备份后重启程序。',
  unknown:
    '操作没有完成，发生了意外错误。请重试；如果仍然失败，请在“导入与备份”中做一次备份后重启程序。',
} as const;

/** The same failures met by an action that only reads (a report, a search): nothing was to be saved. */
export const readingLabels = {
  ...errorLabels,
  quota: '磁盘空间不足，本地数据库没能读取。请清理磁盘空间（删除不需要的文件）后重试。',
  closed: '本地数据库已关闭（可能在其他窗口中升级或恢复了数据），没能读取。请重新打开程序。',
  timeout: '本地数据库响应超时，没能读取。请重试。',
  storage: '本地数据库读取失败。请重试；如果一直失败，请重启程序，并检查磁盘。',
} as const;

type Label = keyof typeof errorLabels;

const byName: Record<string, Label> = {
  QuotaExceededError: 'quota',
  ReadOnlyError: 'readOnly',
  DatabaseClosedError: 'closed',
  InvalidStateError: 'closed',
  ConstraintError: 'constraint',
  VersionError: 'version',
  TimeoutError: 'timeout',
  AbortError: 'storage',
  UnknownError: 'storage',
  DataError: 'storage',
  DataCloneError: 'storage',
  TransactionInactiveError: 'storage',
  OpenFailedError: 'storage',
};

const hasChinese = (text: string) => /[\u4e00-\u9fff]/.test(text);

/** The failure behind Dexie's wrappers: a transaction aborted because the disk is full, etc. */
function innermost(error: unknown): unknown {
  let current = error;
  for (let depth = 0; depth < 5; depth += 1) {
    const inner = (current as { inner?: unknown } | null)?.inner;
    if (inner === undefined || inner === null) break;
    current = inner;
  }
  return current;
}

function nameOf(error: unknown): string {
  return typeof error === 'object' && error !== null && 'name' in error ? String(error.name) : '';
}

/**
 * Electron's ipcRenderer.invoke reports a main handler that threw as
 * `Error invoking remote method 'file:open-files': Error: 操作失败，请重试`: main's message (ours,
 * Chinese) behind English words. Returns main's message, or null for any other error.
 */
function messageFromMain(error: unknown): string | null {
  if (!(error instanceof Error)) return null;
  const match = /^Error invoking remote method '[^']*': (?:\w*Error: )?([\s\S]*)$/.exec(
    error.message,
  );
  return match ? (match[1] ?? '') : null;
}

/** `reading`: the failed action only read, so the sentence says what was not read, not saved. */
export function describeError(error: unknown, doing: 'saving' | 'reading' = 'saving'): string {
  const labels = doing === 'reading' ? readingLabels : errorLabels;
  const fromMain = messageFromMain(error);
  if (fromMain !== null) return hasChinese(fromMain) ? fromMain : labels.unknown;
  const issues = (error as { issues?: { message?: unknown }[] } | null)?.issues;
  if (error instanceof z.ZodError || Array.isArray(issues)) {
    const first = issues?.[0]?.message;
    return typeof first === 'string' && first !== '' ? first : labels.unknown;
  }
  // Our own errors speak Chinese already (record not found, checks on input, …).
  if (error instanceof Error && hasChinese(error.message) && !byName[error.name])
    return error.message;
  const deepest = innermost(error);
  if (nameOf(deepest) === 'QuotaExceededError' || nameOf(error) === 'QuotaExceededError')
    return labels.quota;
  const known = byName[nameOf(deepest)] ?? byName[nameOf(error)];
  if (known) return labels[known];
  console.error(error);
  return labels.unknown;
}
