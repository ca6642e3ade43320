// What an issue still lacks before it is read back, closed or posted: a commitment that names no
// promise, no one responsible or no deadline is an empty promise (domain.md §2 "三定"). The
// labels are the interface's words (domain.md §7), so screens and documents can list them as is.
import { isCommitment } from './lifecycle';
import type { Issue } from './schemas';

type CommitmentFacts = Pick<
  Issue,
  'responseType' | 'responseText' | 'target' | 'unit' | 'owner' | 'deadline' | 'forwardedTo'
>;

/** The facts a commitment (交办, 上报转办, 矛盾调处) is missing; empty for any other response. */
export function missingCommitmentFacts(issue: CommitmentFacts): string[] {
  if (!isCommitment(issue)) return [];
  const missing: string[] = [];
  if (issue.responseText.trim() === '' && issue.target.trim() === '') missing.push('答复内容');
  if (issue.responseType === '上报转办' && issue.forwardedTo.trim() === '')
    missing.push('转办部门');
  if (issue.unit.trim() === '' && issue.owner.trim() === '') missing.push('责任人');
  if (issue.deadline === '') missing.push('办结时限');
  return missing;
}

/** Everything an issue is missing for the record: what it is about, the response, the promise. */
export function missingIssueFacts(
  issue: CommitmentFacts & Pick<Issue, 'category' | 'nature' | 'description'>,
): string[] {
  const missing: string[] = [];
  if (issue.description.trim() === '') missing.push('问题描述');
  if (issue.category.trim() === '') missing.push('问题类别');
  if (issue.nature === '') missing.push('诉求性质');
  if (issue.responseType === null) missing.push('处置方式');
  return [...missing, ...missingCommitmentFacts(issue)];
}
