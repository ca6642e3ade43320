// A small hand-made township for the 台账 tests: three meetings, six issues (one deleted). Every
// expectation in the tests is worked out from the table below, never from the code.
import type { MeetingBundle } from '../../shared/domain/bundle';
import type { Issue, Meeting } from '../../shared/domain/schemas';
import { sampleIssue, sampleMeeting } from '../unit/shared/domain/sample-records';

export const today = '2026-03-10';

function meeting(village: string, group: string, date: string): Meeting {
  return { ...sampleMeeting(), id: crypto.randomUUID(), village, group, date };
}

function issue(m: Meeting, seq: number, extra: Partial<Issue>): Issue {
  return sampleIssue(seq, { meetingId: m.id, ...extra });
}

const a = meeting('石门村', '三组', '2026-03-05');
const b = meeting('石门村', '五组', '2026-02-20');
const c = meeting('枫树村', '一组', '2026-03-08');

//  name  meeting          反映人  描述                     单位      责任人  时限        状态
//  A1    石门村三组 03-05  李德明  村道泥泞希望硬化          镇交通站  刘强    03-09 逾期   办理中
//  A2    石门村三组        王秀英  自来水压力不足            镇水利站  陈洁    03-12 (2天)  办理中
//  A3    石门村三组        张三    低保政策咨询              —         —       —            已办结
//  B1    石门村五组 02-20  刘强    灌溉渠堵塞                镇水利站  陈洁    03-13 (3天)  办理中
//  C1    枫树村一组 03-08  赵六    路灯损坏，Wi-Fi 信号差    镇交通站  刘强    03-10 (今天) 办理中
//  C2    deleted                                          镇交通站  刘强
export const bundles: MeetingBundle[] = [
  {
    meeting: a,
    attendance: [],
    progress: [],
    issues: [
      issue(a, 1, {
        raisedBy: '李德明',
        description: '村道泥泞希望硬化',
        category: '道路交通',
        unit: '镇交通站',
        owner: '刘强',
        deadline: '2026-03-09',
      }),
      issue(a, 2, {
        raisedBy: '王秀英',
        description: '自来水压力不足',
        category: '饮水安全',
        unit: '镇水利站',
        owner: '陈洁',
        deadline: '2026-03-12',
      }),
      issue(a, 3, {
        raisedBy: '张三',
        description: '低保政策咨询',
        category: '社会保障',
        unit: '',
        owner: '',
        deadline: '',
        responseType: '当场答复',
        responseText: '按政策解释清楚',
        status: '已办结',
      }),
    ],
  },
  {
    meeting: b,
    attendance: [],
    progress: [],
    issues: [
      issue(b, 1, {
        raisedBy: '刘强',
        description: '灌溉渠堵塞',
        category: '农田水利',
        unit: '镇水利站',
        owner: '陈洁',
        deadline: '2026-03-13',
      }),
    ],
  },
  {
    meeting: c,
    attendance: [],
    progress: [],
    issues: [
      issue(c, 1, {
        raisedBy: '赵六',
        description: '路灯损坏，Wi-Fi 信号差',
        category: '电力通讯',
        unit: '镇交通站',
        owner: '刘强',
        deadline: '2026-03-10',
      }),
      issue(c, 2, {
        raisedBy: '钱七',
        description: '已删除的诉求',
        unit: '镇交通站',
        owner: '刘强',
        deletedAt: '2026-03-09T00:00:00.000Z',
      }),
    ],
  },
];

export const names: Record<string, string> = {
  村道泥泞希望硬化: 'A1',
  自来水压力不足: 'A2',
  低保政策咨询: 'A3',
  灌溉渠堵塞: 'B1',
  '路灯损坏，Wi-Fi 信号差': 'C1',
  已删除的诉求: 'C2',
};
