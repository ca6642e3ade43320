// What became of one issue as of a day, for the statistics: its history replayed up to that day
// (status, when it was last finished, whether it was visited since, every visit's answer). Issues
// recorded before histories existed are read from their own dates.
//
// The history is replayed in the order it was recorded (compareRecorded), the order the app took
// the steps in, so the replay ends where the stored status is. A step takes effect on its own
// date, or on the previous step's if that is later: a 办结 dated 3月18日 but recorded after a 复号
// dated 3月20日 finishes the issue on 3月20日, not before it was reopened.
import { isValidIsoDate } from './dates';
import { commitmentDeadline } from './deadline';
import { compareRecorded } from './follow-up';
import { isCommitment, statusForResponse } from './lifecycle';
import type { Issue, Meeting, ProgressEntry } from './schemas';
import { noCategory, noNature, noResponse } from './statistics-figures';
import type { IssuePart } from './statistics-figures';
import { adoptingResponses } from './statistics-vocabulary';
import type { IssueStatus } from './vocabulary';

// A Set, as every issue's status is looked up in it.
const finished: ReadonlySet<IssueStatus> = new Set(['已办结', '已回访', '已销号']);
const line = (s: string) => s.trim();

/** A step as the replay takes it: `date` is the day it took effect. */
export type Step = Pick<ProgressEntry, 'date' | 'kind' | 'toStatus' | 'satisfaction' | 'createdAt'>;

function inOrder(steps: readonly Step[]): boolean {
  for (let k = 1; k < steps.length; k++)
    if (compareRecorded(steps[k - 1]!, steps[k]!) > 0) return false;
  return true;
}

/**
 * The steps that moved an issue on (`entries`: its live entries that changed its status); for an
 * issue older than its history, its own dates.
 */
function lifecycleSteps(issue: Issue, entries: Step[]): Step[] {
  if (entries.length > 0 || finished.has(statusForResponse(issue.responseType))) return entries;
  const steps: Step[] = [];
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

/**
 * The steps that moved an issue on, in the order recorded, each dated the day it took effect: its
 * live history entries that changed its status (`entries`, an array of the caller's, sorted and
 * re-dated here in place), or for an issue older than its history, its own dates. They do not
 * depend on the day counted up to.
 */
export function issueSteps(issue: Issue, entries: ProgressEntry[]): Step[] {
  const steps = lifecycleSteps(issue, entries);
  // Histories are mostly recorded in order, and sort copies the array even then.
  if (!inOrder(steps)) steps.sort(compareRecorded);
  let effective = '';
  steps.forEach((step, k) => {
    if (step.date < effective) steps[k] = { ...step, date: effective };
    else effective = step.date;
  });
  return steps;
}

/**
 * What the issue adds to the rows it is counted in, as of a day; `steps` from issueSteps. Counted
 * up to today, every step counts, even one dated later: it is recorded, so the figures agree with
 * the status stored (a 办结 dated 3月25日 entered on 3月20日 counts as finished on 3月20日).
 */
export function issuePart(
  issue: Issue,
  meeting: Meeting,
  steps: readonly Step[],
  asOf: string,
  today: string,
): IssuePart {
  let status: IssueStatus = statusForResponse(issue.responseType);
  let completedOn = finished.has(status) ? meeting.date : '';
  let isVisited = false;
  const answers: string[] = [];
  for (const step of steps) {
    if (step.date > asOf && asOf < today) break;
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
  const done = finished.has(status);
  // The deadline matters only to a commitment finished or 办理中: others skip parsing the date.
  const stated = done || status === '办理中' ? commitmentDeadline(issue) : '';
  const deadline = isValidIsoDate(stated) ? stated : '';
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
