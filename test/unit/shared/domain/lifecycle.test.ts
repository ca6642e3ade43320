import { describe, expect, it } from 'vitest';
import {
  checkTransition,
  isCommitment,
  responseChange,
  statusForResponse,
  wasSettledOnTheSpot,
} from '../../../../shared/domain/lifecycle';
import type { ClosingPolicy, TransitionSubject } from '../../../../shared/domain/lifecycle';
import {
  commitmentResponseTypes,
  issueStatuses,
  responseTypes,
} from '../../../../shared/domain/vocabulary';
import type { IssueStatus, ResponseType } from '../../../../shared/domain/vocabulary';

type Lifecycle = TransitionSubject;
const policy: ClosingPolicy = {
  closingRule: '办结并回访满意',
  satisfiedValues: ['满意', '基本满意'],
  satisfactionScale: ['满意', '基本满意', '不满意'],
};

function issue(patch: Partial<Lifecycle> = {}): Lifecycle {
  return {
    status: '办理中',
    responseType: '交办',
    satisfaction: '',
    reopenReason: '',
    reopenCount: 0,
    result: '',
    ...patch,
  };
}

describe('statusForResponse', () => {
  const expected: Record<ResponseType, IssueStatus> = {
    当场解决: '已办结',
    当场答复: '已办结',
    交办: '办理中',
    上报转办: '办理中',
    纳入规划: '纳入规划',
    矛盾调处: '办理中',
    不予支持: '已办结',
  };

  it('covers every response type of the vocabulary', () => {
    expect(Object.keys(expected).sort()).toEqual([...responseTypes].sort());
  });

  it.each(responseTypes.map((r) => [r, expected[r]]))('%s → %s', (response, status) => {
    expect(statusForResponse(response)).toBe(status);
  });

  it('no response yet → 登记', () => {
    expect(statusForResponse(null)).toBe('登记');
  });

  it('every commitment is handled (办理中), never finished on the spot', () => {
    for (const r of commitmentResponseTypes) {
      expect(statusForResponse(r)).toBe('办理中');
      expect(isCommitment({ responseType: r })).toBe(true);
      expect(wasSettledOnTheSpot({ responseType: r })).toBe(false);
    }
  });
});

describe('isCommitment / wasSettledOnTheSpot', () => {
  it('classifies the on-the-spot responses', () => {
    for (const r of ['当场解决', '当场答复', '不予支持'] as const) {
      expect(wasSettledOnTheSpot({ responseType: r })).toBe(true);
      expect(isCommitment({ responseType: r })).toBe(false);
    }
  });

  it('纳入规划 and no response are neither', () => {
    for (const r of ['纳入规划', null] as const) {
      expect(wasSettledOnTheSpot({ responseType: r })).toBe(false);
      expect(isCommitment({ responseType: r })).toBe(false);
    }
  });
});

describe('checkTransition: the paths of domain.md §2', () => {
  // The handbook's lifecycle drawing, path by path, as the statuses an issue passes through
  // (with every precondition met: settled on the spot, satisfied, reason given).
  const handbookPaths: { says: string; path: IssueStatus[] }[] = [
    { says: '登记 ─ 当场解决 / 当场答复 ─► 销号', path: ['登记', '已办结', '已销号'] },
    {
      says: '交办 → 办理中 → 已办结 → 已回访(满意度) → 销号',
      path: ['登记', '办理中', '已办结', '已回访', '已销号'],
    },
    { says: '已回访 └─ 不满意 → 复号 → 办理中', path: ['已回访', '办理中'] },
    {
      says: '上报/转办 → 跟踪 → 已办结 → 回访 → 销号',
      path: ['登记', '办理中', '已办结', '已回访', '已销号'],
    },
    { says: '纳入规划 (long term, reviewed periodically)', path: ['登记', '纳入规划'] },
  ];
  // Where the handbook is silent, the app allows these, each for a reason a facilitator gave.
  const decidedBeyondTheHandbook: { says: string; from: IssueStatus; to: IssueStatus }[] = [
    { says: '纳入规划 once funded becomes work in hand', from: '纳入规划', to: '办理中' },
    { says: '纳入规划 done when its project is finished', from: '纳入规划', to: '已办结' },
    { says: 'work in hand found to need a project is planned', from: '办理中', to: '纳入规划' },
    { says: '复号 when a finished item turns out not done', from: '已办结', to: '办理中' },
    { says: '复号 of a closed item that failed again', from: '已销号', to: '办理中' },
  ];
  const steps = [
    ...handbookPaths.flatMap(({ says, path }) =>
      path.slice(1).map((to, i) => ({ says, from: path[i]!, to })),
    ),
    ...decidedBeyondTheHandbook,
  ];
  const onTheSpotAndHappy = (status: IssueStatus) =>
    issue({
      status,
      responseType: '当场答复',
      satisfaction: '满意',
      reopenReason: '返工',
      result: '已修复',
    });

  it.each(steps)('allows $from → $to ($says)', ({ from, to }) => {
    expect(checkTransition(onTheSpotAndHappy(from), to, policy)).toEqual({ allowed: true });
  });

  const allowed = new Set(steps.map(({ from, to }) => `${from}→${to}`));
  const others = issueStatuses
    .flatMap((from) => issueStatuses.map((to) => ({ from, to })))
    .filter(({ from, to }) => !allowed.has(`${from}→${to}`));

  it('refuses every other move, naming both statuses', () => {
    expect(others.length).toBeGreaterThan(0);
    for (const { from, to } of others) {
      const result = checkTransition(onTheSpotAndHappy(from), to, policy);
      expect(result, `${from} → ${to}`).toEqual({
        allowed: false,
        reason: `“${from}”的问题不能直接改为“${to}”`,
      });
    }
  });

  it('knows no status for overdue: it is computed from the deadline', () => {
    expect(issueStatuses.some((s) => /超期|逾期/.test(s))).toBe(false);
  });

  it('never allows staying in the same status or jumping back to 登记', () => {
    for (const s of issueStatuses) {
      expect(checkTransition(issue({ status: s }), s, policy).allowed).toBe(false);
      expect(checkTransition(issue({ status: s }), '登记', policy).allowed).toBe(false);
    }
  });
});

