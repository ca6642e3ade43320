// The township's statistics for a period (domain.md §4), by village and for the township, in one
// pass over the records. 本期 counts the meetings held in the period and the issues raised at
// them; 累计 every meeting held from the beginning up to the period's last day. Either way, what
// became of an issue is taken as of the period's last day (or today, if that is earlier), replayed
// from its history, so last year's report reads the same next year. Deleted records never count,
// nor a meeting still being planned (筹备).
import { isValidIsoDate } from './dates';
import { isCommitment, statusForResponse } from './lifecycle';
import type { Attendance, Issue, Meeting, ProgressEntry, Settings } from './schemas';
import {
  addIssue,
  addMeeting,
  emptyTally,
  finishTally,
  noCategory,
  noNature,
  noResponse,
} from './statistics-figures';
import type { Figures, IssuePart, MeetingPart, Tally } from './statistics-figures';
import { periodLabel, periodRange } from './statistics-period';
import type { DateRange, Period } from './statistics-period';
import { adoptingResponses, cadreIdentities } from './statistics-vocabulary';
import { cadreLevels } from './vocabulary';
import type { IssueStatus } from './vocabulary';

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
const finished: readonly IssueStatus[] = ['已办结', '已回访', '已销号'];

/**
 * What a meeting adds: one loop over its attendance, as it is the biggest table. Households are
 * counted as countAttendance (counts.ts) counts them: the meeting's own figure when entered, else
 * distinct 户主 (or names) by group among those present.
 */
function meetingPart(meeting: Meeting, attendance: readonly Attendance[]): MeetingPart {
  let present = 0;
  let villagers = 0;
  const households = new Set<string>();
  for (const a of attendance) {
    if (a.status === '请假') continue;
    present += 1;
    if (!cadreIdentities.includes(a.identity.trim())) villagers += 1;
    households.add(`${a.group}\u0000${a.household.trim() || a.name.trim()}`);
  }
  const cadres = Object.fromEntries(cadreLevels.map((l) => [l, 0])) as MeetingPart['cadres'];
  for (const c of meeting.cadres) {
    cadres[c.level] += c.names.split(/[、，,；;\s]+/).filter((n) => n !== '').length;
  }
  return {
    village: line(meeting.village) || noVillage,
    group: line(meeting.group),
    present,
    villagers,
    households: meeting.householdsCovered ?? households.size,
    cadres,
  };
}

// Plain comparison of ISO strings: localeCompare goes through the collator, many times slower.
const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const byDateThenRecorded = (a: Step, b: Step) =>
  compare(a.date, b.date) || compare(a.createdAt, b.createdAt);

type Step = Pick<ProgressEntry, 'date' | 'kind' | 'toStatus' | 'satisfaction' | 'createdAt'>;

/** The steps that moved an issue on; for an issue older than its history, its own dates. */
function lifecycleSteps(issue: Issue, entries: readonly ProgressEntry[]): Step[] {
  const steps: Step[] = entries.filter((e) => e.toStatus !== '');
  if (steps.length > 0 || finished.includes(statusForResponse(issue.responseType))) return steps;
  const at = (date: string, kind: Step['kind'], toStatus: Step['toStatus']): Step => ({
    date,
    kind,
    toStatus,
    satisfaction: kind === '回访' ? issue.satisfaction : '',
    createdAt: '',
  });
  if (isValidIsoDate(issue.completedOn)) steps.push(at(issue.completedOn, '办结', '已办结'));
  if (isValidIsoDate(issue.followUpOn) && issue.satisfaction !== '')
    steps.push(at(issue.followUpOn, '回访', '已回访'));
  if (isValidIsoDate(issue.closedOn)) steps.push(at(issue.closedOn, '销号', '已销号'));
  return steps;
}

function issuePart(
  issue: Issue,
  meeting: Meeting,
  entries: readonly ProgressEntry[],
  asOf: string,
): IssuePart {
  let status: IssueStatus = statusForResponse(issue.responseType);
  let completedOn = finished.includes(status) ? meeting.date : '';
  let isVisited = false;
  const answers: string[] = [];
  const steps = lifecycleSteps(issue, entries).sort(byDateThenRecorded);
  for (const step of steps) {
    if (step.date > asOf) break;
    if (step.toStatus !== '') status = step.toStatus;
    if (step.kind === '办结') completedOn = step.date;
    if (step.kind === '回访') {
      isVisited = true;
      answers.push(line(step.satisfaction));
    }
    if (status === '办理中') {
      completedOn = '';
      isVisited = false;
    }
  }
  const done = finished.includes(status);
  const deadline = isValidIsoDate(issue.deadline) ? issue.deadline : '';
  const nature = issue.nature === '' ? noNature : issue.nature;
  const response = issue.responseType ?? noResponse;
  return {
    category: line(issue.category) || noCategory,
    nature,
    response,
    isCommitment: isCommitment(issue),
    isAdoptedSuggestion:
      nature === '建议' && (adoptingResponses as readonly string[]).includes(response),
    status: done
      ? 'finished'
      : status === '办理中'
        ? 'inProgress'
        : status === '纳入规划'
          ? 'planned'
          : 'unanswered',
    isClosed: status === '已销号',
    isOverdue: status === '办理中' && deadline !== '' && deadline < asOf,
    finishedOnTime: done && deadline !== '' ? completedOn !== '' && completedOn <= deadline : null,
    isVisited: done && isVisited,
    answers,
  };
}

/** Live records by a key. */
function groupLive<T extends { deletedAt: string | null }>(
  items: readonly T[],
  key: (item: T) => string,
): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    if (item.deletedAt !== null) continue;
    const k = key(item);
    const list = groups.get(k);
    if (list) list.push(item);
    else groups.set(k, [item]);
  }
  return groups;
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
  const attendanceOf = groupLive(input.attendance, (a) => a.meetingId);
  const progressOf = groupLive(input.progress, (p) => p.issueId);
  const township = { current: emptyTally(), cumulative: emptyTally() };
  const villages = new Map<string, { current: Tally; cumulative: Tally }>();
  const rowsOf = new Map<string, Tally[]>();

  for (const meeting of input.meetings) {
    if (!live(meeting) || meeting.status === '筹备' || meeting.date > range.end) continue;
    const part = meetingPart(meeting, attendanceOf.get(meeting.id) ?? []);
    let village = villages.get(part.village);
    if (!village)
      villages.set(part.village, (village = { current: emptyTally(), cumulative: emptyTally() }));
    const rows =
      meeting.date >= range.start
        ? [township.current, township.cumulative, village.current, village.cumulative]
        : [township.cumulative, village.cumulative];
    for (const row of rows) addMeeting(row, part);
    rowsOf.set(meeting.id, rows);
  }
  const meetingById = new Map(input.meetings.map((m) => [m.id, m]));
  for (const issue of input.issues) {
    const rows = rowsOf.get(issue.meetingId);
    const meeting = meetingById.get(issue.meetingId);
    if (!live(issue) || !rows || !meeting) continue;
    const part = issuePart(issue, meeting, progressOf.get(issue.id) ?? [], asOf);
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
