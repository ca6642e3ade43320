// 上次承诺落实情况 in the 记录 and 纪要 of the next meeting in the village: one numbered paragraph
// per earlier commitment, the sentence read out at the meeting. The copy's rules (privacy.ts)
// apply as to the meeting's own issues: sensitive items only in the internal copies, and in the
// public copy the names of those who raised them masked wherever they occur.
import type { RecalledCommitment } from '../domain/recall';
import { bodyParagraph } from './blocks';
import type { Blocks } from './minutes-sections';
import { copyRules } from './privacy';
import type { Redactor } from './privacy';

export const recallTitle = '上次承诺落实情况';

/** The recalled items this copy prints. */
export function visibleRecalled(
  items: readonly RecalledCommitment[],
  redact: Pick<Redactor, 'privacy'>,
): RecalledCommitment[] {
  return copyRules[redact.privacy].sensitiveIssues ? [...items] : items.filter((i) => !i.sensitive);
}

/** The villagers the recalled items name: who raised them (createRedactor finds the persons in
 * each 反映人; a group of households names no one). */
export function recalledVillagerNames(items: readonly RecalledCommitment[]): string[] {
  return items.map((i) => i.raisedBy);
}

export function recallSection(items: readonly RecalledCommitment[], redact: Redactor): Blocks {
  return [
    bodyParagraph(`本村以往会议作出的承诺${items.length}项，落实情况如下：`),
    ...items.map((item, i) => bodyParagraph(`${i + 1}.${redact.text(item.sentence)}`)),
  ];
}
