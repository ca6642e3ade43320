// The township's statistics for a period (domain.md §4), by village and for the township, in one
// pass over the records. 本期 counts the meetings held in the period and the issues raised at
// them; 累计 every meeting held from the beginning up to the period's last day. Either way, what
// became of an issue is taken as of the period's last day (or today, if that is earlier), replayed
// from its history, so last year's report reads the same next year. Deleted records never count,
// nor a meeting still being planned (筹备).
import type { Attendance, Issue, Meeting, ProgressEntry, Settings } from './schemas';
import { addIssue, addMeeting, emptyTally, finishTally, noCategory } from './statistics-figures';
import type { Figures, MeetingPart, Tally } from './statistics-figures';
import { periodLabel, periodRange } from './statistics-period';
import type { DateRange, Period } from './statistics-period';
import { issuePart } from './statistics-issue';
import { cadreIdentities } from './statistics-vocabulary';
import { cadreLevels } from './vocabulary';

export type StatisticsRecords = {
  meetings: readonly Meeting[];
  attendance: readonly Attendance[];
  issues: readonly Issue[];
  progress: readonly ProgressEntry[];
};

export type StatisticsInput = StatisticsRecords & {
  period: Period;
  /** Today, YYYY-MM-DD: a period not over yet is counted up to today. */
  today: string;
  settings: Pick<Settings, 'categories' | 'satisfactionScale'>;
};

/** 本期 and 累计 of one row. */
export type StatisticsRow = { current: Figures; cumulative: Figures };

export type Statistics = {
  label: string;
  range: DateRange;
  /** The day states are taken on: the period's last day, or today if earlier. */
  asOf: string;
  /** Every category counted, the settings' order first, 未分类 last. */
  categories: string[];
  /** The settings' scale, then any other answer given. */
  answers: string[];
  villages: ({ village: string } & StatisticsRow)[];
  township: StatisticsRow;
};

/** The village of a meeting as rows name it. */
export const noVillage = '未填村';

const line = (s: string) => s.trim();

/**
 * Who was present at a meeting, counted in one pass over all attendance (the biggest table).
 * `households` is null when the meeting has its own figure: then nobody's household is looked at.
 */
type Presence = { present: number; villagers: number; households: Set<string> | null };

// A Set, as the identity of every attendance row is looked up.
const cadres: ReadonlySet<string> = new Set(cadreIdentities);

/**
 * Households are counted as countAttendance (counts.ts) counts them: distinct 户主 (or names) by
 * group among those present, unless the meeting has its own figure.
 */
function countPresence(attendance: readonly Attendance[], presence: Map<string, Presence>): void {
  for (const a of attendance) {
    if (a.deletedAt !== null || a.status === '请假') continue;
    const p = presence.get(a.meetingId);
    if (!p) continue;
    p.present += 1;
    if (!cadres.has(a.identity.trim())) p.villagers += 1;
    p.households?.add(`${a.group}\u0000${a.household.trim() || a.name.trim()}`);
  }
}

function meetingPart(meeting: Meeting, p: Presence): MeetingPart {
  const cadres = Object.fromEntries(cadreLevels.map((l) => [l, 0])) as MeetingPart['cadres'];
  for (const c of meeting.cadres) {
    cadres[c.level] += c.names.split(/[、，,；;\s]+/).filter((n) => n !== '').length;
  }
  return {
    village: villageOf(meeting),
    group: line(meeting.group),
    present: p.present,
    villagers: p.villagers,
    households: meeting.householdsCovered ?? p.households?.size ?? 0,
    cadres,
  };
}

const villageOf = (meeting: Meeting) => line(meeting.village) || noVillage;

/**
 * The history entries that changed an issue's status, chained by issue: `first` holds the index in
 * `progress` of an issue's first entry, `next[j]` that of the entry after entry j (-1: none).
 * Rather than an array per issue: tens of thousands of small arrays, kept alive through the pass,
 * for the garbage collector to copy.
 */
type History = { progress: readonly ProgressEntry[]; first: Map<string, number>; next: Int32Array };

