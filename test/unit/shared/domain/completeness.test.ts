import { describe, expect, it } from 'vitest';
import { missingCommitmentFacts, missingIssueFacts } from '../../../../shared/domain/completeness';
import type { Issue } from '../../../../shared/domain/schemas';

type Facts = Parameters<typeof missingIssueFacts>[0];

const complete: Facts = {
  description: '三组公路坑洼',
  category: '道路交通',
  nature: '求助',
  responseType: '交办',
  responseText: '一周内修补',
  target: '',
  unit: '石门镇交通站',
  owner: '王志强',
  deadline: '2026-12-04',
  forwardedTo: '',
};

function facts(patch: Partial<Issue>): Facts {
  return { ...complete, ...patch };
}

describe('missingCommitmentFacts', () => {
  it('finds nothing missing on a complete 交办', () => {
    expect(missingCommitmentFacts(complete)).toEqual([]);
  });

  it('names the promise, the person and the deadline when a 交办 has none of them', () => {
    const empty = facts({ responseText: ' ', unit: '', owner: '', deadline: '' });
    expect(missingCommitmentFacts(empty)).toEqual(['答复内容', '责任人', '办结时限']);
  });

  it('accepts the 办理目标 as the promise and a unit alone as responsible', () => {
    expect(missingCommitmentFacts(facts({ responseText: '', target: '修好', owner: '' }))).toEqual(
      [],
    );
  });

  it('asks a 上报转办 for the department it goes to', () => {
    expect(missingCommitmentFacts(facts({ responseType: '上报转办' }))).toEqual(['转办部门']);
    expect(
      missingCommitmentFacts(facts({ responseType: '上报转办', forwardedTo: '县交通运输局' })),
    ).toEqual([]);
  });

  it('asks nothing of a response that promises nothing', () => {
    for (const responseType of ['当场解决', '当场答复', '纳入规划', '不予支持', null] as const) {
      expect(
        missingCommitmentFacts(facts({ responseType, deadline: '', owner: '', unit: '' })),
      ).toEqual([]);
    }
  });
});

describe('missingIssueFacts', () => {
  it('lists what the issue lacks, then what its promise lacks', () => {
    const bare = facts({
      description: '',
      category: '',
      nature: '',
      deadline: '',
    });
    expect(missingIssueFacts(bare)).toEqual(['问题描述', '问题类别', '诉求性质', '办结时限']);
  });

  it('asks for a response when none was chosen', () => {
    expect(missingIssueFacts(facts({ responseType: null }))).toEqual(['处置方式']);
  });
});
