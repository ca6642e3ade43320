import { describe, expect, it } from 'vitest';
import {
  attendanceSchema,
  defaultSettings,
  isoDateSchema,
  issueSchema,
  limits,
  lineSchema,
  meetingSchema,
  nameSchema,
  optionalDateSchema,
  personSchema,
  progressEntrySchema,
  recordMetaSchema,
  settingsSchema,
  textSchema,
  timeSchema,
  timestampSchema,
} from '../../../../shared/domain/schemas';
import type { Meeting } from '../../../../shared/domain/schemas';
import { sampleAttendance, sampleIssue, sampleMeeting, sampleProgress } from './sample-records';

const rareName = '𠀀䶮堃';
const zwjFamily = '👨‍👩‍👧‍👦';

function messages(result: { success: boolean; error?: { issues: { message: string }[] } }) {
  return result.error?.issues.map((i) => i.message) ?? [];
}

describe('lineSchema', () => {
  it('removes control characters and folds newlines', () => {
    expect(lineSchema.parse('石门\u0000村\r\n三组\u0007')).toBe('石门村 三组');
  });

  it('keeps rare characters and emoji with ZWJ', () => {
    expect(lineSchema.parse(`${rareName}${zwjFamily}`)).toBe(`${rareName}${zwjFamily}`);
  });

  it('accepts exactly the limit and refuses one more', () => {
    expect(lineSchema.parse('村'.repeat(limits.line))).toHaveLength(limits.line);
    expect(lineSchema.safeParse('村'.repeat(limits.line + 1)).success).toBe(false);
  });

  it('counts a character outside the BMP as one, as a reader does (𠀀 is two UTF-16 units)', () => {
    expect(lineSchema.parse('𠀀'.repeat(limits.line))).toBe('𠀀'.repeat(limits.line));
    const over = lineSchema.safeParse('𠀀'.repeat(limits.line + 1));
    expect(over.error?.issues).toMatchObject([{ code: 'too_big', maximum: limits.line }]);
  });

  it('judges the length after cleaning: control characters do not count', () => {
    const padded = '村'.repeat(limits.line) + '\u0000'.repeat(limits.line);
    expect(lineSchema.parse(padded)).toBe('村'.repeat(limits.line));
  });

  it('refuses a huge string before cleaning it', () => {
    expect(lineSchema.safeParse('\u0000'.repeat(1_000_000)).success).toBe(false);
  });

  it.each([null, undefined, 42, true, {}, [], ['张三']])('refuses non-string %j', (value) => {
    expect(lineSchema.safeParse(value).success).toBe(false);
  });
});

describe('textSchema', () => {
  it('keeps a 5,000-character description whole, line breaks included', () => {
    const paragraph = '组里到主路的村道雨天泥泞，老人孩子出行困难，希望尽快硬化。\n';
    const description = paragraph.repeat(Math.ceil(5_000 / paragraph.length)).slice(0, 5_000);
    expect(description).toHaveLength(5_000);
    expect(textSchema.parse(description)).toBe(description);
  });

  it('keeps rare characters and removes control characters', () => {
    expect(textSchema.parse(`反映人${rareName}\u0000：${zwjFamily}\n谢谢`)).toBe(
      `反映人${rareName}：${zwjFamily}\n谢谢`,
    );
  });

  it('refuses more than the text limit', () => {
    expect(textSchema.parse('a'.repeat(limits.text))).toHaveLength(limits.text);
    expect(textSchema.safeParse('a'.repeat(limits.text + 1)).success).toBe(false);
    expect(textSchema.safeParse('a'.repeat(10_000_000)).success).toBe(false);
  });

  it('counts a character outside the BMP as one', () => {
    const rare = `${'𠀀'.repeat(limits.text - 1)}䶮`;
    expect(textSchema.parse(rare)).toBe(rare);
    expect(textSchema.safeParse(`${rare}䶮`).error?.issues).toMatchObject([
      { code: 'too_big', maximum: limits.text },
    ]);
  });

  it('refuses non-strings', () => {
    expect(textSchema.safeParse(5000).success).toBe(false);
    expect(textSchema.safeParse(null).success).toBe(false);
  });
});

