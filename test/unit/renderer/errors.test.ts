// What the user reads when something fails: Chinese, saying what to do, never English text.
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { describeError, errorLabels, readingLabels } from '../../../renderer/app/errors';
import { RecordNotFoundError } from '../../../renderer/db/repositories/records';

const noEnglish = /[A-Za-z]{3,}/;

describe('describeError', () => {
  it('a full disk says to free space and make a backup', () => {
    const message = describeError(
      new DOMException('The quota has been exceeded.', 'QuotaExceededError'),
    );
    expect(message).toBe(errorLabels.quota);
    expect(message).toMatch(/清理磁盘空间/);
    expect(message).toMatch(/备份/);
  });

  it('sees the full disk behind Dexie’s abort', () => {
    const inner = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    const wrapped = new Dexie.AbortError('Transaction aborted', inner);
    expect(describeError(wrapped)).toBe(errorLabels.quota);
    expect(describeError(new Dexie.QuotaExceededError('quota'))).toBe(errorLabels.quota);
  });

  it('gives main’s message without the words Electron puts before it', () => {
    const fromMain = (message: string) =>
      new Error(`Error invoking remote method 'file:open-files': Error: ${message}`);
    expect(describeError(fromMain('操作失败，请重试'))).toBe('操作失败，请重试');
    expect(describeError(fromMain('请求参数无效（title 格式不正确）'))).toBe(
      '请求参数无效（title 格式不正确）',
    );
    expect(describeError(fromMain('ENOENT: no such file'))).toBe(errorLabels.unknown);
  });

  it.each([
    new Dexie.DatabaseClosedError('Database has been closed'),
    new Dexie.ConstraintError('Key already exists in the object store.'),
    new Dexie.UnknownError('Internal error.'),
    new DOMException('Version change transaction was aborted', 'AbortError'),
    new Error('Cannot read properties of undefined (reading "x")'),
    'something odd',
    null,
  ])('says %s in Chinese', (error) => {
    const message = describeError(error);
    expect(message).toMatch(/[\u4e00-\u9fff]/);
    expect(message).not.toMatch(noEnglish);
  });

  it('says what was not read, never "not saved", when the action only read', () => {
    const failures = [
      new Dexie.UnknownError('Internal error.'),
      new DOMException('The disk could not be read.', 'UnknownError'),
      new Dexie.DatabaseClosedError('Database has been closed'),
      new Dexie.TimeoutError('Transaction timed out'),
      new Dexie.AbortError('Transaction aborted', new DOMException('full', 'QuotaExceededError')),
      new Error('Cannot read properties of undefined (reading "x")'),
    ];
    for (const error of failures) {
      const reading = describeError(error, 'reading');
      expect(reading).not.toMatch(/保存|写入/);
      expect(reading).not.toMatch(noEnglish);
      expect(describeError(error)).toMatch(/保存|没有完成/);
    }
    expect(describeError(new Dexie.UnknownError('Internal error.'), 'reading')).toBe(
      '本地数据库读取失败。请重试；如果一直失败，请重启程序，并检查磁盘。',
    );
    expect(describeError(new RecordNotFoundError('会议', 'm1'), 'reading')).toBe(
      '找不到会议（m1），可能已在其他窗口删除',
    );
    expect(readingLabels.version).toBe(errorLabels.version);
  });

  it('passes our own Chinese messages through', () => {
    expect(describeError(new RecordNotFoundError('诉求', 'x1'))).toBe(
      '找不到诉求（x1），可能已在其他窗口删除',
    );
  });

  it('gives zod’s messages in Chinese', () => {
    const result = z.object({ n: z.number() }).safeParse({ n: 'abc' });
    expect(result.success).toBe(false);
    const message = describeError(result.error);
    expect(message).toMatch(/[\u4e00-\u9fff]/);
    expect(message).not.toMatch(noEnglish);
  });
});
