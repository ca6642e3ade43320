// The township's statistics for a period (domain.md §4), by village and for the township. What no
// period changes (who was present at each meeting, each issue's steps) is prepared once per read
// of the records; each period is then one pass over the prepared meetings and issues. 本期 counts the meetings held in the period and the issues raised at
// them; 累计 every meeting held from the beginning up to the period's last day. Either way, what
// became of an issue is taken as of the period's last day (or today, if that is earlier), replayed
// from its history, so last year's report reads the same next year. Deleted records never count,
// nor a meeting still being planned (筹备).
import type { Attendance, Issue, Meeting, ProgressEntry, Settings } from './schemas';
import { addIssue, addMeeting, emptyTally, finishTally, noCategory } from './statistics-figures';
import type { Figures, MeetingPart, Tally } from './statistics-figures';
import { periodLabel, periodRange } from './statistics-period';
import type { DateRange, Period } from './statistics-period';
import { issuePart, issueSteps, type Step } from './statistics-issue';
import { cadreIdentities } from './statistics-vocabulary';
import { cadreLevels } from './vocabulary';

export type StatisticsRecords = {
  meetings: readonly Meeting[];
  attendance: readonly Attendance[];
  issues: readonly Issue[];
  progress: readonly ProgressEntry[];
};

/** What one count is for: the period, today and the settings it reads. */
export type StatisticsOptions = {
  period: Period;
  /** Today, YYYY-MM-DD: a period not over yet is counted up to today. */
  today: string;
  settings: Pick<Settings, 'categories' | 'satisfactionScale'>;
};

export type StatisticsInput = StatisticsRecords & StatisticsOptions;

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
function countPresence(
  attendance: readonly Attendance[],
  presence: ReadonlyMap<string, Presence>,
): void {
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

/** Each issue's live history entries that changed its status, in the order given. */
function entriesByIssue(progress: readonly ProgressEntry[]): Map<string, ProgressEntry[]> {
  const byIssue = new Map<string, ProgressEntry[]>();
  for (const item of progress) {
    if (item.deletedAt !== null || item.toStatus === '') continue;
    const entries = byIssue.get(item.issueId);
    if (entries) entries.push(item);
    else byIssue.set(item.issueId, [item]);
  }
  return byIssue;
}

/**
 * What every period's figures start from, whatever the period: each meeting that counts (not
 * deleted, not 筹备) with who was present at it, and each live issue raised at one of them with
 * the steps that moved it on. The page builds it once per read of the records and counts each
 * period the user picks from it (statisticsFor).
 */
export type PreparedStatistics = {
  meetings: readonly { meeting: Meeting; part: MeetingPart }[];
  /** `at`: the index of the issue's meeting in `meetings`. */
  issues: readonly { issue: Issue; at: number; steps: readonly Step[] }[];
};

export function prepareStatistics(records: StatisticsRecords): PreparedStatistics {
  const counted = records.meetings.filter((m) => m.deletedAt === null && m.status !== '筹备');
  const index = new Map(counted.map((m, i) => [m.id, i]));
  const presence = new Map(
    counted.map((m) => [
      m.id,
      {
        present: 0,
        villagers: 0,
        households: m.householdsCovered == null ? new Set<string>() : null,
      },
    ]),
  );
  countPresence(records.attendance, presence);
  const entries = entriesByIssue(records.progress);
  const issues: { issue: Issue; at: number; steps: readonly Step[] }[] = [];
  for (const issue of records.issues) {
    const at = index.get(issue.meetingId);
    if (issue.deletedAt !== null || at === undefined) continue;
    issues.push({ issue, at, steps: issueSteps(issue, entries.get(issue.id) ?? []) });
  }
  return {
    meetings: counted.map((meeting) => ({
      meeting,
      part: meetingPart(meeting, presence.get(meeting.id)!),
    })),
    issues,
  };
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
  return statisticsFor(prepareStatistics(input), input);
}

/** The figures of one period, counted from what prepareStatistics built. */
export function statisticsFor(prepared: PreparedStatistics, input: StatisticsOptions): Statistics {
  const range = periodRange(input.period);
  const asOf = input.today < range.end ? input.today : range.end;
  const township = { current: emptyTally(), cumulative: emptyTally() };
  const villages = new Map<string, { current: Tally; cumulative: Tally }>();
  // The rows each meeting is counted in, by its index; none for a meeting after the period.
  const rowsOf: (Tally[] | undefined)[] = [];
  for (const { meeting, part } of prepared.meetings) {
    if (meeting.date > range.end) {
      rowsOf.push(undefined);
      continue;
    }
    let village = villages.get(part.village);
    if (!village)
      villages.set(part.village, (village = { current: emptyTally(), cumulative: emptyTally() }));
    const rows =
      meeting.date >= range.start
        ? [township.current, township.cumulative, village.current, village.cumulative]
        : [township.cumulative, village.cumulative];
    rowsOf.push(rows);
    for (const row of rows) addMeeting(row, part);
  }
  for (const { issue, at, steps } of prepared.issues) {
    const rows = rowsOf[at];
    if (!rows) continue;
    const part = issuePart(issue, prepared.meetings[at]!.meeting, steps, asOf, input.today);
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
