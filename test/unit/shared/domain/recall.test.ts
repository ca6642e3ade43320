// 上次承诺落实情况: the expected sentences are written out by hand, word for word.
import { describe, expect, it } from 'vitest';
import { recallCommitments, recallSummary } from '../../../../shared/domain/recall';
import { meetingBuilder } from '../../../fixtures/records';
import { recallInput as inputOf, recallVillage as village } from '../../../fixtures/recall-village';

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
      '2026年3月5日第3条：李德堃家自来水水压不足（镇水利站），回访不满意，已复号，正在重新办理，' +
        '办结时限2026年6月30日，已逾期。',
      '2026年6月10日第1条：申请修建文化广场，需要项目资金支持，群众希望尽快立项建设，方……，已纳入规划，长期跟踪。',
      '2026年6月10日第2条：河堤加固（县水利局），已上报转办，正在办理，办结时限2026年9月1日，已逾期。',
      '2026年6月10日第3条：低保复核（镇民政办，王芳），已办结，办理结果：已复核，符合条件，尚未回访。',
      '2026年6月10日第4条：张三明与邻居宅基地纠纷（镇司法所，赵敏），正在办理。',
    ]);
    expect(items.map((i) => i.group)).toEqual(['三组', '三组', '五组', '五组', '五组', '五组']);
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
      '2026-06-10#4',
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
