// The statistics against the hand-built township of test/fixtures/statistics-township.ts. Every
// expected figure is counted by hand from the fixture; the reasoning is in the comments.
import { describe, expect, it } from 'vitest';
import { defaultSettings, settingsSchema } from '../../../../shared/domain/schemas';
import type { RateSettings, Settings } from '../../../../shared/domain/schemas';
import {
  computeStatistics,
  prepareStatistics,
  statisticsFor,
} from '../../../../shared/domain/statistics';
import type { Period } from '../../../../shared/domain/statistics-period';
import type { Figures } from '../../../../shared/domain/statistics-figures';
import {
  describeRate,
  formatRate,
  rateFormula,
  ratePart,
  rateSettingKeys,
  satisfiedAnswers,
} from '../../../../shared/domain/statistics-rates';
import type { RateKey } from '../../../../shared/domain/statistics-rates';
import { generateTownship } from '../../../../shared/demo/township';
import { m1, township, today } from '../../../fixtures/statistics-township';
import type { Issue, ProgressEntry } from '../../../../shared/domain/schemas';
import { sampleIssue, sampleMeeting, sampleProgress } from './sample-records';
import { blankStep, planFollowUp, type FollowUpStep } from '../../../../shared/domain/follow-up';

const q1: Period = { kind: 'quarter', year: 2024, quarter: 1 };
// One preparation counted for every period below, as the 统计 page does: each period's hand-counted
// figures also show that nothing of one period is left in what the next is counted from.
const prepared = prepareStatistics(township);
const stats = (period: Period) =>
  statisticsFor(prepared, { period, today, settings: defaultSettings });
const rate = (key: RateKey, f: Figures, settings: Settings = defaultSettings) =>
  formatRate(ratePart(key, f, settings.statistics, satisfiedAnswers(settings)));
const withRates = (rates: Partial<RateSettings>, extra: Partial<Settings> = {}): Settings => ({
  ...defaultSettings,
  ...extra,
  statistics: { ...defaultSettings.statistics, ...rates },
});

describe('computeStatistics: meetings and attendance', () => {
  it('counts the first quarter of 2024 for the township', () => {
    const { township: t, range, asOf, label } = stats(q1);
    expect({ range, asOf, label }).toEqual({
      range: { start: '2024-01-01', end: '2024-03-31' },
      asOf: '2024-03-31',
      label: '2024年第一季度',
    });
    // 本期: M1 (1月31日), M2 (2月29日 23:59), M3 (3月31日 23:59). Not M4 (4月1日), M5 (2023),
    // M6 (筹备) or M7 (deleted).
    expect(t.current.meetings).toBe(3);
    expect(t.current.villages).toBe(2);
    // 石门村三组, 石门村五组, 青山村一组.
    expect(t.current.groups).toBe(3);
    // M1: 张三, 李四, 王五 (列席) present, 赵六 excused, 钱七 deleted → 3; M2: 2; M3: 1.
    expect(t.current.present).toBe(6);
    // Cadre identities left out: 王五 (乡镇干部) at M1, 周九 (村支两委) at M2; 李四 is a 党员.
    expect(t.current.villagers).toBe(4);
    // M1: 张三 and 李四 share 张三's household, 王五 has none → 2; M2 entered 30; M3: 1.
    expect(t.current.households).toBe(33);
    expect(t.current.cadres).toEqual({ 县: 1, 乡镇: 2, 村: 1, 驻村工作队: 2 });
    // 累计 adds M5 (2023年12月31日): one more meeting, one more villager of 石门村三组.
    expect(t.cumulative.meetings).toBe(4);
    expect(t.cumulative.groups).toBe(3);
    expect(t.cumulative.present).toBe(7);
    expect(t.cumulative.households).toBe(34);
  });

  it('splits by village, the villages adding up to the township', () => {
    const s = stats(q1);
    expect(s.villages.map((v) => v.village)).toEqual(['青山村', '石门村']);
    const [qingshan, shimen] = s.villages;
    // 石门村: M1 and M2 本期, M5 too in 累计; 青山村: M3 only (M4 is in April, M6 planned).
    expect([shimen?.current.meetings, shimen?.cumulative.meetings]).toEqual([2, 3]);
    expect([qingshan?.current.meetings, qingshan?.cumulative.meetings]).toEqual([1, 1]);
    expect([shimen?.current.issues, qingshan?.current.issues]).toEqual([10, 2]);
    expect((shimen?.current.present ?? 0) + (qingshan?.current.present ?? 0)).toBe(
      s.township.current.present,
    );
    expect(shimen?.current.villages).toBe(1);
  });
});

