// The lifecycle of an issue (domain.md §2). Overdue is never a status: it is computed from the
// deadline (see deadline.ts).
import type { Issue, Settings } from './schemas';
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

// domain.md §2: 交办 → 办理中 → 已办结 → 已回访 → 销号, 不满意 → 复号 → 办理中; 纳入规划 is reviewed
// and may start (办理中) or finish (已办结); a closed item may still be reopened.
const transitions: Record<IssueStatus, readonly IssueStatus[]> = {
  登记: ['办理中', '已办结', '纳入规划'],
  办理中: ['已办结', '纳入规划'],
  已办结: ['已回访', '已销号', '办理中'],
  已回访: ['已销号', '办理中'],
  已销号: ['办理中'],
  纳入规划: ['办理中', '已办结'],
};

export type TransitionCheck = { allowed: true } | { allowed: false; reason: string };

/** The settings that decide the rules: the closing rule and the satisfaction scale. */
export type ClosingPolicy = Pick<Settings, 'closingRule' | 'satisfiedValues' | 'satisfactionScale'>;

/** The issue as it would be after the step: the fields the rules look at. */
export type TransitionSubject = Pick<
  Issue,
  'status' | 'responseType' | 'satisfaction' | 'reopenReason' | 'reopenCount' | 'result'
>;

const finishedStatuses: readonly IssueStatus[] = ['已办结', '已回访', '已销号'];

/**
 * Whether an issue may move to a status: the only gate, for the screens and for import alike.
 * `candidate` is the issue with the step's fields already applied (the 办理结果, the 满意度, the
 * 复号 reason). "问题不解决不销号、群众不满意不销号": under the default closing rule a commitment is
 * closed only after a 回访 answered with a satisfied value; what was settled on the spot and never
 * reopened, or everything under the rule 办结即可, may be closed straight from 已办结; a visit
 * answered unsatisfied never closes, and an issue reopened (复号) after it is closed only after a
 * new visit answered satisfied, whatever its response on the spot. Going back to 办理中 from a finished state is 复号 and needs a reason.
 */
export function checkTransition(
  candidate: TransitionSubject,
  to: IssueStatus,
  policy: ClosingPolicy,
): TransitionCheck {
  const from = candidate.status;
  if (!transitions[from].includes(to)) {
    return { allowed: false, reason: `“${from}”的问题不能直接改为“${to}”` };
  }
  if (to === '已办结' && from !== '登记' && candidate.result.trim() === '') {
    return { allowed: false, reason: '办结须填写办理结果' };
  }
  if (to === '已回访' && !policy.satisfactionScale.includes(candidate.satisfaction)) {
    return {
      allowed: false,
      reason: `回访须选择满意度（${policy.satisfactionScale.join('、')}）`,
    };
  }
  if (to === '已销号') {
    const mayCloseUnvisited =
      (wasSettledOnTheSpot(candidate) && candidate.reopenCount === 0) ||
      policy.closingRule === '办结即可';
    if (from === '已办结' && !mayCloseUnvisited) {
      const reason =
        candidate.reopenCount > 0
          ? '复号后重新办结的事项须再次回访，群众满意后才能销号'
          : `${candidate.responseType ?? '本'}事项须先回访，群众满意后才能销号`;
      return { allowed: false, reason };
    }
    if (from === '已回访' && !policy.satisfiedValues.includes(candidate.satisfaction)) {
      return { allowed: false, reason: '群众不满意不销号：请复号重新办理' };
    }
  }
  if (to === '办理中' && finishedStatuses.includes(from) && candidate.reopenReason.trim() === '') {
    return { allowed: false, reason: '复号须填写原因' };
  }
  return { allowed: true };
}

/**
 * The fields that change with the response chosen during capture: the status follows the response
 * while the issue has not moved on by itself, and a new 交办 gets the township's default
 * deadline (its own rule for its own staff). 上报转办 and 矛盾调处 get none: a date for a county
 * bureau or a dispute is a promise only the people in the meeting can make. A response that is
 * not a commitment (当场解决, 纳入规划, …) has no 办结时限: one left from an earlier choice is
 * cleared, as the issue card no longer shows it.
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
  if (!isCommitment({ responseType }) && issue.deadline !== '') patch.deadline = '';
  return patch;
}
