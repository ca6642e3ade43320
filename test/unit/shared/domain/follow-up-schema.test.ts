// The history entry and the follow-up settings: version 1 files and stored settings written before
// them still read, and what they add is checked like every other field.
import { describe, expect, it } from 'vitest';
import {
  defaultSettings,
  progressEntrySchema,
  settingsSchema,
} from '../../../../shared/domain/schemas';
import { createExchangeFile, serializeExchangeFile } from '../../../../shared/exchange/write';
import { parseExchangeText } from '../../../../shared/exchange/parse';
import { emptyRecords } from '../../../../shared/exchange/format';
import { issueId, sampleIssue, sampleMeeting, sampleProgress } from './sample-records';

describe('progressEntrySchema: the history entry', () => {
  it('an entry written before the follow-up reads as a plain 进展 that changed no status', () => {
    const { kind, toStatus, satisfaction, department, nextReviewOn, ...old } = sampleProgress();
    void [kind, toStatus, satisfaction, department, nextReviewOn];
    const parsed = progressEntrySchema.parse(old);
    expect(parsed).toMatchObject({
      kind: '进展',
      toStatus: '',
      satisfaction: '',
      department: '',
      nextReviewOn: '',
      text: '已到现场勘测。',
    });
  });

  it('accepts every kind the handbook names and the way 其他', () => {
    for (const kind of ['进展', '办结', '回访', '销号', '复号', '转办答复', '规划复核'] as const) {
      expect(progressEntrySchema.safeParse(sampleProgress({ kind })).success).toBe(true);
    }
    expect(progressEntrySchema.parse(sampleProgress({ method: '其他' })).method).toBe('其他');
  });

  it.each([
    ['kind', '结案'],
    ['toStatus', '逾期'],
    ['nextReviewOn', '2026-13-01'],
    ['method', '短信'],
    ['department', 'x'.repeat(401)],
  ])('refuses %s = %j', (key, value) => {
    expect(progressEntrySchema.safeParse({ ...sampleProgress(), [key]: value }).success).toBe(
      false,
    );
  });
});

describe('settingsSchema: the follow-up settings', () => {
  it('settings stored before them read with the defaults', () => {
    const { closingRule, deadlineUnit, ...old } = defaultSettings;
    void [closingRule, deadlineUnit];
    expect(settingsSchema.parse(old)).toMatchObject({
      closingRule: '办结并回访满意',
      deadlineUnit: '自然日',
    });
  });

  it('takes 工作日 and 办结即可, refuses other words', () => {
    const chosen = { ...defaultSettings, closingRule: '办结即可', deadlineUnit: '工作日' };
    expect(settingsSchema.parse(chosen)).toMatchObject({ deadlineUnit: '工作日' });
    expect(settingsSchema.safeParse({ ...defaultSettings, deadlineUnit: '周' }).success).toBe(
      false,
    );
    expect(settingsSchema.safeParse({ ...defaultSettings, closingRule: '' }).success).toBe(false);
  });
});

describe('exchange format version 1 stays readable', () => {
  it('a file whose progress entries and settings predate the follow-up fields is read', async () => {
    const { kind, toStatus, satisfaction, department, nextReviewOn, ...oldEntry } =
      sampleProgress();
    void [kind, toStatus, satisfaction, department, nextReviewOn];
    const { closingRule, deadlineUnit, ...oldSettings } = defaultSettings;
    void [closingRule, deadlineUnit];
    const records = {
      ...emptyRecords(),
      meetings: [sampleMeeting()],
      issues: [{ ...sampleIssue(), id: issueId }],
      progress: [oldEntry],
    };
    const header = {
      kind: 'backup' as const,
      exportedAt: '2026-03-06T08:00:00.000Z',
      appVersion: '0.1.0',
      source: { deviceId: 'laptop-1', label: '' },
      settings: oldSettings,
    };
    // Typed as the old shape: the writer of such a file knew nothing of the new fields.
    const file = await createExchangeFile(header as never, records as never);
    expect(JSON.stringify(file)).not.toContain('"kind":"进展"');
    const parsed = await parseExchangeText(serializeExchangeFile(file), 'old.json');
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.file.records.progress[0]?.kind).toBe('进展');
    expect(parsed.file.settings?.deadlineUnit).toBe('自然日');
  });
});
