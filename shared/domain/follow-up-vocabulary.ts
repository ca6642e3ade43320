// The fixed words of following an issue up (domain.md §2 "After"): the kinds of entry in an
// issue's history and the two settings that change the rules.

/** The kinds of entry in an issue's history (follow-up.ts). */
export const progressKinds = [
  '进展',
  '办结',
  '回访',
  '销号',
  '复号',
  '转办答复',
  '规划复核',
] as const;

/** When an item may be closed (销号). The default is the promise "群众不满意不销号". */
export const closingRules = ['办结并回访满意', '办结即可'] as const;

/** How 办结时限 are counted (working-days.ts). */
export const deadlineUnits = ['自然日', '工作日'] as const;

export type ProgressKind = (typeof progressKinds)[number];
export type ClosingRule = (typeof closingRules)[number];
export type DeadlineUnit = (typeof deadlineUnits)[number];