describe('checkTransition: 问题不解决不销号、群众不满意不销号', () => {
  it('an open issue cannot be closed, nor visited before it is done', () => {
    expect(checkTransition(issue({ status: '办理中' }), '已销号', policy).allowed).toBe(false);
    const visit = checkTransition(
      issue({ status: '办理中', satisfaction: '满意' }),
      '已回访',
      policy,
    );
    expect(visit.allowed).toBe(false);
  });

  it.each([
    ['交办', '交办事项须先回访，群众满意后才能销号'],
    ['上报转办', '上报转办事项须先回访，群众满意后才能销号'],
    ['矛盾调处', '矛盾调处事项须先回访，群众满意后才能销号'],
    ['纳入规划', '纳入规划事项须先回访，群众满意后才能销号'],
    [null, '本事项须先回访，群众满意后才能销号'],
  ] as const)(
    'a finished %s item needs a follow-up visit before closing, and says what it is',
    (responseType, reason) => {
      const result = checkTransition(issue({ status: '已办结', responseType }), '已销号', policy);
      expect(result).toEqual({ allowed: false, reason });
    },
  );

  it.each(['当场解决', '当场答复', '不予支持'] as const)(
    'an issue settled on the spot (%s) may be closed straight from 已办结',
    (responseType) => {
      const result = checkTransition(issue({ status: '已办结', responseType }), '已销号', policy);
      expect(result).toEqual({ allowed: true });
    },
  );

  it.each(['当场解决', '当场答复', '不予支持'] as const)(
    'an issue settled on the spot (%s) but reopened (复号) needs a new satisfied visit',
    (responseType) => {
      // 回访 不满意 → 复号 → 办结 again: 群众不满意不销号 until a visit says otherwise.
      const redone = issue({ status: '已办结', responseType, reopenCount: 1, result: '换了灯头' });
      expect(checkTransition(redone, '已销号', policy)).toEqual({
        allowed: false,
        reason: '复号后重新办结的事项须再次回访，群众满意后才能销号',
      });
      const revisited = { ...redone, status: '已回访' as const, satisfaction: '满意' };
      expect(checkTransition(revisited, '已销号', policy)).toEqual({ allowed: true });
    },
  );

  it.each(['满意', '基本满意'])('closes after a visit answered %s', (satisfaction) => {
    expect(checkTransition(issue({ status: '已回访', satisfaction }), '已销号', policy)).toEqual({
      allowed: true,
    });
  });

  it.each(['不满意', '', '满意 '])('refuses to close after a visit answered %j', (satisfaction) => {
    expect(checkTransition(issue({ status: '已回访', satisfaction }), '已销号', policy)).toEqual({
      allowed: false,
      reason: '群众不满意不销号：请复号重新办理',
    });
  });

  it('follows the configured satisfied values (基本满意 not counted)', () => {
    const visited = issue({ status: '已回访', satisfaction: '基本满意' });
    expect(
      checkTransition(visited, '已销号', { ...policy, satisfiedValues: ['满意'] }).allowed,
    ).toBe(false);
    expect(checkTransition(visited, '已销号', { ...policy, satisfiedValues: [] }).allowed).toBe(
      false,
    );
  });

  it('a satisfied answer still needs the visit first for a commitment', () => {
    const done = issue({ status: '已办结', responseType: '交办', satisfaction: '满意' });
    expect(checkTransition(done, '已销号', policy).allowed).toBe(false);
  });

  it('under the rule 办结即可 a finished commitment closes without a visit', () => {
    const lenient = { ...policy, closingRule: '办结即可' as const };
    expect(checkTransition(issue({ status: '已办结' }), '已销号', lenient)).toEqual({
      allowed: true,
    });
    // …but a visit answered unsatisfied still never closes.
    const unhappy = issue({ status: '已回访', satisfaction: '不满意' });
    expect(checkTransition(unhappy, '已销号', lenient).allowed).toBe(false);
  });

  it('a 回访 takes a value from the configured scale', () => {
    const scale = { ...policy, satisfactionScale: ['非常满意', '满意', '不满意'] };
    const done = (satisfaction: string) => issue({ status: '已办结', satisfaction });
    expect(checkTransition(done('非常满意'), '已回访', scale)).toEqual({ allowed: true });
    expect(checkTransition(done('基本满意'), '已回访', scale)).toEqual({
      allowed: false,
      reason: '回访须选择满意度（非常满意、满意、不满意）',
    });
    expect(checkTransition(done(''), '已回访', policy).allowed).toBe(false);
  });

  it('办结 of a handled item needs its result', () => {
    for (const status of ['办理中', '纳入规划'] as const) {
      expect(checkTransition(issue({ status, result: ' ' }), '已办结', policy)).toEqual({
        allowed: false,
        reason: '办结须填写办理结果',
      });
    }
    // Settled on the spot (capture moves 登记 → 已办结): the answer is the response itself.
    expect(checkTransition(issue({ status: '登记' }), '已办结', policy)).toEqual({ allowed: true });
  });
});

