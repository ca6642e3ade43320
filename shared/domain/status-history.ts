// Whether an issue's status is one the lifecycle rules allow given its history: the check an
// import makes of every issue whose status it would set (shared/exchange/gate.ts). The history
// is replayed from the status the response on the spot gives (statusForResponse), each step
// through planFollowUp and so through checkTransition, the only gate; the rules themselves are
// not written here again. A step the rules refuse where it stands is passed over (two laptops
// may each have recorded the same 办结; the second changed nothing), and the issue's status must
// be where the replay ends.
//
// The order: by date, as the 办理记录 shows it, and also in the order the steps were recorded
// (a step dated by mistake before the one it followed; the order the statistics replay, see
// statistics-issue.ts). Steps of the same moment (the demo's steps of one day) may have
// happened in either order, so each order is tried.
import {
  compareRecorded,
  planFollowUp,
  sortHistory,
  type FollowUpStep,
  type FollowUpSubject,
} from './follow-up';
import { statusForResponse, type ClosingPolicy, type TransitionCheck } from './lifecycle';
import type { Issue, ProgressEntry } from './schemas';
import type { IssueStatus } from './vocabulary';

export type HistoryIssue = Pick<Issue, 'id' | 'status' | 'responseType' | 'forwardedTo'>;

export type HistoryEntry = Pick<
  ProgressEntry,
  | 'kind'
  | 'toStatus'
  | 'date'
  | 'createdAt'
  | 'text'
  | 'by'
  | 'method'
  | 'satisfaction'
  | 'department'
  | 'nextReviewOn'
  | 'deletedAt'
>;

export const statusHistoryLabels = {
  noStep: (status: IssueStatus) => `办理记录中没有使它变为“${status}”的一步`,
  endsElsewhere: (status: IssueStatus) => `按办理记录，它现在应为“${status}”`,
  stepMismatch: (kind: string, status: string) => `办理记录“${kind}”不会使状态变为“${status}”`,
} as const;

/** Past this many steps of one moment only their stored order is tried (5! = 120 orders). */
const maxPermuted = 5;

type Applied = { subject: FollowUpSubject; refusal: string | null };

function stepOf(entry: HistoryEntry): FollowUpStep {
  return {
    kind: entry.kind,
    date: entry.date,
    text: entry.text,
    by: entry.by,
    method: entry.method,
    satisfaction: entry.satisfaction,
    department: entry.department,
    nextReviewOn: entry.nextReviewOn,
    startWork: entry.kind === '规划复核' && entry.toStatus === '办理中',
  };
}

/** One step of the history taken again: the issue after it, or why the rules refuse it there. */
function replayStep(subject: FollowUpSubject, entry: HistoryEntry, policy: ClosingPolicy): Applied {
  const plan = planFollowUp(subject, stepOf(entry), policy);
  if (!plan.ok) return { subject, refusal: plan.reason };
  if (plan.entry.toStatus !== entry.toStatus)
    return { subject, refusal: statusHistoryLabels.stepMismatch(entry.kind, entry.toStatus) };
  return { subject: { ...subject, ...plan.issuePatch }, refusal: null };
}

/** Consecutive entries that `same` cannot tell apart in time. */
function moments<T>(entries: readonly T[], same: (a: T, b: T) => boolean): T[][] {
  const groups: T[][] = [];
  for (const entry of entries) {
    const last = groups[groups.length - 1];
    const first = last?.[0];
    if (last && first !== undefined && same(first, entry)) last.push(entry);
    else groups.push([entry]);
  }
  return groups;
}

function orderings<T>(items: readonly T[]): T[][] {
  if (items.length <= 1 || items.length > maxPermuted) return [[...items]];
  return items.flatMap((item, i) =>
    orderings([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]),
  );
}

/** Every state the history can end in, trying each order of the steps of one moment. */
function endStates(
  start: FollowUpSubject,
  groups: readonly HistoryEntry[][],
  policy: ClosingPolicy,
): FollowUpSubject[] {
  let states = [start];
  for (const group of groups) {
    const next = new Map<string, FollowUpSubject>();
    for (const state of states) {
      for (const order of orderings(group)) {
        const end = order.reduce((s, e) => replayStep(s, e, policy).subject, state);
        next.set(JSON.stringify(end), end);
      }
    }
    states = [...next.values()];
  }
  return states;
}

/** The history taken in one order: where it ends, and what the rules said of the last step that
 * claims to lead to `status` (null when it was taken). */
function replayInOrder(
  start: FollowUpSubject,
  entries: readonly HistoryEntry[],
  status: IssueStatus,
  policy: ClosingPolicy,
): { end: FollowUpSubject; lastRefusal: string | null } {
  let end = start;
  let lastRefusal: string | null = null;
  for (const entry of entries) {
    const applied = replayStep(end, entry, policy);
    end = applied.subject;
    if (entry.toStatus === status) lastRefusal = applied.refusal;
  }
  return { end, lastRefusal };
}

/**
 * Whether `issue.status` is one the lifecycle rules allow given `history` and the closing policy:
 * the status its response on the spot gives, or where its recorded steps lead.
 */
export function checkStatusHistory(
  issue: HistoryIssue,
  history: readonly HistoryEntry[],
  policy: ClosingPolicy,
): TransitionCheck {
  const start: FollowUpSubject = {
    id: issue.id,
    status: statusForResponse(issue.responseType),
    responseType: issue.responseType,
    satisfaction: '',
    reopenReason: '',
    reopenCount: 0,
    result: '',
    forwardedTo: issue.forwardedTo,
  };
  if (issue.status === start.status) return { allowed: true };
  const steps = history.filter((e) => e.deletedAt === null && e.toStatus !== '');
  const byDate = sortHistory(steps);
  // Most histories hold one step per moment, in order: one replay settles them.
  const straight = replayInOrder(start, byDate, issue.status, policy);
  if (straight.end.status === issue.status) return { allowed: true };
  const byRecording = [...steps].sort(compareRecorded);
  const ends = [
    ...endStates(
      start,
      moments(byDate, (a, b) => a.date === b.date && a.createdAt === b.createdAt),
      policy,
    ),
    ...endStates(
      start,
      moments(byRecording, (a, b) => a.createdAt === b.createdAt),
      policy,
    ),
  ];
  if (ends.some((end) => end.status === issue.status)) return { allowed: true };
  const reason = !steps.some((e) => e.toStatus === issue.status)
    ? statusHistoryLabels.noStep(issue.status)
    : (straight.lastRefusal ?? statusHistoryLabels.endsElsewhere(straight.end.status));
  return { allowed: false, reason };
}
