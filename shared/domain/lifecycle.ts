// The lifecycle of an issue (domain.md §2). Overdue is never a status: it is computed from the
// deadline (see deadline.ts).
import type { Issue } from './schemas';
import type { IssueStatus, ResponseType } from './vocabulary';
import { commitmentResponseTypes } from './vocabulary';

const onTheSpot: readonly ResponseType[] = ['当场解决', '当场答复', '不予支持'];

/** The status an issue takes when its response on the spot is chosen. */
export function statusForResponse(responseType: ResponseType | null): IssueStatus {
  if (responseType === null) return '登记';
  if (onTheSpot.includes(responseType)) return '已办结';
  if (responseType === '纳入规划') return '纳入规划';
  return '办理中';
}

export function isCommitment(issue: Pick<Issue, 'responseType'>): boolean {
  return issue.responseType !== null && commitmentResponseTypes.includes(issue.responseType);
}

export function wasSettledOnTheSpot(issue: Pick<Issue, 'responseType'>): boolean {
  return issue.responseType !== null && onTheSpot.includes(issue.responseType);
}

const transitions: Record<IssueStatus, readonly IssueStatus[]> = {
  登记: ['办理中', '已办结', '纳入规划'],
  办理中: ['已办结', '纳入规划'],
  已办结: ['已回访', '已销号', '办理中'],
  已回访: ['已销号', '办理中'],
  已销号: ['办理中'],
  纳入规划: ['办理中', '已办结'],
};

export type TransitionCheck = { allowed: true } | { allowed: false; reason: string };

/**
 * Whether an issue may move to a status. "问题不解决不销号、群众不满意不销号": a commitment is closed
 * only after a follow-up visit with a satisfied answer; only what was settled on the spot may be
 * closed straight from 已办结. Going back to 办理中 from a finished state is 复号 and needs a reason.
 */
export function checkTransition(
  issue: Pick<Issue, 'status' | 'responseType' | 'satisfaction' | 'reopenReason'>,
  to: IssueStatus,
  satisfiedValues: readonly string[],
): TransitionCheck {
  if (!transitions[issue.status].includes(to)) {
    return { allowed: false, reason: `“${issue.status}”的问题不能直接改为“${to}”` };
  }
  if (to === '已销号') {
    if (issue.status === '已办结' && !wasSettledOnTheSpot(issue)) {
      return { allowed: false, reason: '交办事项须先回访，群众满意后才能销号' };
    }
    if (issue.status === '已回访' && !satisfiedValues.includes(issue.satisfaction)) {
      return { allowed: false, reason: '群众不满意不销号：请复号重新办理' };
    }
  }
  const isReopen =
    to === '办理中' &&
    (issue.status === '已办结' || issue.status === '已回访' || issue.status === '已销号');
  if (isReopen && issue.reopenReason.trim() === '') {
    return { allowed: false, reason: '复号须填写原因' };
  }
  return { allowed: true };
}

/**
 * The fields that change with the response chosen during capture: the status follows the response
 * while the issue has not moved on by itself, and a new 交办 gets the township's default
 * deadline (its own rule for its own staff). 上报转办 and 矛盾调处 get none: a date for a county
 * bureau or a dispute is a promise only the people in the meeting can make.
 */
export function responseChange(
  issue: Pick<Issue, 'responseType' | 'status' | 'deadline'>,
  responseType: ResponseType | null,
  defaultDeadline: string,
): Partial<Pick<Issue, 'responseType' | 'status' | 'deadline'>> {
  const patch: Partial<Pick<Issue, 'responseType' | 'status' | 'deadline'>> = { responseType };
  if (issue.status === statusForResponse(issue.responseType))
    patch.status = statusForResponse(responseType);
  if (responseType === '交办' && issue.deadline === '') patch.deadline = defaultDeadline;
  return patch;
}
