// The follow-up steps as a township office takes them (domain.md §2 "After"), one path at a time.
// Each expectation is what the handbook says should happen, not a copy of the code's tables.
import { describe, expect, it } from 'vitest';
import {
  availableSteps,
  blankStep,
  closingBlocker,
  planFollowUp,
  sortHistory,
} from '../../../../shared/domain/follow-up';
import type { FollowUpStep } from '../../../../shared/domain/follow-up';
import type { ClosingPolicy } from '../../../../shared/domain/lifecycle';
import type { Issue, ProgressEntry } from '../../../../shared/domain/schemas';
import { sampleIssue } from './sample-records';

const policy: ClosingPolicy = {
  closingRule: '办结并回访满意',
  satisfiedValues: ['满意', '基本满意'],
  satisfactionScale: ['满意', '基本满意', '不满意'],
};

type Taken = { issue: Issue; history: string[] };

function step(kind: FollowUpStep['kind'], patch: Partial<FollowUpStep> = {}): FollowUpStep {
  return { ...blankStep(kind, '2026-03-10'), by: '刘强', text: '已处理', ...patch };
}

/** Applies the steps in order; stops at the first refusal and says why. */
function take(start: Issue, steps: FollowUpStep[], rules = policy): Taken & { refused?: string } {
  let issue = start;
  const history: string[] = [];
  for (const s of steps) {
    const plan = planFollowUp(issue, s, rules);
    if (!plan.ok) return { issue, history, refused: plan.reason };
    issue = { ...issue, ...plan.issuePatch };
    history.push(`${plan.entry.kind}:${plan.entry.toStatus}`);
  }
  return { issue, history };
}

const assigned = () => sampleIssue(1, { responseType: '交办', status: '办理中' });

describe('交办: progress, 办结, 回访, 销号', () => {
  it('the ordinary path closes with a satisfied visit', () => {
    const run = take(assigned(), [
      step('进展', { method: '电话', text: '已联系施工队' }),
      step('进展', { method: '现场', text: '开工' }),
      step('办结', { text: '路面已硬化', date: '2026-03-11' }),
      step('回访', { satisfaction: '满意', method: '走访', text: '村民满意', date: '2026-03-12' }),
      step('销号', { date: '2026-03-12' }),
    ]);
    expect(run.refused).toBeUndefined();
    expect(run.history).toEqual(['进展:', '进展:', '办结:已办结', '回访:已回访', '销号:已销号']);
    expect(run.issue).toMatchObject({
      status: '已销号',
      result: '路面已硬化',
      completedOn: '2026-03-11',
      satisfaction: '满意',
      followUpOn: '2026-03-12',
      followUpMethod: '走访',
      feedback: '村民满意',
      closedOn: '2026-03-12',
    });
  });

  it('不满意 reopens with a reason, is handled again, and then closes', () => {
    const run = take(assigned(), [
      step('办结', { text: '补了坑' }),
      step('回访', { satisfaction: '不满意', text: '又坏了' }),
      step('复号', { text: '雨后路面再次开裂' }),
      step('进展', { text: '重新铺设' }),
      step('办结', { text: '整段重铺' }),
      step('回访', { satisfaction: '基本满意' }),
      step('销号'),
    ]);
    expect(run.refused).toBeUndefined();
    expect(run.history).toEqual([
      '办结:已办结',
      '回访:已回访',
      '复号:办理中',
      '进展:',
      '办结:已办结',
      '回访:已回访',
      '销号:已销号',
    ]);
    expect(run.issue.reopenCount).toBe(1);
    expect(run.issue.reopenReason).toBe('雨后路面再次开裂');
    expect(run.issue.result).toBe('整段重铺');
  });

  it('复号 clears the last round (result, visit, closing) so it is not read as current', () => {
    const closed = take(assigned(), [
      step('办结'),
      step('回访', { satisfaction: '满意' }),
      step('销号'),
      step('复号', { text: '群众再次反映' }),
    ]);
    expect(closed.issue).toMatchObject({
      status: '办理中',
      result: '',
      completedOn: '',
      satisfaction: '',
      followUpOn: '',
      closedOn: '',
      reopenCount: 1,
    });
  });
});