describe('computeStatistics: period edges', () => {
  const meetings = (period: Period) => {
    const t = stats(period).township;
    return [t.current.meetings, t.cumulative.meetings];
  };

  it('counts a meeting at 23:59 on the last day of the month, leap day included', () => {
    // February 2024 has 29 days: M2 on the 29th at 23:59 is in it; M6 (planned) and M7 (deleted)
    // are not. 累计: M5, M1, M2.
    expect(stats({ kind: 'month', year: 2024, month: 2 }).range.end).toBe('2024-02-29');
    expect(meetings({ kind: 'month', year: 2024, month: 2 })).toEqual([1, 3]);
    // March: M3 on the 31st at 23:59.
    expect(meetings({ kind: 'month', year: 2024, month: 3 })).toEqual([1, 4]);
    expect(meetings({ kind: 'month', year: 2024, month: 1 })).toEqual([1, 2]);
  });

  it('starts the second quarter on 1 April and the year on 1 January', () => {
    expect(meetings({ kind: 'quarter', year: 2024, quarter: 2 })).toEqual([1, 5]);
    expect(meetings({ kind: 'quarter', year: 2023, quarter: 4 })).toEqual([1, 1]);
    expect(meetings({ kind: 'year', year: 2024 })).toEqual([4, 5]);
    expect(meetings({ kind: 'year', year: 2023 })).toEqual([1, 1]);
  });

  it('takes both days of a custom period', () => {
    // 2月29日 to 3月31日: M2 and M3.
    expect(meetings({ kind: 'custom', start: '2024-02-29', end: '2024-03-31' })).toEqual([2, 4]);
    expect(meetings({ kind: 'custom', start: '2024-03-31', end: '2024-03-31' })).toEqual([1, 4]);
    expect(meetings({ kind: 'custom', start: '2024-04-02', end: '2024-12-31' })).toEqual([0, 5]);
  });

  it('counts a period not over yet up to today', () => {
    const s = computeStatistics({
      ...township,
      period: { kind: 'year', year: 2024 },
      today: '2024-03-15',
      settings: defaultSettings,
    });
    expect(s.asOf).toBe('2024-03-15');
    // On 3月15日, I5 (deadline 3月1日) is overdue and I6 was finished again on 3月5日.
    expect(s.township.cumulative.overdue).toBe(1);
  });
});

