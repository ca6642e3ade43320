import { describe, expect, it } from 'vitest';
import { buildSearchIndex, searchIndex } from '../../../../shared/domain/global-search';
import type { Meeting, Person } from '../../../../shared/domain/schemas';
import { sampleIssue, sampleMeeting } from './sample-records';

const meeting = (village: string, date: string, extra: Partial<Meeting> = {}): Meeting => ({
  ...sampleMeeting(),
  id: crypto.randomUUID(),
  village,
  date,
  host: '',
  place: '',
  topics: '',
  ...extra,
});
const person = (name: string, village: string, extra: Partial<Person> = {}): Person => ({
  id: crypto.randomUUID(),
  createdAt: '2026-03-05T11:00:00.000Z',
  updatedAt: '2026-03-05T11:00:00.000Z',
  rev: 1,
  deviceId: 'laptop-1',
  deletedAt: null,
  name,
  village,
  group: '一组',
  household: '',
  tags: [],
  phone: '',
  ...extra,
});

const older = meeting('石门村', '2025-06-01', { topics: '饮水工程' });
const newer = meeting('石门村', '2026-03-05');
const other = meeting('枫树村', '2026-02-01');
const gone = meeting('石门村', '2026-04-01', { deletedAt: '2026-04-02T00:00:00.000Z' });
const issues = [
  sampleIssue(1, { meetingId: newer.id, description: '村口路灯不亮', raisedBy: '单𡒄花' }),
  sampleIssue(2, { meetingId: older.id, description: '路灯杆倾斜', raisedBy: '王五' }),
  sampleIssue(3, { meetingId: other.id, description: '灌溉渠堵塞', raisedBy: '曾小明' }),
  sampleIssue(4, {
    meetingId: newer.id,
    description: '已删除的路灯诉求',
    deletedAt: '2026-03-06T00:00:00.000Z',
  }),
  sampleIssue(5, { meetingId: gone.id, description: '删除会议上的路灯诉求' }),
];
const persons = [
  person('单𡒄花', '石门村'),
  person('张三丰', '枫树村'),
  person('张三', '枫树村', { deletedAt: '2026-03-06T00:00:00.000Z' }),
];
const index = buildSearchIndex({ meetings: [older, newer, other, gone], issues, persons });
const titles = (query: string) => {
  const r = searchIndex(index, query);
  return {
    meeting: r.meeting.hits.map((h) => h.title),
    issue: r.issue.hits.map((h) => h.title),
    person: r.person.hits.map((h) => h.title),
  };
};

describe('search from anywhere', () => {
  it('finds a villager by the pinyin initials of the name, surname readings included', () => {
    // 单 as a surname is shàn; 𡒄 has no reading and stands for any letter.
    expect(titles('sdh').person).toEqual(['单𡒄花']);
    expect(titles('sdh').issue).toEqual(['村口路灯不亮']);
    // 曾 as a surname is zēng.
    expect(titles('zxm').issue).toEqual(['灌溉渠堵塞']);
  });

  it('finds issues by their text, newest meeting first, and never deleted ones', () => {
    expect(titles('路灯').issue).toEqual(['村口路灯不亮', '路灯杆倾斜']);
  });

  it('finds meetings by village (text or initials) and by topic, newest first', () => {
    expect(titles('石门').meeting).toEqual([
      '2026-03-05 石门村 三组屋场会',
      '2025-06-01 石门村 三组屋场会',
    ]);
    expect(titles('smc').meeting).toHaveLength(2);
    expect(titles('饮水').meeting).toEqual(['2025-06-01 石门村 三组屋场会']);
  });

  it('needs every word: 枫树 and a name together find only that villager', () => {
    expect(titles('枫树 zsf')).toEqual({ meeting: [], issue: [], person: ['张三丰'] });
    expect(titles('张三').person).toEqual(['张三丰']);
  });

  it('shows at most the limit of each kind and counts them all', () => {
    const many = buildSearchIndex({
      meetings: [newer],
      issues: Array.from({ length: 12 }, (_, i) =>
        sampleIssue(i + 1, { meetingId: newer.id, description: `路灯${i + 1}` }),
      ),
      persons: [],
    });
    const found = searchIndex(many, '路灯', 8);
    expect([found.issue.hits.length, found.issue.total]).toEqual([8, 12]);
    expect(found.issue.hits[0]?.title).toBe('路灯1');
  });

  it('finds nothing for an empty query', () => {
    expect(titles('  ')).toEqual({ meeting: [], issue: [], person: [] });
  });
});
