import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { lazySchema } from '../../../../shared/domain/lazy-schema';
import { meetingBundleSchema } from '../../../../shared/domain/bundle';
import { meetingSchema } from '../../../../shared/domain/schemas';
import { sampleMeeting } from './sample-records';

describe('lazySchema', () => {
  it('builds the schema on first use, once', () => {
    let builds = 0;
    const schema = lazySchema(() => {
      builds++;
      return z.object({ name: z.string().min(1) });
    });
    expect(builds).toBe(0);
    expect(schema.parse({ name: '张三' })).toEqual({ name: '张三' });
    expect(schema.safeParse({ name: '' }).success).toBe(false);
    expect(Object.keys(schema.shape)).toEqual(['name']);
    expect(builds).toBe(1);
  });

  it('stands for the schema inside other schemas, errors keeping their paths', () => {
    const person = lazySchema(() => z.strictObject({ name: z.string().min(1, '姓名不能为空') }));
    const list = z.object({ people: z.array(person) });
    expect(list.parse({ people: [{ name: '䶮' }, { name: '𠀀' }] }).people).toHaveLength(2);
    const refused = list.safeParse({ people: [{ name: '张三' }, { name: '' }] });
    expect(refused.error?.issues.map((i) => [i.path, i.message])).toEqual([
      [['people', 1, 'name'], '姓名不能为空'],
    ]);
    const older = person.extend({ age: z.number() });
    expect(older.parse({ name: '李四', age: 70 })).toEqual({ name: '李四', age: 70 });
    expect(older.safeParse({ name: '李四', age: 70, extra: 1 }).success).toBe(false);
  });

  it('answers to instanceof as the schema it stands for', () => {
    const schema = lazySchema(() => z.object({}));
    expect(schema instanceof z.ZodObject).toBe(true);
    expect(schema instanceof z.ZodArray).toBe(false);
  });

  it('serves the record schemas and the bundle built from them', () => {
    const meeting = { ...sampleMeeting(), village: '石门村' };
    expect(meetingSchema.parse(meeting).village).toBe('石门村');
    const bundle = { meeting, attendance: [], issues: [], progress: [] };
    expect(meetingBundleSchema.parse(bundle).meeting.id).toBe(meeting.id);
    const broken = meetingBundleSchema.safeParse({ ...bundle, meeting: { ...meeting, date: 'x' } });
    expect(broken.error?.issues[0]?.path).toEqual(['meeting', 'date']);
  });
});
