// 上次承诺落实情况: the expected sentences are written out by hand, word for word.
import { describe, expect, it } from 'vitest';
import type { MeetingBundle } from '../../../../shared/domain/bundle';
import { recallCommitments, recallSummary } from '../../../../shared/domain/recall';
import { meetingBuilder } from '../../../fixtures/records';

function inputOf(...bundles: MeetingBundle[]) {
  return {
    meetings: bundles.map((b) => b.meeting),
    issues: bundles.flatMap((b) => b.issues),
    progress: bundles.flatMap((b) => b.progress),
  };
}

/** Two earlier meetings in 石门村 (March and June), one in another village, the new one in
 * September, and one held after it. */
function village() {
  const march = meetingBuilder(1, '2026-03-05', { village: '石门村', group: '三组' });
  const closed = march.issue({
    description: '村口到三组的路面坑洼，雨天无法通行。',
    responseType: '交办',
    unit: '镇交通站',
    owner: '刘建国',
    deadline: '2026-03-12',
    status: '已销号',
    result: '已铺设水泥路面120米。',
    completedOn: '2026-06-25',
    satisfaction: '满意',
    followUpOn: '2026-06-28',
    closedOn: '2026-07-01',
  });
  march.progress(closed, { kind: '回访', date: '2026-06-28', satisfaction: '满意' });
  march.issue({ description: '咨询医保缴费时间', responseType: '当场答复', status: '已办结' });
  const reopened = march.issue({
    description: '自来水水压不足',
    responseType: '交办',
    unit: '镇水利站',
    owner: '',
    deadline: '2026-06-30',
    status: '办理中',
    reopenCount: 1,
    reopenReason: '水压仍不足',
  });
  march.progress(reopened, { kind: '回访', date: '2026-04-02', satisfaction: '基本满意' });
  march.progress(reopened, { kind: '回访', date: '2026-04-20', satisfaction: '不满意' });
  march.issue({ description: '删掉的诉求', responseType: '交办', status: '办理中' }).deletedAt =
    '2026-03-06T08:00:00.000Z';

  const june = meetingBuilder(2, '2026-06-10', { village: '石门村', group: '五组' });
  june.issue({
    description: '申请修建文化广场，需要项目资金支持，群众希望尽快立项建设，方便老人小孩活动。',
    responseType: '纳入规划',
    status: '纳入规划',
  });
  june.issue({
    description: '河堤加固',
    responseType: '上报转办',
    forwardedTo: '县水利局',
    deadline: '2026-09-01',
    status: '办理中',
  });
  june.issue({
    description: '低保复核',
    responseType: '交办',
    unit: '镇民政办',
    owner: '王芳',
    status: '已办结',
    result: '已复核，符合条件。',
  });

  const elsewhere = meetingBuilder(3, '2026-04-01', { village: '白沙村' });
  elsewhere.issue({ description: '别村的路', responseType: '交办', status: '办理中' });

  const current = meetingBuilder(4, '2026-09-08', { village: ' 石门村 ', group: '一组' });
  current.issue({ description: '本次会议的诉求', responseType: '交办', status: '办理中' });

  const later = meetingBuilder(5, '2026-10-01', { village: '石门村' });
  later.issue({ description: '以后的诉求', responseType: '交办', status: '办理中' });

  return { march, june, elsewhere, current, later };
}

describe('recallCommitments', () => {
  it('reads every earlier commitment of the village, oldest meeting first, by number', () => {
    const v = village();
    const items = recallCommitments(
      v.current.bundle.meeting,
      inputOf(v.march.bundle, v.june.bundle, v.elsewhere.bundle, v.current.bundle, v.later.bundle),
    );
    expect(items.map((i) => i.sentence)).toEqual([
      '2026年3月5日第1条：村口到三组的路面坑洼，雨天无法通行（镇交通站，刘建国），' +
        '已办结，办理结果：已铺设水泥路面120米，回访满意，已销号。',
      '2026年3月5日第3条：自来水水压不足（镇水利站），回访不满意，已复号，正在重新办理，' +
        '办结时限2026年6月30日，已逾期。',
      '2026年6月10日第1条：申请修建文化广场，需要项目资金支持，群众希望尽快立项建设，方……，已纳入规划，长期跟踪。',
      '2026年6月10日第2条：河堤加固（县水利局），已上报转办，正在办理，办结时限2026年9月1日，已逾期。',
      '2026年6月10日第3条：低保复核（镇民政办，王芳），已办结，办理结果：已复核，符合条件，尚未回访。',
    ]);
    expect(items.map((i) => i.group)).toEqual(['三组', '三组', '五组', '五组', '五组']);
    expect(items[1]?.visit).toEqual({ date: '2026-04-20', satisfaction: '不满意' });
  });

  it('leaves out what an earlier meeting already reported as closed', () => {
    const v = village();
    const items = recallCommitments(
      v.later.bundle.meeting,
      inputOf(v.march.bundle, v.june.bundle, v.current.bundle),
    );
    // Closed on 1 July, before the September meeting: read out there, not again in October.
    expect(items.map((i) => `${i.meetingDate}#${i.seq}`)).toEqual([
      '2026-03-05#3',
      '2026-06-10#1',
      '2026-06-10#2',
      '2026-06-10#3',
      '2026-09-08#1',
    ]);
  });

  it('has nothing to read for a first meeting, a meeting without 村, or a deleted earlier one', () => {
    const v = village();
    expect(recallCommitments(v.march.bundle.meeting, inputOf(v.march.bundle))).toEqual([]);
    const noVillage = { ...v.current.bundle.meeting, village: '' };
    expect(recallCommitments(noVillage, inputOf(v.march.bundle))).toEqual([]);
    const deleted = { ...v.march.bundle.meeting, deletedAt: '2026-05-01T00:00:00.000Z' };
    expect(
      recallCommitments(v.current.bundle.meeting, {
        ...inputOf(v.march.bundle),
        meetings: [deleted],
      }),
    ).toEqual([]);
  });

  it('orders meetings of the same day by start time', () => {
    const morning = meetingBuilder(6, '2026-05-01', { village: '石门村', startTime: '09:00' });
    morning.issue({ description: '上午', responseType: '交办', status: '办理中' });
    const evening = meetingBuilder(7, '2026-05-01', { village: '石门村', startTime: '19:30' });
    evening.issue({ description: '晚上', responseType: '交办', status: '办理中' });
    const items = recallCommitments(
      evening.bundle.meeting,
      inputOf(evening.bundle, morning.bundle),
    );
    expect(items.map((i) => i.summary)).toEqual(['上午']);
  });
});

describe('recallSummary', () => {
  it('keeps a short description whole on one line and cuts a long one at 30 characters', () => {
    expect(recallSummary('路灯坏了\n三盏')).toBe('路灯坏了 三盏');
    expect(recallSummary('一二三四五六七八九十'.repeat(4))).toBe(
      `${'一二三四五六七八九十'.repeat(3)}……`,
    );
    expect(recallSummary('  ')).toBe('（未记录问题描述）');
  });
});
