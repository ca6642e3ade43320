// The five rates of domain.md §4, each a numerator and a denominator chosen by the settings, and
// the sentence that defines it, printed under every table that shows it.
import type { RateSettings, Settings } from './schemas';
import type { Figures } from './statistics-figures';

export const rateKeys = ['onTheSpot', 'completion', 'onTime', 'followUp', 'satisfaction'] as const;
export type RateKey = (typeof rateKeys)[number];

export const rateLabels: Record<RateKey, string> = {
  onTheSpot: '现场解决率',
  completion: '办结率',
  onTime: '按期办结率',
  followUp: '回访率',
  satisfaction: '满意率',
};

/** The setting that chooses each rate's definition (满意率's is its list of answers). */
export const rateSettingKeys = {
  onTheSpot: 'onTheSpot',
  completion: 'completionBase',
  onTime: 'onTimeBase',
  followUp: 'followUpBase',
  satisfaction: 'satisfiedValues',
} as const satisfies Record<RateKey, keyof RateSettings>;

export type RatePart = { numerator: number; denominator: number };

/** The answers 满意率 counts as satisfied: its own list, or the one closing uses. */
export function satisfiedAnswers(settings: Pick<Settings, 'satisfiedValues' | 'statistics'>) {
  return settings.statistics.satisfiedValues ?? settings.satisfiedValues;
}

export function ratePart(
  key: RateKey,
  f: Figures,
  rates: RateSettings,
  satisfied: readonly string[],
): RatePart {
  switch (key) {
    case 'onTheSpot':
      return {
        numerator:
          f.responses.当场解决 +
          (rates.onTheSpot === '当场解决及当场答复' ? f.responses.当场答复 : 0),
        denominator: f.issues,
      };
    case 'completion':
      return rates.completionBase === '交办事项'
        ? { numerator: f.finishedCommitments, denominator: f.commitments }
        : { numerator: f.finished, denominator: f.issues };
    case 'onTime':
      return {
        numerator: f.onTime,
        denominator:
          f.finishedWithDeadline + (rates.onTimeBase === '已办结及逾期事项' ? f.overdue : 0),
      };
    case 'followUp':
      return rates.followUpBase === '全部已办结问题'
        ? { numerator: f.visitedFinished, denominator: f.finished }
        : { numerator: f.visitedCommitments, denominator: f.finishedCommitments };
    case 'satisfaction':
      return {
        numerator: satisfied.reduce((n, answer) => n + (f.visitsByAnswer[answer] ?? 0), 0),
        denominator: f.visits,
      };
  }
}

/** 85.7%: one decimal, rounded half up; "—" when there is nothing to divide by. */
export function formatRate(part: RatePart): string {
  if (part.denominator === 0) return '—';
  return `${(Math.round((part.numerator * 1000) / part.denominator) / 10).toFixed(1)}%`;
}

const quoted = (answers: readonly string[]) => answers.map((a) => `“${a}”`).join('');

/** What a rate divides: "已办结问题数（含已回访、已销号）÷ 收集问题数". */
export function rateFormula(
  key: RateKey,
  rates: RateSettings,
  satisfied: readonly string[],
): string {
  switch (key) {
    case 'onTheSpot':
      return rates.onTheSpot === '当场解决及当场答复'
        ? '当场解决及当场答复的问题数 ÷ 收集问题数'
        : '当场解决的问题数 ÷ 收集问题数';
    case 'completion':
      return rates.completionBase === '交办事项'
        ? '已办结的交办事项数 ÷ 交办事项数（交办、上报转办、矛盾调处）'
        : '已办结问题数（含已回访、已销号）÷ 收集问题数';
    case 'onTime':
      return rates.onTimeBase === '已办结及逾期事项'
        ? '在办结时限内办结的事项数 ÷（有办结时限的已办结事项数 + 逾期未办结事项数）'
        : '在办结时限内办结的事项数 ÷ 有办结时限的已办结事项数';
    case 'followUp':
      return rates.followUpBase === '全部已办结问题'
        ? '办结后已回访的问题数 ÷ 已办结问题数'
        : '办结后已回访的交办事项数 ÷ 已办结的交办事项数（交办、上报转办、矛盾调处）';
    case 'satisfaction':
      return satisfied.length === 0
        ? '0 ÷ 回访人次（未设定计为满意的回访结果）'
        : `回访中答${quoted(satisfied)}的人次 ÷ 回访人次`;
  }
}

/** The sentence printed under a table: "满意率 = 回访中答“满意”“基本满意”的人次 ÷ 回访人次". */
export function describeRate(
  key: RateKey,
  rates: RateSettings,
  satisfied: readonly string[],
): string {
  return `${rateLabels[key]} = ${rateFormula(key, rates, satisfied)}`;
}
