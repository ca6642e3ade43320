// Search from anywhere (issue 11): meetings, issues and villagers found by what the screen shows
// of them or by the pinyin initials of a name or a village ("sdh" finds 单𡒄花, name-search.ts).
// The index is built once per read of the data; each keystroke only compares.
import { matchesKey, searchKey, type SearchKey } from './name-search';
import type { Issue, Meeting, Person } from './schemas';

export type SearchHit =
  | { kind: 'meeting'; id: string; title: string; detail: string }
  | { kind: 'issue'; id: string; title: string; detail: string }
  | { kind: 'person'; id: string; title: string; detail: string };

type Entry = { hit: SearchHit; text: string; names: SearchKey[] };

export type SearchIndex = { entries: Entry[] };

export type SearchRecords = {
  meetings: readonly Pick<
    Meeting,
    'id' | 'village' | 'group' | 'host' | 'place' | 'date' | 'topics' | 'typeLabel' | 'deletedAt'
  >[];
  issues: readonly Pick<
    Issue,
    'id' | 'meetingId' | 'seq' | 'raisedBy' | 'description' | 'deletedAt'
  >[];
  persons: readonly Pick<Person, 'id' | 'name' | 'village' | 'group' | 'household' | 'deletedAt'>[];
};

const join = (...parts: string[]) =>
  parts
    .map((p) => p.trim())
    .filter((p) => p !== '')
    .join(' ');
const short = (text: string, length = 40) =>
  [...text].length > length ? `${[...text].slice(0, length).join('')}…` : text;

/** Keys for the words searched by pinyin, one per distinct word. */
function keys(cache: Map<string, SearchKey>, ...words: string[]): SearchKey[] {
  return words
    .map((w) => w.trim())
    .filter((w) => w !== '')
    .map((w) => {
      let key = cache.get(w);
      if (!key) cache.set(w, (key = searchKey(w)));
      return key;
    });
}

export function buildSearchIndex(records: SearchRecords): SearchIndex {
  const cache = new Map<string, SearchKey>();
  const entries: Entry[] = [];
  const meetings = new Map<string, SearchRecords['meetings'][number]>();
  // Newest first: the meeting one looks for is most often a recent one.
  const newest = records.meetings
    .filter((m) => m.deletedAt === null)
    .sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
  for (const m of newest) {
    meetings.set(m.id, m);
    const place = join(m.village, m.group);
    entries.push({
      hit: {
        kind: 'meeting',
        id: m.id,
        title: `${m.date} ${place || '未填村组'}${m.typeLabel}`,
        detail: short(join(m.host, m.place, m.topics.replace(/\s+/g, ' '))),
      },
      text: join(m.date, m.village, m.group, m.host, m.place, m.topics).toLowerCase(),
      names: keys(cache, m.village, m.host),
    });
  }
  const order = new Map(newest.map((m, at) => [m.id, at]));
  const issues = records.issues
    .filter((i) => i.deletedAt === null && order.has(i.meetingId))
    .sort((a, b) => (order.get(a.meetingId) ?? 0) - (order.get(b.meetingId) ?? 0) || a.seq - b.seq);
  for (const i of issues) {
    const m = meetings.get(i.meetingId);
    if (!m) continue;
    entries.push({
      hit: {
        kind: 'issue',
        id: i.id,
        title: short(i.description.replace(/\s+/g, ' ')) || '（未填问题描述）',
        detail: join(m.date, m.village, m.group, `第${i.seq}条`, i.raisedBy),
      },
      text: join(i.description, i.raisedBy, m.village, m.group).toLowerCase(),
      names: keys(cache, i.raisedBy, m.village),
    });
  }
  for (const p of records.persons) {
    if (p.deletedAt !== null) continue;
    entries.push({
      hit: {
        kind: 'person',
        id: p.id,
        title: p.name,
        detail: join(p.village, p.group, p.household ? `户主 ${p.household}` : ''),
      },
      text: join(p.name, p.village, p.group, p.household).toLowerCase(),
      names: keys(cache, p.name, p.village),
    });
  }
  return { entries };
}

export type SearchResults = Record<SearchHit['kind'], { hits: SearchHit[]; total: number }>;

/**
 * What matches every word of the query (spaces separate words), at most `limit` of each kind, in
 * the index's order (newest meetings first and their issues by number, villagers as read). A word matches the
 * shown text, or the pinyin initials of a name or a village.
 */
export function searchIndex(index: SearchIndex, query: string, limit = 8): SearchResults {
  const results: SearchResults = {
    meeting: { hits: [], total: 0 },
    issue: { hits: [], total: 0 },
    person: { hits: [], total: 0 },
  };
  const words = query
    .trim()
    .toLowerCase()
    .split(/\s+/)
    .filter((w) => w !== '');
  if (words.length === 0) return results;
  for (const entry of index.entries) {
    const found = words.every(
      (w) => entry.text.includes(w) || entry.names.some((key) => matchesKey(key, w)),
    );
    if (!found) continue;
    const group = results[entry.hit.kind];
    group.total += 1;
    if (group.hits.length < limit) group.hits.push(entry.hit);
  }
  return results;
}