describe('checkTransition: 复号 needs a reason', () => {
  it.each(['已办结', '已回访', '已销号'] as const)('reopening from %s without reason', (status) => {
    for (const reopenReason of ['', '   ', '\n\t']) {
      expect(checkTransition(issue({ status, reopenReason }), '办理中', policy)).toEqual({
        allowed: false,
        reason: '复号须填写原因',
      });
    }
  });

  it.each(['已办结', '已回访', '已销号'] as const)('reopening from %s with a reason', (status) => {
    const reopen = issue({ status, satisfaction: '不满意', reopenReason: '路面又开裂' });
    expect(checkTransition(reopen, '办理中', policy)).toEqual({ allowed: true });
  });

  it('starting work from 登记 or 纳入规划 is not a reopen and needs no reason', () => {
    for (const status of ['登记', '纳入规划'] as const) {
      expect(checkTransition(issue({ status }), '办理中', policy)).toEqual({ allowed: true });
    }
  });
});

describe('responseChange', () => {
  const deadline = '2026-03-12';

  it('a new issue follows its response: 交办 → 办理中 with the default deadline', () => {
    const patch = responseChange(
      { responseType: null, status: '登记', deadline: '' },
      '交办',
      deadline,
    );
    expect(patch).toEqual({ responseType: '交办', status: '办理中', deadline });
  });

  it.each(responseTypes.map((r) => [r]))('from 登记, %s sets the matching status', (r) => {
    const patch = responseChange({ responseType: null, status: '登记', deadline: '' }, r, deadline);
    expect(patch.responseType).toBe(r);
    expect(patch.status).toBe(statusForResponse(r));
    // Only 交办 takes the township's own default; a date for a county bureau (上报转办) or a
    // dispute (矛盾调处) is never invented.
    expect(patch.deadline).toBe(r === '交办' ? deadline : undefined);
  });

  it('keeps a deadline already typed', () => {
    const patch = responseChange(
      { responseType: null, status: '登记', deadline: '2026-04-01' },
      '上报转办',
      deadline,
    );
    expect(patch).toEqual({ responseType: '上报转办', status: '办理中' });
  });

  it('switching from a commitment to 当场解决 finishes the issue and drops its deadline', () => {
    const patch = responseChange(
      { responseType: '交办', status: '办理中', deadline },
      '当场解决',
      deadline,
    );
    expect(patch).toEqual({ responseType: '当场解决', status: '已办结', deadline: '' });
  });

  it.each([['纳入规划'], ['当场答复'], ['不予支持'], [null]] as const)(
    'a deadline left from 交办 is cleared on switching to %s (no 办结时限 shown)',
    (r) => {
      const patch = responseChange(
        { responseType: '交办', status: '办理中', deadline },
        r,
        deadline,
      );
      expect(patch.deadline).toBe('');
    },
  );

  it.each([['上报转办'], ['矛盾调处']] as const)(
    'a commitment keeps its deadline when switched to %s',
    (r) => {
      const patch = responseChange(
        { responseType: '交办', status: '办理中', deadline },
        r,
        deadline,
      );
      expect(patch).toEqual({ responseType: r, status: '办理中' });
    },
  );

  it('clearing the response sends the issue back to 登记', () => {
    const patch = responseChange(
      { responseType: '当场答复', status: '已办结', deadline: '' },
      null,
      deadline,
    );
    expect(patch).toEqual({ responseType: null, status: '登记' });
  });

  it('leaves the status alone once the issue has moved on by itself', () => {
    for (const status of ['已办结', '已回访', '已销号'] as const) {
      const patch = responseChange(
        { responseType: '交办', status, deadline },
        '当场答复',
        deadline,
      );
      // The status stays; the 办结时限 of what is no longer a commitment goes.
      expect(patch).toEqual({ responseType: '当场答复', deadline: '' });
      expect('status' in patch).toBe(false);
    }
  });
});