describe('computeStatistics: issues', () => {
  it('counts categories, natures, suggestions and responses of 本期', () => {
    const f = stats(q1).township.current;
    // I1–I6 at M1 (I7 deleted), I8–I11 at M2, I12–I13 at M3.
    expect(f.issues).toBe(12);
    expect(f.byCategory).toEqual({
      道路交通: 3, // I1, I3, I8
      社会保障: 1,
      饮水安全: 1,
      人居环境: 2, // I5, I6
      农田水利: 1,
      其他: 1,
      未分类: 1, // I11
      矛盾纠纷: 1,
      教育: 1,
    });
    // 求助 I1 I6 I13; 咨询 I2; 投诉 I3; 建议 I4 I8 I9 I10; 纠纷 I12; none yet I5 I11.
    expect(f.byNature).toEqual({ 咨询: 1, 求助: 3, 投诉: 1, 建议: 4, 纠纷: 1, 未定性: 2 });
    // Adopted: I4 (交办), I8 (上报转办), I9 (纳入规划); I10 was not supported.
    expect([f.suggestions, f.adopted]).toEqual([4, 3]);
    expect(f.responses).toEqual({
      当场解决: 1,
      当场答复: 1,
      交办: 5, // I3 I4 I5 I6 I13
      上报转办: 1,
      纳入规划: 1,
      矛盾调处: 1,
      不予支持: 1,
      未处置: 1,
    });
    expect(f.commitments).toBe(7);
  });

  it('lists the settings categories first, then others, 未分类 last', () => {
    const s = stats(q1);
    expect(s.categories.slice(0, 16)).toEqual(defaultSettings.categories);
    expect(s.categories.slice(16)).toEqual(['未分类']);
    expect(s.answers).toEqual(['满意', '基本满意', '不满意']);
  });

  it('takes what became of each issue on the period’s last day', () => {
    const f = stats(q1).township.current;
    // Finished: I1 I2 I10 (on the spot or refused), I3 (closed), I4, I6 (again on 3月5日), I12.
    expect(f.finished).toBe(7);
    // In progress: I5 (its 办结 entry is deleted), I8, I13; planned I9; unanswered I11.
    expect([f.inProgress, f.planned, f.unanswered, f.closed]).toEqual([3, 1, 1, 1]);
    // Overdue on 3月31日: I5 (deadline 3月1日). I13 is due 4月7日, I8 has no deadline.
    expect(f.overdue).toBe(1);
    // Finished with a deadline: I3, I4, I6, I12; on time I3 (2月5日 ≤ 2月7日), I12 (same day).
    expect([f.finishedWithDeadline, f.onTime]).toEqual([4, 2]);
    // Visited since last finished: I3, I4, I12. I6's visit was before its 复号; its second visit
    // (4月10日) is after the quarter.
    expect([f.visitedFinished, f.visitedCommitments, f.finishedCommitments]).toEqual([3, 3, 4]);
    // Every visit up to 3月31日: I3 满意, I4 基本满意, I6 不满意, I12 基本满意.
    expect(f.visits).toBe(4);
    expect(f.visitsByAnswer).toEqual({ 满意: 1, 基本满意: 2, 不满意: 1 });
  });

  it('reads an issue as it stood at the end of an earlier period', () => {
    const f = stats({ kind: 'month', year: 2024, month: 2 }).township.cumulative;
    // 累计 to 2月29日: I15 I16 (M5), I1–I6 (M1), I8–I11 (M2).
    expect(f.issues).toBe(12);
    // I6 was reopened on 2月23日 and not yet finished again; I5 not yet overdue (due 3月1日).
    // Finished: I1 I2 I3 I4 I10 I15, and I16 from its own 办结 date (1月20日).
    expect([f.finished, f.inProgress, f.overdue]).toEqual([7, 3, 0]);
  });

  it('counts an issue older than its history by its own dates', () => {
    const c = stats(q1).township.cumulative;
    // 累计 adds I15 (on time, visited 满意) and I16 (finished 1月20日, 5 days late, no visit).
    expect([c.issues, c.finished, c.finishedWithDeadline, c.onTime]).toEqual([14, 9, 6, 3]);
    expect([c.visitedCommitments, c.finishedCommitments, c.visits]).toEqual([4, 6, 5]);
    const before = stats({ kind: 'month', year: 2023, month: 12 }).township.cumulative;
    // On 2023年12月31日 neither was finished yet.
    expect([before.issues, before.finished, before.inProgress]).toEqual([2, 0, 2]);
  });

  it('ignores deleted records and the meetings still planned', () => {
    const s = stats({ kind: 'year', year: 2024 });
    const c = s.township.cumulative;
    // I17 (at the deleted M7) and I7 (deleted) are absent: 16 issues less those two and I14…
    // counted: I1–I6, I8–I16 = 15.
    expect(c.issues).toBe(15);
    // M6's five planned attendees and M7's one are absent: 3 + 2 + 1 + 1 (M4) + 1 (M5).
    expect(c.present).toBe(8);
    expect(s.villages.map((v) => v.village)).toEqual(['青山村', '石门村']);
    // February: 青山村 had only the planned M6, so it has no row yet.
    expect(stats({ kind: 'month', year: 2024, month: 2 }).villages.map((v) => v.village)).toEqual([
      '石门村',
    ]);
  });
});

