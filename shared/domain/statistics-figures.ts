// The figures of one row of the statistics (domain.md §4): a village or the township, 本期 or 累计.
// Each meeting and each issue is added once to every row it belongs to (statistics.ts).
import type { CadreLevel, IssueNature, ResponseType } from './vocabulary';
import { cadreLevels, issueNatures, responseTypes } from './vocabulary';

/** The response of an issue that has none yet. */
export const noResponse = '未处置';
/** The nature of an issue nobody has classed yet. */
export const noNature = '未定性';
/** The category of an issue without one. */
export const noCategory = '未分类';

/** A row while it is being counted. */
export type Tally = {
  /** 场次: meetings held (not 筹备). */
  meetings: number;
  /** Villages and 村民小组 with at least one meeting, by name. */
  villages: Set<string>;
  groups: Set<string>;
  /** 参会人次: attendees present (出席 and 列席). */
  present: number;
  /** 群众人次: present attendees whose identity is not a cadre's. */
  villagers: number;
  /** 覆盖户数: each meeting's households (its own count when entered, else distinct 户主). */
  households: number;
  /** Cadres named at the meeting, by level (人次). */
  cadres: Record<CadreLevel, number>;
  issues: number;
  byCategory: Map<string, number>;
  byNature: Record<IssueNature | typeof noNature, number>;
  suggestions: number;
  adopted: number;
  responses: Record<ResponseType | typeof noResponse, number>;
  /** 交办、上报转办、矛盾调处. */
  commitments: number;
  /** The status as of the day counted up to: 已办结 includes 已回访 and 已销号. */
  finished: number;
  finishedCommitments: number;
  inProgress: number;
  planned: number;
  unanswered: number;
  closed: number;
  /** 办理中 past the deadline. */
  overdue: number;
  /** Finished items that had a deadline, and those finished on or before it. */
  finishedWithDeadline: number;
  onTime: number;
  /** Finished issues visited since they were last finished (已回访 or closed after a visit). */
  visitedFinished: number;
  visitedCommitments: number;
  /** 回访人次: every visit up to the day, by the answer given. */
  visits: number;
  visitsByAnswer: Map<string, number>;
};

const zeros = <K extends string>(keys: readonly K[]) =>
  Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;

export function emptyTally(): Tally {
  return {
    meetings: 0,
    villages: new Set(),
    groups: new Set(),
    present: 0,
    villagers: 0,
    households: 0,
    cadres: zeros(cadreLevels),
    issues: 0,
    byCategory: new Map(),
    byNature: zeros([...issueNatures, noNature]),
    suggestions: 0,
    adopted: 0,
    responses: zeros([...responseTypes, noResponse]),
    commitments: 0,
    finished: 0,
    finishedCommitments: 0,
    inProgress: 0,
    planned: 0,
    unanswered: 0,
    closed: 0,
    overdue: 0,
    finishedWithDeadline: 0,
    onTime: 0,
    visitedFinished: 0,
    visitedCommitments: 0,
    visits: 0,
    visitsByAnswer: new Map(),
  };
}

/** What one meeting adds to a row. */
export type MeetingPart = {
  village: string;
  group: string;
  present: number;
  villagers: number;
  households: number;
  cadres: Record<CadreLevel, number>;
};

export function addMeeting(f: Tally, m: MeetingPart): void {
  f.meetings += 1;
  f.villages.add(m.village);
  if (m.group !== '') f.groups.add(`${m.village}\u0000${m.group}`);
  f.present += m.present;
  f.villagers += m.villagers;
  f.households += m.households;
  for (const level of cadreLevels) f.cadres[level] += m.cadres[level];
}

/** What one issue adds to a row: its facts, and its state as of the day counted up to. */
export type IssuePart = {
  category: string;
  nature: IssueNature | typeof noNature;
  response: ResponseType | typeof noResponse;
  isCommitment: boolean;
  isAdoptedSuggestion: boolean;
  status: 'finished' | 'inProgress' | 'planned' | 'unanswered';
  isClosed: boolean;
  isOverdue: boolean;
  /** null: no deadline or not finished. */
  finishedOnTime: boolean | null;
  isVisited: boolean;
  /** The answers of every visit up to the day. */
  answers: readonly string[];
};

const bump = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);

export function addIssue(f: Tally, i: IssuePart): void {
  f.issues += 1;
  bump(f.byCategory, i.category);
  f.byNature[i.nature] += 1;
  if (i.nature === '建议') f.suggestions += 1;
  if (i.isAdoptedSuggestion) f.adopted += 1;
  f.responses[i.response] += 1;
  if (i.isCommitment) f.commitments += 1;
  f[i.status] += 1;
  if (i.status === 'finished' && i.isCommitment) f.finishedCommitments += 1;
  if (i.isClosed) f.closed += 1;
  if (i.isOverdue) f.overdue += 1;
  if (i.finishedOnTime !== null) f.finishedWithDeadline += 1;
  if (i.finishedOnTime === true) f.onTime += 1;
  if (i.isVisited) {
    f.visitedFinished += 1;
    if (i.isCommitment) f.visitedCommitments += 1;
  }
  f.visits += i.answers.length;
  for (const answer of i.answers) bump(f.visitsByAnswer, answer);
}

/** A row as reported: plain numbers and records, ready for a screen or a document. */
export type Figures = Omit<Tally, 'villages' | 'groups' | 'byCategory' | 'visitsByAnswer'> & {
  villages: number;
  groups: number;
  byCategory: Record<string, number>;
  visitsByAnswer: Record<string, number>;
};

export function finishTally(t: Tally): Figures {
  return {
    ...t,
    villages: t.villages.size,
    groups: t.groups.size,
    byCategory: Object.fromEntries(t.byCategory),
    visitsByAnswer: Object.fromEntries(t.visitsByAnswer),
  };
}
