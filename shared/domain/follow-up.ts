// Following an issue up (domain.md §2 "After"): each step — a 办理进展, 办结, 回访, 销号, 复号,
// a department's answer to a 上报转办 item, the review of a 纳入规划 item — becomes one entry of the
// issue's history and, when the step moves the issue on, a change to the issue itself. The status
// change goes through checkTransition (lifecycle.ts), the only gate.
import { checkTransition, type ClosingPolicy } from './lifecycle';
import type { Content, Issue, ProgressEntry } from './schemas';
import { cleanLine, cleanText, compareCodeUnits } from './text';
import { formatChineseDate, isValidIsoDate } from './dates';
import type { ProgressKind } from './follow-up-vocabulary';
import type { IssueStatus } from './vocabulary';

/** What the person types for one step: an entry without its issue and resulting status. */
export type FollowUpStep = Omit<Content<ProgressEntry>, 'issueId' | 'toStatus'> & {
  /** 规划复核 only: '办理中' when the planned item starts (funds or project in place). */
  startWork?: boolean;
};

export type FollowUpPlan =
  | { ok: true; issuePatch: Partial<Content<Issue>>; entry: Content<ProgressEntry> }
  | { ok: false; reason: string };

/** The issue as the rules look at it. */
export type FollowUpSubject = Pick<
  Issue,
  | 'id'
  | 'status'
  | 'responseType'
  | 'satisfaction'
  | 'reopenReason'
  | 'reopenCount'
  | 'result'
  | 'forwardedTo'
>;

/** A blank step of a kind, for a form. */
export function blankStep(kind: ProgressKind, date: string): FollowUpStep {
  return {
    kind,
    date,
    text: '',
    by: '',
    method: '',
    satisfaction: '',
    department: '',
    nextReviewOn: '',
  };
}

const requiredText: Record<ProgressKind, string | null> = {
  进展: '请填写办理情况',
  办结: '请填写办理结果',
  回访: null,
  销号: null,
  复号: '复号须填写原因',
  转办答复: '请填写部门答复内容',
  规划复核: '请填写复核情况',
};

/** Where each kind of step may happen (besides the transition rules). */
function placeCheck(issue: FollowUpSubject, step: FollowUpStep): string | null {
  switch (step.kind) {
    case '进展':
      return issue.status === '办理中' || issue.status === '纳入规划'
        ? null
        : `“${issue.status}”的问题不能再登记办理进展，如需继续办理请先复号`;
    case '转办答复':
      if (issue.responseType !== '上报转办') return '只有上报转办的事项才登记部门答复';
      return issue.status === '办理中' ? null : `“${issue.status}”的事项不能再登记部门答复`;
    case '规划复核':
      return issue.status === '纳入规划' ? null : '只有纳入规划的事项才需要定期复核';
    default:
      return null;
  }
}

function targetStatus(issue: FollowUpSubject, step: FollowUpStep): IssueStatus | '' {
  switch (step.kind) {
    case '办结':
      return '已办结';
    case '回访':
      return '已回访';
    case '销号':
      return '已销号';
    case '复号':
      return '办理中';
    case '规划复核':
      return step.startWork === true ? '办理中' : '';
    default:
      return '';
  }
}

function patchFor(issue: FollowUpSubject, step: FollowUpStep): Partial<Content<Issue>> {
  switch (step.kind) {
    case '办结':
      return { result: step.text, completedOn: step.date };
    case '回访':
      return {
        satisfaction: step.satisfaction,
        feedback: step.text,
        followUpBy: step.by,
        followUpOn: step.date,
        followUpMethod: step.method,
      };
    case '销号':
      return { closedOn: step.date };
    case '复号':
      // The issue is handled afresh; the last round stays in the history.
      return {
        reopenReason: step.text,
        reopenCount: issue.reopenCount + 1,
        result: '',
        completedOn: '',
        satisfaction: '',
        feedback: '',
        followUpBy: '',
        followUpOn: '',
        followUpMethod: '',
        closedOn: '',
      };
    case '转办答复':
      return issue.forwardedTo.trim() === '' ? { forwardedTo: step.department } : {};
    default:
      return {};
  }
}

/**
 * Checks one step against the issue and the settings, and says what it changes: the issue's
 * fields and the history entry to add. A refusal carries the reason to show, in Chinese.
 */