describe('forbidden steps, with the reason shown', () => {
  const cases: [string, FollowUpStep[], string][] = [
    ['销号 while still 办理中', [step('销号')], '“办理中”的问题不能直接改为“已销号”'],
    [
      '回访 before 办结',
      [step('回访', { satisfaction: '满意' })],
      '“办理中”的问题不能直接改为“已回访”',
    ],
    [
      '销号 straight after 办结',
      [step('办结'), step('销号')],
      '交办事项须先回访，群众满意后才能销号',
    ],
    [
      '销号 after an unsatisfied visit',
      [step('办结'), step('回访', { satisfaction: '不满意' }), step('销号')],
      '群众不满意不销号：请复号重新办理',
    ],
    ['复号 without a reason', [step('办结'), step('复号', { text: '  ' })], '复号须填写原因'],
    ['办结 without a result', [step('办结', { text: '' })], '请填写办理结果'],
    ['进展 without what was done', [step('进展', { text: '' })], '请填写办理情况'],
    ['进展 without who did it', [step('进展', { by: '' })], '请填写办理人'],
    [
      '回访 without who visited',
      [step('办结'), step('回访', { by: '', satisfaction: '满意' })],
      '请填写回访人',
    ],
    [
      '回访 with a value not on the scale',
      [step('办结'), step('回访', { satisfaction: '很好' })],
      '回访须选择满意度（满意、基本满意、不满意）',
    ],
    [
      '进展 on a finished item',
      [step('办结'), step('进展')],
      '“已办结”的问题不能再登记办理进展，如需继续办理请先复号',
    ],
    [
      '复号 of an open item',
      [step('复号', { text: '再办' })],
      '“办理中”的问题不能直接改为“办理中”',
    ],
    ['a date that is not a date', [step('进展', { date: '2026-02-30' })], '请填写正确的日期'],
    [
      '部门答复 on a 交办 item',
      [step('转办答复', { department: '县交通局' })],
      '只有上报转办的事项才登记部门答复',
    ],
    ['规划复核 of an item not planned', [step('规划复核')], '只有纳入规划的事项才需要定期复核'],
  ];

  it.each(cases)('%s', (_, steps, reason) => {
    const start = assigned();
    const run = take(start, steps);
    expect(run.refused).toBe(reason);
    // A refused step changes nothing: the issue is as the last allowed step left it.
    expect(run.history.length).toBe(steps.length - 1);
  });
});

describe('上报转办: tracked with the receiving department answer', () => {
  const forwarded = () =>
    sampleIssue(2, { responseType: '上报转办', status: '办理中', forwardedTo: '' });

  it('records the answer, names the receiver, then closes like any commitment', () => {
    const run = take(forwarded(), [
      step('转办答复', { department: '县水利局', text: '已列入今年维修计划' }),
      step('办结', { text: '水渠已修复' }),
      step('回访', { satisfaction: '满意' }),
      step('销号'),
    ]);
    expect(run.refused).toBeUndefined();
    expect(run.history[0]).toBe('转办答复:');
    expect(run.issue.forwardedTo).toBe('县水利局');
    expect(run.issue.status).toBe('已销号');
  });

  it('needs the department and its answer', () => {
    expect(take(forwarded(), [step('转办答复', { department: ' ' })]).refused).toBe(
      '请填写答复的部门',
    );
    expect(
      take(forwarded(), [step('转办答复', { department: '县水利局', text: '' })]).refused,
    ).toBe('请填写部门答复内容');
  });

  it('keeps a receiver already named at the meeting', () => {
    const named = { ...forwarded(), forwardedTo: '县交通局' };
    const run = take(named, [step('转办答复', { department: '县公路中心' })]);
    expect(run.issue.forwardedTo).toBe('县交通局');
  });
});

