// The fixed words of the township's statistics (domain.md §4): the periods a report covers and the
// choices that decide each rate's definition. Localities count differently, so the choices are
// settings (Settings.statistics) and every table prints the definition it used (statistics-rates.ts).

export const periodKinds = ['month', 'quarter', 'year', 'custom'] as const;

/** 现场解决率's numerator: what was solved on the spot only, or also what was answered there. */
export const onTheSpotCounts = ['当场解决', '当场解决及当场答复'] as const;

/** 办结率's denominator: every issue collected, or only the commitments (交办、上报转办、矛盾调处). */
export const completionBases = ['全部问题', '交办事项'] as const;

/** 按期办结率's denominator: the finished items with a deadline, or those plus the overdue ones. */
export const onTimeBases = ['已办结事项', '已办结及逾期事项'] as const;

/** 回访率's denominator: the finished commitments, or every finished issue. */
export const followUpBases = ['已办结交办事项', '全部已办结问题'] as const;

/** Identity tags of cadres: present attendees with any other tag count as 群众 (villagers). */
export const cadreIdentities: readonly string[] = [
  '乡镇干部',
  '县直部门',
  '村支两委',
  '驻村工作队',
];

/** The responses under which a suggestion (建议) counts as adopted (采纳). */
export const adoptingResponses = ['当场解决', '交办', '上报转办', '纳入规划'] as const;

export type PeriodKind = (typeof periodKinds)[number];
export type OnTheSpotCount = (typeof onTheSpotCounts)[number];
export type CompletionBase = (typeof completionBases)[number];
export type OnTimeBase = (typeof onTimeBases)[number];
export type FollowUpBase = (typeof followUpBases)[number];