export function planFollowUp(
  issue: FollowUpSubject,
  input: FollowUpStep,
  policy: ClosingPolicy,
): FollowUpPlan {
  const { startWork, ...fields } = input;
  const step: FollowUpStep = {
    ...fields,
    startWork,
    text: cleanText(fields.text).trim(),
    by: cleanLine(fields.by).trim(),
    department: cleanLine(fields.department).trim(),
  };
  if (!isValidIsoDate(step.date)) return { ok: false, reason: '请填写正确的日期' };
  const place = placeCheck(issue, step);
  if (place) return { ok: false, reason: place };
  const missingText = requiredText[step.kind];
  if (missingText && step.text === '') return { ok: false, reason: missingText };
  if ((step.kind === '进展' || step.kind === '回访') && step.by === '') {
    return { ok: false, reason: step.kind === '回访' ? '请填写回访人' : '请填写办理人' };
  }
  if (step.kind === '转办答复' && step.department === '') {
    return { ok: false, reason: '请填写答复的部门' };
  }
  if (step.kind === '规划复核' && step.nextReviewOn !== '' && step.nextReviewOn <= step.date) {
    return { ok: false, reason: '下次复核日期应晚于本次复核日期' };
  }
  const to = targetStatus(issue, step);
  const issuePatch = patchFor(issue, step);
  if (to !== '') {
    const check = checkTransition({ ...issue, ...issuePatch }, to, policy);
    if (!check.allowed) return { ok: false, reason: check.reason };
    issuePatch.status = to;
  }
  const entry: Content<ProgressEntry> = {
    issueId: issue.id,
    date: step.date,
    text: step.text,
    by: step.by,
    method: step.method,
    kind: step.kind,
    toStatus: to,
    satisfaction: step.kind === '回访' ? step.satisfaction : '',
    department: step.kind === '转办答复' ? step.department : '',
    nextReviewOn: step.kind === '规划复核' ? step.nextReviewOn : '',
  };
  return { ok: true, issuePatch, entry };
}

/**
 * Why a step cannot carry this date when it is taken, or null: a step follows the meeting that
 * raised the issue and has already happened. (An imported history is not held to today: the
 * other computer's calendar may run ahead of this one.)
 */
export function stepDateProblem(date: string, meetingDate: string, today: string): string | null {
  if (!isValidIsoDate(date)) return '请填写正确的日期';
  if (date < meetingDate) {
    return `日期不能早于提出这条诉求的会议（${formatChineseDate(meetingDate)}），请改正日期`;
  }
  if (date > today) {
    return `日期不能晚于今天（${formatChineseDate(today)}），请填写已经做过的日期`;
  }
  return null;
}

/** Why the issue cannot be closed now, or null when it can: shown beside the 销号 button. */
export function closingBlocker(issue: FollowUpSubject, policy: ClosingPolicy): string | null {
  const check = checkTransition(issue, '已销号', policy);
  return check.allowed ? null : check.reason;
}

/** The history in the order it happened: by date, then by when it was recorded. */
export function sortHistory<T extends Pick<ProgressEntry, 'date' | 'createdAt'>>(
  entries: readonly T[],
): T[] {
  return [...entries].sort(
    (a, b) => a.date.localeCompare(b.date) || a.createdAt.localeCompare(b.createdAt),
  );
}

/**
 * The order the steps were taken in: by when each was recorded, then by date. The app applies
 * each step to the issue as it is recorded, so the stored status is where this order ends, even
 * when a step was dated before the one it followed.
 */
export function compareRecorded(
  a: Pick<ProgressEntry, 'date' | 'createdAt'>,
  b: Pick<ProgressEntry, 'date' | 'createdAt'>,
): number {
  return compareCodeUnits(a.createdAt, b.createdAt) || compareCodeUnits(a.date, b.date);
}

/** The steps to offer for an issue in its status (each is still checked when taken). */
export function availableSteps(issue: Pick<Issue, 'status' | 'responseType'>): ProgressKind[] {
  switch (issue.status) {
    case '办理中':
      return issue.responseType === '上报转办' ? ['进展', '转办答复', '办结'] : ['进展', '办结'];
    case '已办结':
      return ['回访', '销号', '复号'];
    case '已回访':
      return ['销号', '复号'];
    case '已销号':
      return ['复号'];
    case '纳入规划':
      return ['规划复核', '进展', '办结'];
    case '登记':
      return [];
  }
}