describe('纳入规划: reviewed periodically', () => {
  const planned = () =>
    sampleIssue(3, { responseType: '纳入规划', status: '纳入规划', deadline: '' });

  it('a review keeps the item planned, or starts it', () => {
    const kept = take(planned(), [step('规划复核', { nextReviewOn: '2026-06-10' })]);
    expect(kept.history).toEqual(['规划复核:']);
    expect(kept.issue.status).toBe('纳入规划');
    const started = take(planned(), [step('规划复核', { startWork: true }), step('进展')]);
    expect(started.history).toEqual(['规划复核:办理中', '进展:']);
  });

  it('refuses a next review date that is not later', () => {
    const run = take(planned(), [step('规划复核', { nextReviewOn: '2026-03-10' })]);
    expect(run.refused).toBe('下次复核日期应晚于本次复核日期');
  });

  it('a planned item may be finished directly', () => {
    expect(take(planned(), [step('办结', { text: '项目已建成' })]).issue.status).toBe('已办结');
  });
});

describe('the closing rule from 设置', () => {
  it('办结即可: a finished commitment closes without a visit', () => {
    const lenient = { ...policy, closingRule: '办结即可' as const };
    const run = take(assigned(), [step('办结'), step('销号')], lenient);
    expect(run.refused).toBeUndefined();
    expect(run.issue.status).toBe('已销号');
  });

  it('群众不满意不销号: a 当场解决 issue reopened after an unsatisfied visit closes only after a new one', () => {
    const lamp = sampleIssue(1, { responseType: '当场解决', status: '已办结' });
    const redone = take(lamp, [
      step('回访', { satisfaction: '不满意', text: '路灯还是不亮' }),
      step('复号', { text: '路灯仍不亮' }),
      step('办结', { text: '换了灯头' }),
    ]);
    expect(redone.refused).toBeUndefined();
    expect(take(redone.issue, [step('销号')]).refused).toBe(
      '复号后重新办结的事项须再次回访，群众满意后才能销号',
    );
    const closed = take(redone.issue, [step('回访', { satisfaction: '满意' }), step('销号')]);
    expect(closed.refused).toBeUndefined();
    expect(closed.issue.status).toBe('已销号');
    // Never reopened, it still closes straight from 已办结 (settled at the meeting).
    expect(take(lamp, [step('销号')]).issue.status).toBe('已销号');
  });

  it('closingBlocker says why, or nothing when closing is allowed', () => {
    const done = take(assigned(), [step('办结')]).issue;
    expect(closingBlocker(done, policy)).toBe('交办事项须先回访，群众满意后才能销号');
    const visited = take(assigned(), [step('办结'), step('回访', { satisfaction: '满意' })]).issue;
    expect(closingBlocker(visited, policy)).toBeNull();
  });
});

describe('the history entry', () => {
  it('keeps each kind only with its own fields and the cleaned text', () => {
    const plan = planFollowUp(
      assigned(),
      step('进展', { text: ' 上门\u0007核实 ', satisfaction: '满意', department: '县交通局' }),
      policy,
    );
    expect(plan.ok && plan.entry).toMatchObject({
      kind: '进展',
      text: '上门核实',
      satisfaction: '',
      department: '',
      toStatus: '',
    });
  });

  it('sorts by date, then by the time it was recorded', () => {
    const e = (date: string, createdAt: string) => ({ date, createdAt }) as ProgressEntry;
    const sorted = sortHistory([
      e('2026-03-02', '2026-03-02T09:00:00.000Z'),
      e('2026-03-01', '2026-03-05T09:00:00.000Z'),
      e('2026-03-02', '2026-03-02T08:00:00.000Z'),
    ]);
    expect(sorted.map((x) => x.createdAt)).toEqual([
      '2026-03-05T09:00:00.000Z',
      '2026-03-02T08:00:00.000Z',
      '2026-03-02T09:00:00.000Z',
    ]);
  });
});

describe('availableSteps: what the follow-up page offers', () => {
  // What a township office does next in each state (domain.md §2), written out by hand.
  it.each([
    ['办理中', '交办', ['进展', '办结']],
    ['办理中', '上报转办', ['进展', '转办答复', '办结']],
    ['已办结', '交办', ['回访', '销号', '复号']],
    ['已回访', '交办', ['销号', '复号']],
    ['已销号', '交办', ['复号']],
    ['纳入规划', '纳入规划', ['规划复核', '进展', '办结']],
    ['登记', null, []],
  ] as const)('%s (%s) → %j', (status, responseType, expected) => {
    expect(availableSteps({ status, responseType })).toEqual(expected);
  });
});