function lifecycleEntries(progress: readonly ProgressEntry[]): History {
  const first = new Map<string, number>();
  const next = new Int32Array(progress.length);
  // Backwards, so that each chain runs in the order the entries are given.
  for (let j = progress.length - 1; j >= 0; j--) {
    const item = progress[j]!;
    if (item.deletedAt !== null || item.toStatus === '') continue;
    next[j] = first.get(item.issueId) ?? -1;
    first.set(item.issueId, j);
  }
  return { progress, first, next };
}

/**
 * An issue's entries, in `into` (its old contents replaced). Only its length is set, not emptied
 * first: emptying an array gives its storage up, to be allocated again for the next issue.
 */
function entriesOf(history: History, issueId: string, into: ProgressEntry[]): ProgressEntry[] {
  let n = 0;
  for (let j = history.first.get(issueId) ?? -1; j >= 0; j = history.next[j]!)
    into[n++] = history.progress[j]!;
  into.length = n;
  return into;
}

/** The settings' list first, then any other value seen (by pinyin), `last` at the end. */
function ordered(first: readonly string[], seen: Iterable<string>, last: string): string[] {
  const values = [...seen];
  const rest = values
    .filter((s) => !first.includes(s) && s !== last)
    .sort((a, b) => a.localeCompare(b, 'zh-CN'));
  return [...first, ...rest, ...(values.includes(last) ? [last] : [])];
}

export function computeStatistics(input: StatisticsInput): Statistics {
  const range = periodRange(input.period);
  const asOf = input.today < range.end ? input.today : range.end;
  const live = <T extends { deletedAt: string | null }>(r: T) => r.deletedAt === null;
  const township = { current: emptyTally(), cumulative: emptyTally() };
  const villages = new Map<string, { current: Tally; cumulative: Tally }>();
  const counted = new Map<string, { meeting: Meeting; rows: Tally[] }>();
  const presence = new Map<string, Presence>();
  for (const meeting of input.meetings) {
    if (!live(meeting) || meeting.status === '筹备' || meeting.date > range.end) continue;
    const name = villageOf(meeting);
    let village = villages.get(name);
    if (!village)
      villages.set(name, (village = { current: emptyTally(), cumulative: emptyTally() }));
    const rows =
      meeting.date >= range.start
        ? [township.current, township.cumulative, village.current, village.cumulative]
        : [township.cumulative, village.cumulative];
    counted.set(meeting.id, { meeting, rows });
    presence.set(meeting.id, {
      present: 0,
      villagers: 0,
      households: meeting.householdsCovered == null ? new Set() : null,
    });
  }
  countPresence(input.attendance, presence);
  for (const [id, { meeting, rows }] of counted) {
    const part = meetingPart(
      meeting,
      presence.get(id) ?? { present: 0, villagers: 0, households: null },
    );
    for (const row of rows) addMeeting(row, part);
  }
  const history = lifecycleEntries(input.progress);
  // One array for every issue's entries in turn: issuePart keeps none of them.
  const entries: ProgressEntry[] = [];
  for (const issue of input.issues) {
    const at = counted.get(issue.meetingId);
    if (!live(issue) || !at) continue;
    const { meeting, rows } = at;
    const part = issuePart(issue, meeting, entriesOf(history, issue.id, entries), asOf);
    for (const row of rows) addIssue(row, part);
  }
  const total = township.cumulative;
  return {
    label: periodLabel(input.period),
    range,
    asOf,
    categories: ordered(input.settings.categories, total.byCategory.keys(), noCategory),
    answers: ordered(input.settings.satisfactionScale, total.visitsByAnswer.keys(), ''),
    villages: [...villages.entries()]
      .sort(([a], [b]) =>
        a === noVillage ? 1 : b === noVillage ? -1 : a.localeCompare(b, 'zh-CN'),
      )
      .map(([village, t]) => ({
        village,
        current: finishTally(t.current),
        cumulative: finishTally(t.cumulative),
      })),
    township: {
      current: finishTally(township.current),
      cumulative: finishTally(township.cumulative),
    },
  };
}