describe('computeStatistics: a 办结时限 counts only for a commitment', () => {
  const meeting = sampleMeeting(); // 3月5日
  const march = (issues: Issue[], progress: ProgressEntry[], today: string) =>
    computeStatistics({
      meetings: [meeting],
      attendance: [],
      issues,
      progress,
      period: { kind: 'month', year: 2026, month: 3 },
      today,
      settings: defaultSettings,
    }).township.current;

  it('a date left from 交办 on an issue answered 当场解决 or 纳入规划 counts nowhere', () => {
    // A: 交办, due 3月12日, finished 3月15日 (late). B: first 交办 (3月12日 filled in), then
    // 当场解决, stored before the deadline was cleared. C: 交办 then 纳入规划, the same date kept,
    // started (规划复核 → 办理中) on 3月15日.
    const a = sampleIssue(1, { status: '已办结', result: '已修好', completedOn: '2026-03-15' });
    const aDone = sampleProgress({
      issueId: a.id,
      kind: '办结',
      toStatus: '已办结',
      date: '2026-03-15',
      text: '已修好',
    });
    const b = sampleIssue(2, { responseType: '当场解决', status: '已办结' });
    const c = sampleIssue(3, { responseType: '纳入规划', status: '办理中' });
    const cStart = sampleProgress({
      issueId: c.id,
      kind: '规划复核',
      toStatus: '办理中',
      date: '2026-03-15',
      text: '资金已到位',
    });
    const f = march([a, b, c], [aDone, cStart], '2026-03-31');
    // Only A had a 办结时限 anyone could see: finished late → 1 with a deadline, 0 on time.
    expect([f.finishedWithDeadline, f.onTime]).toEqual([1, 0]);
    // C is in hand with no 办结时限: not overdue on 3月31日.
    expect([f.inProgress, f.overdue]).toEqual([1, 0]);
  });
});