describe('nameSchema', () => {
  it('trims a name', () => {
    expect(nameSchema.parse('  张三 ')).toBe('张三');
    expect(nameSchema.parse('\t李四\n')).toBe('李四');
  });

  it.each(['', '   ', '\u0000\u0001', '\n\t\r', '\u3000'])(
    'refuses empty name %j with 姓名不能为空',
    (value) => {
      const result = nameSchema.safeParse(value);
      expect(result.success).toBe(false);
      expect(messages(result)).toContain('姓名不能为空');
    },
  );

  it('keeps rare characters in names', () => {
    for (const name of ['𠀀', '王䶮', '李堃', '𡒄𪚥', `${zwjFamily}`]) {
      expect(nameSchema.parse(name)).toBe(name);
    }
  });

  it('applies the same rule in person and attendance records', () => {
    const attendance = attendanceSchema.safeParse(sampleAttendance(0, '  '));
    expect(attendance.success).toBe(false);
    expect(messages(attendance)).toContain('姓名不能为空');
    expect(attendanceSchema.parse(sampleAttendance(0, ' 王䶮 ')).name).toBe('王䶮');

    const person = {
      ...sampleAttendance(0, 'x'),
      name: ' 李堃\u0000 ',
      village: '石门村',
      tags: ['党员'],
    };
    expect(personSchema.parse(person).name).toBe('李堃');
    expect(messages(personSchema.safeParse({ ...person, name: '' }))).toContain('姓名不能为空');
  });
});

describe('date, time, timestamp and id schemas', () => {
  it('accepts real dates and refuses impossible ones', () => {
    expect(isoDateSchema.parse('2024-02-29')).toBe('2024-02-29');
    for (const bad of ['2026-02-30', '2025-02-29', '2026-13-01', '', '2026-3-5', 20260305]) {
      expect(isoDateSchema.safeParse(bad).success).toBe(false);
    }
    expect(messages(isoDateSchema.safeParse('2026-02-30'))).toContain('日期格式应为 YYYY-MM-DD');
  });

  it('optional date accepts empty string but not an impossible date or null', () => {
    expect(optionalDateSchema.parse('')).toBe('');
    expect(optionalDateSchema.parse('2026-03-12')).toBe('2026-03-12');
    expect(optionalDateSchema.safeParse('2026-02-30').success).toBe(false);
    expect(optionalDateSchema.safeParse(null).success).toBe(false);
  });

  it('time is HH:MM in 24 hours, or empty', () => {
    for (const ok of ['', '00:00', '09:05', '19:30', '23:59']) {
      expect(timeSchema.parse(ok)).toBe(ok);
    }
    for (const bad of ['24:00', '9:05', '19:60', '19:30:00', '７:30', 1930]) {
      expect(timeSchema.safeParse(bad).success).toBe(false);
    }
  });

  it('timestamps are UTC ISO strings', () => {
    expect(timestampSchema.safeParse('2026-03-05T11:00:00.000Z').success).toBe(true);
    expect(timestampSchema.safeParse('2026-03-05T11:00:00Z').success).toBe(true);
    expect(timestampSchema.safeParse('2026-03-05T11:00:00+08:00').success).toBe(false);
    expect(timestampSchema.safeParse('2026-03-05').success).toBe(false);
  });

  it('record meta refuses a non-UUID id, rev 0, a fractional rev and an empty device', () => {
    const meta = {
      id: crypto.randomUUID(),
      createdAt: '2026-03-05T11:00:00.000Z',
      updatedAt: '2026-03-05T11:00:00.000Z',
      rev: 1,
      deviceId: 'laptop-1',
      deletedAt: null,
    };
    expect(recordMetaSchema.parse(meta)).toEqual(meta);
    expect(recordMetaSchema.safeParse({ ...meta, id: 'meeting-1' }).success).toBe(false);
    expect(recordMetaSchema.safeParse({ ...meta, rev: 0 }).success).toBe(false);
    expect(recordMetaSchema.safeParse({ ...meta, rev: 1.5 }).success).toBe(false);
    expect(recordMetaSchema.safeParse({ ...meta, rev: '1' }).success).toBe(false);
    expect(recordMetaSchema.safeParse({ ...meta, deviceId: '' }).success).toBe(false);
    expect(recordMetaSchema.safeParse({ ...meta, deviceId: 'x'.repeat(65) }).success).toBe(false);
    expect(recordMetaSchema.safeParse({ ...meta, deletedAt: undefined }).success).toBe(false);
  });
});