describe('computeStatistics: steps entered out of date order', () => {
  const meeting = sampleMeeting(); // 3月5日
  /** The steps taken as the 跟踪办理 page takes them, each recorded ten minutes after the last. */
  function take(steps: FollowUpStep[]) {
    let issue = sampleIssue(1); // 交办, due 3月12日
    const progress: ProgressEntry[] = [];
    steps.forEach((step, n) => {
      const plan = planFollowUp(issue, step, defaultSettings);
      if (!plan.ok) throw new Error(plan.reason);
      issue = { ...issue, ...plan.issuePatch };
      const at = new Date(Date.UTC(2026, 2, 20, 8, n * 10)).toISOString();
      progress.push(sampleProgress({ ...plan.entry, issueId: issue.id, createdAt: at }));
    });
    return { issue, progress };
  }
  const step = (kind: FollowUpStep['kind'], date: string, patch: Partial<FollowUpStep> = {}) => ({
    ...blankStep(kind, date),
    by: '刘强',
    text: '已处理',
    ...patch,
  });
  const figures = (taken: ReturnType<typeof take>, end: string, today: string) =>
    computeStatistics({
      meetings: [meeting],
      attendance: [],
      issues: [taken.issue],
      progress: taken.progress,
      period: { kind: 'custom', start: '2026-03-01', end },
      today,
      settings: defaultSettings,
    }).township.current;
  const state = (f: Figures) => [f.finished, f.inProgress, f.overdue, f.visits];

  it('a 办结 dated before the 复号 it followed finishes the issue again, as stored', () => {
    // 办结 3月10日, 回访 不满意 3月12日, 复号 entered with today's date 3月20日, then the 办结 with
    // the day the work was done, 3月18日.
    const taken = take([
      step('办结', '2026-03-10'),
      step('回访', '2026-03-12', { satisfaction: '不满意' }),
      step('复号', '2026-03-20', { text: '雨后又坏' }),
      step('办结', '2026-03-18', { text: '整段重铺' }),
    ]);
    expect(taken.issue.status).toBe('已办结');
    // On 3月20日: finished (the stored status), not in hand nor overdue; one visit (不满意).
    const today = figures(taken, '2026-03-31', '2026-03-20');
    expect(state(today)).toEqual([1, 0, 0, 1]);
    // Finished again only once reopened, on 3月20日: after the 3月12日 deadline, so not on time.
    expect([today.finishedWithDeadline, today.onTime]).toEqual([1, 0]);
    // As of 3月19日 (read later) the 复号 of 3月20日 has not happened: visited, finished.
    const before = figures(taken, '2026-03-19', '2026-03-31');
    expect(state(before)).toEqual([1, 0, 0, 1]);
    expect(before.visitedFinished).toBe(1);
  });

  it('a 办结 dated after today counts in today’s figures, as the stored status does', () => {
    // Entered on 3月20日 with the 办结日期 picked as 3月25日.
    const taken = take([step('办结', '2026-03-25')]);
    expect(taken.issue.status).toBe('已办结');
    expect(state(figures(taken, '2026-03-31', '2026-03-20'))).toEqual([1, 0, 0, 0]);
    // As of 3月19日, read on 3月20日, it was still in hand, overdue since its 3月12日 deadline.
    expect(state(figures(taken, '2026-03-19', '2026-03-20'))).toEqual([0, 1, 1, 0]);
  });
});

describe('computeStatistics: against the stored records', () => {
  it('replays every issue of the demo township to the status it has today', () => {
    // The demo's follow-up goes through planFollowUp, which stores each issue's status; counted
    // from the beginning to today, the replayed states must be exactly the stored ones.
    const demo = generateTownship({ seed: 11, scale: 0.05, today: '2026-11-30' });
    const { records } = demo;
    const held = new Set(
      records.meetings.filter((m) => m.deletedAt === null && m.status !== '筹备').map((m) => m.id),
    );
    const stored = records.issues.filter((i) => i.deletedAt === null && held.has(i.meetingId));
    const count = (...statuses: string[]) =>
      stored.filter((i) => statuses.includes(i.status)).length;
    const s = computeStatistics({
      ...records,
      period: { kind: 'custom', start: '2000-01-01', end: demo.today },
      today: demo.today,
      settings: demo.settings,
    });
    const f = s.township.current;
    expect(f.issues).toBe(stored.length);
    expect(f.finished).toBe(count('已办结', '已回访', '已销号'));
    expect(f.inProgress).toBe(count('办理中'));
    expect(f.planned).toBe(count('纳入规划'));
    expect(f.closed).toBe(count('已销号'));
    expect(f.finished).toBeGreaterThan(0);
    expect(f.inProgress).toBeGreaterThan(0);
  });

  it('puts a meeting without a village in a row of its own, last', () => {
    const s = computeStatistics({
      ...township,
      meetings: [...township.meetings, { ...m1, id: crypto.randomUUID(), village: ' ' }],
      period: q1,
      today,
      settings: defaultSettings,
    });
    expect(s.villages.map((v) => [v.village, v.current.meetings])).toEqual([
      ['青山村', 1],
      ['石门村', 2],
      ['未填村', 1],
    ]);
    expect(s.township.current.meetings).toBe(4);
  });
});

describe('rates and their definitions', () => {
  const current = stats(q1).township.current;
  const cumulative = stats(q1).township.cumulative;

  it('are worked out with the default definitions', () => {
    expect(rate('onTheSpot', current)).toBe('8.3%'); // 1 ÷ 12
    expect(rate('completion', current)).toBe('58.3%'); // 7 ÷ 12
    expect(rate('onTime', current)).toBe('50.0%'); // 2 ÷ 4
    expect(rate('followUp', current)).toBe('75.0%'); // 3 ÷ 4
    expect(rate('satisfaction', current)).toBe('75.0%'); // (1 + 2) ÷ 4
    expect(rate('completion', cumulative)).toBe('64.3%'); // 9 ÷ 14
    expect(rate('satisfaction', cumulative)).toBe('80.0%'); // (2 + 2) ÷ 5
  });

  it('change with each setting, and only the rate it is about', () => {
    const other = (rates: Partial<RateSettings>, extra?: Partial<Settings>) => {
      const settings = withRates(rates, extra);
      return Object.fromEntries(
        (['onTheSpot', 'completion', 'onTime', 'followUp', 'satisfaction'] as const).map((k) => [
          k,
          rate(k, current, settings),
        ]),
      );
    };
    const base = other({});
    // 当场解决 and 当场答复: (1 + 1) ÷ 12.
    expect(other({ onTheSpot: '当场解决及当场答复' })).toEqual({ ...base, onTheSpot: '16.7%' });
    // Commitments only: I3 I4 I6 I12 finished of 7.
    expect(other({ completionBase: '交办事项' })).toEqual({ ...base, completion: '57.1%' });
    // With the overdue I5: 2 ÷ (4 + 1).
    expect(other({ onTimeBase: '已办结及逾期事项' })).toEqual({ ...base, onTime: '40.0%' });
    // Every finished issue: 3 ÷ 7.
    expect(other({ followUpBase: '全部已办结问题' })).toEqual({ ...base, followUp: '42.9%' });
    // Only 满意: 1 ÷ 4, whether set for the statistics or taken from the closing rule.
    expect(other({ satisfiedValues: ['满意'] })).toEqual({ ...base, satisfaction: '25.0%' });
    expect(other({}, { satisfiedValues: ['满意'] })).toEqual({ ...base, satisfaction: '25.0%' });
    // The statistics' own list wins over the closing rule's.
    expect(other({ satisfiedValues: ['满意', '基本满意'] }, { satisfiedValues: ['满意'] })).toEqual(
      base,
    );
  });

  it('show "—", never NaN, when there is nothing to divide by', () => {
    // February, 石门村 本期: M2's I8–I11; no visit, nothing finished with a deadline, no
    // finished commitment.
    const [shimen] = stats({ kind: 'month', year: 2024, month: 2 }).villages;
    const f = shimen?.current;
    if (!f) throw new Error('石门村 has no row');
    expect([rate('satisfaction', f), rate('followUp', f), rate('onTime', f)]).toEqual([
      '—',
      '—',
      '—',
    ]);
    expect(rate('completion', f)).toBe('25.0%'); // I10 (不予支持) of 4
    const empty = stats({ kind: 'year', year: 2022 }).township.current;
    expect(empty.meetings).toBe(0);
    expect(rate('onTheSpot', empty)).toBe('—');
  });

  it('round to one decimal', () => {
    expect(formatRate({ numerator: 1, denominator: 3 })).toBe('33.3%');
    expect(formatRate({ numerator: 2, denominator: 3 })).toBe('66.7%');
    expect(formatRate({ numerator: 1, denominator: 8 })).toBe('12.5%');
    expect(formatRate({ numerator: 0, denominator: 5 })).toBe('0.0%');
    expect(formatRate({ numerator: 7, denominator: 7 })).toBe('100.0%');
  });

  it('are worded for printing under the tables', () => {
    const words = (rates: Partial<RateSettings>, key: RateKey, satisfied = ['满意', '基本满意']) =>
      describeRate(key, withRates(rates).statistics, satisfied);
    expect(words({}, 'onTheSpot')).toBe('现场解决率 = 当场解决的问题数 ÷ 收集问题数');
    expect(words({ onTheSpot: '当场解决及当场答复' }, 'onTheSpot')).toBe(
      '现场解决率 = 当场解决及当场答复的问题数 ÷ 收集问题数',
    );
    expect(words({}, 'completion')).toBe('办结率 = 已办结问题数（含已回访、已销号）÷ 收集问题数');
    expect(words({ completionBase: '交办事项' }, 'completion')).toBe(
      '办结率 = 已办结的交办事项数 ÷ 交办事项数（交办、上报转办、矛盾调处）',
    );
    expect(words({}, 'onTime')).toBe(
      '按期办结率 = 在办结时限内办结的事项数 ÷ 有办结时限的已办结事项数',
    );
    expect(words({ onTimeBase: '已办结及逾期事项' }, 'onTime')).toBe(
      '按期办结率 = 在办结时限内办结的事项数 ÷（有办结时限的已办结事项数 + 逾期未办结事项数）',
    );
    expect(words({}, 'followUp')).toBe(
      '回访率 = 办结后已回访的交办事项数 ÷ 已办结的交办事项数（交办、上报转办、矛盾调处）',
    );
    expect(words({ followUpBase: '全部已办结问题' }, 'followUp')).toBe(
      '回访率 = 办结后已回访的问题数 ÷ 已办结问题数',
    );
    expect(words({}, 'satisfaction')).toBe('满意率 = 回访中答“满意”“基本满意”的人次 ÷ 回访人次');
    expect(words({}, 'satisfaction', ['满意'])).toBe('满意率 = 回访中答“满意”的人次 ÷ 回访人次');
  });
});