describe('meetingSchema', () => {
  it('accepts a valid meeting unchanged', () => {
    expect(meetingSchema.parse(sampleMeeting())).toEqual(sampleMeeting());
  });

  it('cleans text fields through their transforms', () => {
    const parsed = meetingSchema.parse({
      ...sampleMeeting(),
      village: '石门\n村\u0000',
      policy: '一、危房改造\u0007\n二、医保',
    });
    expect(parsed.village).toBe('石门 村');
    expect(parsed.policy).toBe('一、危房改造\n二、医保');
  });

  it.each([
    ['status', '已取消'],
    ['date', '2026-02-30'],
    ['startTime', '7pm'],
    ['householdsCovered', -1],
    ['householdsCovered', 1.5],
    ['householdsCovered', 100_001],
    ['householdsCovered', '12'],
    ['cadres', [{ level: '省', names: '某某' }]],
    ['cadres', new Array(5).fill({ level: '村', names: 'x' })],
    ['township', 'x'.repeat(limits.line + 1)],
    ['topics', 12],
  ])('refuses %s = %j', (key, value) => {
    expect(meetingSchema.safeParse({ ...sampleMeeting(), [key]: value }).success).toBe(false);
  });

  it('refuses a missing required field', () => {
    const withoutDate: Partial<Meeting> = sampleMeeting();
    delete withoutDate.date;
    expect(meetingSchema.safeParse(withoutDate).success).toBe(false);
  });

  it('refuses non-objects', () => {
    for (const value of [null, undefined, 'meeting', 42, [sampleMeeting()]]) {
      expect(meetingSchema.safeParse(value).success).toBe(false);
    }
  });

  it('strips unknown keys, __proto__ and constructor, without polluting prototypes', () => {
    const hostile: unknown = JSON.parse(
      JSON.stringify(sampleMeeting()).replace(
        /^\{/,
        '{"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}},"extra":1,',
      ),
    );
    expect(Object.prototype.hasOwnProperty.call(hostile, '__proto__')).toBe(true);

    const parsed = meetingSchema.parse(hostile);
    expect(Object.prototype.hasOwnProperty.call(parsed, '__proto__')).toBe(false);
    expect(Object.prototype.hasOwnProperty.call(parsed, 'constructor')).toBe(false);
    expect(Object.prototype.hasOwnProperty.call(parsed, 'extra')).toBe(false);
    expect(Object.getPrototypeOf(parsed)).toBe(Object.prototype);
    expect((parsed as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.keys(parsed).sort()).toEqual(Object.keys(sampleMeeting()).sort());
  });

  it('strips __proto__ inside nested objects too', () => {
    const meeting: unknown = JSON.parse(
      JSON.stringify({
        ...sampleMeeting(),
        cadres: [{ level: '村', names: '李四' }],
      }).replace('{"level"', '{"__proto__":{"polluted":"yes"},"level"'),
    );
    const parsed = meetingSchema.parse(meeting);
    expect(parsed.cadres[0]).toEqual({ level: '村', names: '李四' });
    expect(Object.getPrototypeOf(parsed.cadres[0])).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('attendanceSchema', () => {
  it('accepts every attendance status and refuses an unknown one', () => {
    for (const status of ['出席', '列席', '请假'] as const) {
      expect(attendanceSchema.parse(sampleAttendance(0, '张三', { status })).status).toBe(status);
    }
    const bad = { ...sampleAttendance(0, '张三'), status: '缺席' };
    expect(attendanceSchema.safeParse(bad).success).toBe(false);
  });

  it('refuses a negative or fractional order and a bad person id', () => {
    const base = sampleAttendance(0, '张三');
    expect(attendanceSchema.safeParse({ ...base, order: -1 }).success).toBe(false);
    expect(attendanceSchema.safeParse({ ...base, order: 0.5 }).success).toBe(false);
    expect(attendanceSchema.safeParse({ ...base, personId: '' }).success).toBe(false);
    expect(attendanceSchema.safeParse({ ...base, personId: crypto.randomUUID() }).success).toBe(
      true,
    );
  });
});

describe('issueSchema', () => {
  it('accepts a valid issue', () => {
    const issue = sampleIssue();
    expect(issueSchema.parse(issue)).toEqual(issue);
  });

  it('accepts a null response type and empty optional dates', () => {
    const issue = sampleIssue(1, { responseType: null, status: '登记', deadline: '' });
    expect(issueSchema.parse(issue).responseType).toBeNull();
  });

  it('keeps a 5,000-character description with rare characters', () => {
    const description = `${rareName}${zwjFamily}`.padEnd(5_000, '路');
    expect(issueSchema.parse(sampleIssue(1, { description })).description).toBe(description);
  });

  it.each([
    ['responseType', '口头答复'],
    ['status', '已逾期'],
    ['nature', '举报'],
    ['source', '网上'],
    ['urgency', '特急'],
    ['followUpMethod', '微信'],
    ['deadline', '2026-02-30'],
    ['closedOn', '2026/03/05'],
    ['seq', 0],
    ['sensitive', 'false'],
    ['collectiveHouseholds', -3],
    ['reopenCount', -1],
    ['description', 'x'.repeat(limits.text + 1)],
    ['raisedBy', 'x'.repeat(limits.line + 1)],
  ])('refuses %s = %j', (key, value) => {
    expect(issueSchema.safeParse({ ...sampleIssue(), [key]: value }).success).toBe(false);
  });

  it('strips __proto__ and constructor keys', () => {
    const hostile: unknown = JSON.parse(
      `{"__proto__":{"isAdmin":true},"constructor":"x",${JSON.stringify(sampleIssue()).slice(1)}`,
    );
    const parsed = issueSchema.parse(hostile);
    expect(Object.getOwnPropertyNames(parsed)).not.toContain('__proto__');
    expect(Object.getOwnPropertyNames(parsed)).not.toContain('constructor');
    expect((parsed as Record<string, unknown>).isAdmin).toBeUndefined();
    expect(parsed.constructor).toBe(Object);
  });
});

describe('progressEntrySchema', () => {
  it('accepts a valid entry and refuses an impossible date or unknown method', () => {
    expect(progressEntrySchema.parse(sampleProgress()).text).toBe('已到现场勘测。');
    expect(progressEntrySchema.parse(sampleProgress({ method: '' })).method).toBe('');
    expect(progressEntrySchema.safeParse(sampleProgress({ date: '2026-04-31' })).success).toBe(
      false,
    );
    expect(progressEntrySchema.safeParse({ ...sampleProgress(), method: '短信' }).success).toBe(
      false,
    );
  });
});

describe('settingsSchema', () => {
  it('accepts the default settings', () => {
    expect(settingsSchema.parse(defaultSettings)).toEqual(defaultSettings);
    expect(defaultSettings.defaultDeadlineDays).toBe(7);
  });

  it('refuses an empty meeting type label with its message', () => {
    const result = settingsSchema.safeParse({ ...defaultSettings, meetingTypeLabel: '\u0000' });
    expect(result.success).toBe(false);
    expect(messages(result)).toContain('会议名称不能为空');
  });

  it('refuses empty lists, empty entries, too many entries and bad deadline days', () => {
    const bad = [
      { categories: [] },
      { categories: [''] },
      { identityTags: new Array(limits.list + 1).fill('群众') },
      { defaultDeadlineDays: 0 },
      { defaultDeadlineDays: 366 },
      { defaultDeadlineDays: 7.5 },
      { satisfiedValues: new Array(21).fill('满意') },
    ];
    for (const patch of bad) {
      expect(settingsSchema.safeParse({ ...defaultSettings, ...patch }).success).toBe(false);
    }
  });
});