describe('rate definitions as 设置 offers them', () => {
  it('word each choice by its formula, and each rate names the setting that chooses it', () => {
    // 设置 shows each choice by what it counts, without the rate's name in front.
    const choice = (key: RateKey, rates: Partial<RateSettings>, satisfied = ['满意']) =>
      rateFormula(key, withRates(rates).statistics, satisfied);
    expect(choice('completion', { [rateSettingKeys.completion]: '交办事项' })).toBe(
      '已办结的交办事项数 ÷ 交办事项数（交办、上报转办、矛盾调处）',
    );
    expect(choice('onTheSpot', { [rateSettingKeys.onTheSpot]: '当场解决及当场答复' })).toBe(
      '当场解决及当场答复的问题数 ÷ 收集问题数',
    );
    expect(choice('onTime', { [rateSettingKeys.onTime]: '已办结及逾期事项' })).toBe(
      '在办结时限内办结的事项数 ÷（有办结时限的已办结事项数 + 逾期未办结事项数）',
    );
    expect(choice('followUp', { [rateSettingKeys.followUp]: '全部已办结问题' })).toBe(
      '办结后已回访的问题数 ÷ 已办结问题数',
    );
    expect(rateSettingKeys.satisfaction).toBe('satisfiedValues');
    expect(choice('satisfaction', {}, [])).toBe('0 ÷ 回访人次（未设定计为满意的回访结果）');
  });
});

describe('settingsSchema: the rate definitions', () => {
  it('reads settings stored before the statistics with the default definitions', () => {
    const { statistics, ...old } = defaultSettings;
    expect(statistics.satisfiedValues).toBeNull();
    expect(settingsSchema.parse(old).statistics).toEqual({
      onTheSpot: '当场解决',
      completionBase: '全部问题',
      onTimeBase: '已办结事项',
      followUpBase: '已办结交办事项',
      satisfiedValues: null,
    });
    expect(
      settingsSchema.parse({ ...old, statistics: { completionBase: '交办事项' } }).statistics
        .completionBase,
    ).toBe('交办事项');
  });

  it('refuses a definition it does not know', () => {
    expect(
      settingsSchema.safeParse({ ...defaultSettings, statistics: { onTheSpot: '全部' } }).success,
    ).toBe(false);
  });
});
