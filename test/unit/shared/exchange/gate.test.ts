// The lifecycle gate on import, through the import's own planner (planFiles): which issues a
// file may bring in or change, what is refused with them, and the message that names the file,
// the issue and the rule. Expectations are worked out by hand from the handbook's rules.
import { describe, expect, it } from 'vitest';
import type { ClosingPolicy } from '../../../../shared/domain/lifecycle';
import type { Issue, ProgressEntry } from '../../../../shared/domain/schemas';
import type { IssueStatus } from '../../../../shared/domain/vocabulary';
import {
  emptyRecords,
  type ExchangeFile,
  type ExchangeRecord,
  type ExchangeRecords,
  type RecordTable,
} from '../../../../shared/exchange/format';
import { describeRefusal } from '../../../../shared/exchange/gate';
import {
  countDecisions,
  issueRefusals,
  planFiles,
  type PlannedRecord,
} from '../../../../shared/exchange/merge';
import { sampleIssue, sampleMeeting, sampleProgress } from '../domain/sample-records';

const policy: ClosingPolicy = {
  closingRule: '办结并回访满意',
  satisfiedValues: ['满意', '基本满意'],
  satisfactionScale: ['满意', '基本满意', '不满意'],
};

function fileWith(records: Partial<ExchangeRecords>): ExchangeFile {
  return {
    format: 'wuchanghui-exchange',
    version: 1,
    kind: 'exchange',
    exportedAt: '2026-03-20T08:00:00.000Z',
    appVersion: '0.1.0',
    source: { deviceId: 'laptop-2', label: '' },
    records: { ...emptyRecords(), meetings: [sampleMeeting()], ...records },
    checksum: { algorithm: 'SHA-256', value: '0'.repeat(64) },
  };
}

/** What this computer holds, as the import's lookup. */
function stored(...records: [RecordTable, ExchangeRecord][]) {
  const map = new Map(records.map(([t, r]) => [`${t}:${r.id}`, r]));
  return (table: RecordTable, id: string) => map.get(`${table}:${id}`);
}
const nothingStored = stored();

let recorded = 0;
function step(
  issue: Issue,
  kind: ProgressEntry['kind'],
  toStatus: ProgressEntry['toStatus'],
  patch: Partial<ProgressEntry> = {},
): ProgressEntry {
  recorded += 1;
  const at = new Date(Date.UTC(2026, 2, 10, 8, recorded)).toISOString();
  return sampleProgress({
    issueId: issue.id,
    kind,
    toStatus,
    text: '已处理',
    createdAt: at,
    updatedAt: at,
    deviceId: 'laptop-2',
    clock: { 'laptop-2': 1 },
    ...patch,
  });
}
const finish = (i: Issue) => step(i, '办结', '已办结', { text: '已修好' });
const visit = (i: Issue, satisfaction = '满意') =>
  step(i, '回访', '已回访', { satisfaction, by: '王建国' });
const close = (i: Issue) => step(i, '销号', '已销号', { text: '' });

const issue = (seq: number, description: string, status: IssueStatus, extra: Partial<Issue> = {}) =>
  sampleIssue(seq, {
    description,
    status,
    clock: { 'laptop-1': 1 },
    deviceId: 'laptop-1',
    ...extra,
  });

/** The same issue as another laptop has it after more edits of its own. */
const laterCopy = (i: Issue, patch: Partial<Issue>): Issue => ({
  ...i,
  ...patch,
  rev: 2,
  clock: { 'laptop-1': 1, 'laptop-2': 1 },
  deviceId: 'laptop-2',
});

const decisionOf = (planned: PlannedRecord[] | undefined, id: string) =>
  planned?.find((p) => p.incoming.id === id)?.decision;

describe('a new file: each issue is judged on its own', () => {
  const road = issue(1, '村道塌方', '已销号');
  const lamp = issue(2, '路灯不亮', '已销号');
  const canal = issue(3, '水渠堵塞', '办理中');
  const roadSteps = [finish(road), visit(road), close(road)];
  const lampSteps = [finish(lamp), close(lamp)];
  const canalSteps = [step(canal, '进展', '', { text: '已派人清淤' })];
  const mixed = fileWith({
    issues: [road, lamp, canal],
    progress: [...roadSteps, ...lampSteps, ...canalSteps],
  });

  it('takes the issues whose status their history allows, refuses the 销号 without a 回访', () => {
    const [planned] = planFiles([mixed], nothingStored, policy);
    expect(decisionOf(planned, road.id)).toBe('new');
    expect(decisionOf(planned, canal.id)).toBe('new');
    expect(decisionOf(planned, lamp.id)).toBe('refused');
    for (const s of lampSteps) expect(decisionOf(planned, s.id)).toBe('refused');
    for (const s of [...roadSteps, ...canalSteps]) expect(decisionOf(planned, s.id)).toBe('new');
    // meeting, 2 issues, 4 entries new; the refused issue and its 2 entries written nowhere.
    expect(countDecisions(planned ?? [])).toEqual({
      new: 7,
      updated: 0,
      unchanged: 0,
      conflict: 0,
      refused: 3,
    });
    expect(planned?.filter((p) => p.decision === 'refused' && p.write)).toEqual([]);
  });

  it('names the file, the issue and the rule', () => {
    const [planned] = planFiles([mixed], nothingStored, policy);
    const refusals = issueRefusals(planned ?? []);
    expect(refusals).toEqual([
      {
        issueId: lamp.id,
        issue: '石门村 2026年3月5日屋场会 第2条“路灯不亮”',
        status: '已销号',
        kept: null,
        reason: '交办事项须先回访，群众满意后才能销号',
        entries: 2,
        photos: 0,
      },
    ]);
    expect(describeRefusal('石门村.json', refusals[0]!)).toBe(
      '“石门村.json”中的石门村 2026年3月5日屋场会 第2条“路灯不亮”未导入：' +
        '文件中的办理状态“已销号”不符合办理规则（交办事项须先回访，群众满意后才能销号）。' +
        '本机没有新增这条诉求。它在文件中的 2 条办理记录也未导入。',
    );
  });

  it('under the rule 办结即可 the same file passes whole', () => {
    const lenient: ClosingPolicy = { ...policy, closingRule: '办结即可' };
    const [planned] = planFiles([mixed], nothingStored, lenient);
    expect(countDecisions(planned ?? [])).toMatchObject({ new: 10, refused: 0 });
  });
});

describe('a stored 交办 issue, 办理中 here, and a later copy from another laptop', () => {
  const here = issue(1, '村道塌方', '办理中');

  const forbidden: [IssueStatus, (i: Issue) => ProgressEntry[], string][] = [
    ['登记', () => [], '办理记录中没有使它变为“登记”的一步'],
    ['纳入规划', () => [], '办理记录中没有使它变为“纳入规划”的一步'],
    ['已办结', () => [], '办理记录中没有使它变为“已办结”的一步'],
    ['已回访', (i) => [finish(i)], '办理记录中没有使它变为“已回访”的一步'],
    ['已回访', (i) => [visit(i)], '“办理中”的问题不能直接改为“已回访”'],
    [
      '已销号',
      (i) => [finish(i), visit(i, '不满意'), close(i)],
      '群众不满意不销号：请复号重新办理',
    ],
    ['已销号', (i) => [close(i)], '“办理中”的问题不能直接改为“已销号”'],
  ];

  it.each(forbidden)(
    'refuses %s after %#; the stored issue keeps 办理中',
    (status, history, reason) => {
      const copy = laterCopy(here, { status });
      const steps = history(copy);
      const [planned] = planFiles(
        [fileWith({ issues: [copy], progress: steps })],
        stored(['meetings', sampleMeeting()], ['issues', here]),
        policy,
      );
      expect(decisionOf(planned, here.id)).toBe('refused');
      expect(issueRefusals(planned ?? [])).toMatchObject([{ status, kept: '办理中', reason }]);
      expect(planned?.filter((p) => p.write)).toEqual([]);
    },
  );

  const allowed: [IssueStatus, (i: Issue) => ProgressEntry[]][] = [
    ['已办结', (i) => [finish(i)]],
    ['已回访', (i) => [finish(i), visit(i, '不满意')]],
    ['已销号', (i) => [finish(i), visit(i, '基本满意'), close(i)]],
  ];

  it.each(allowed)('takes %s with the history that leads to it', (status, history) => {
    const copy = laterCopy(here, { status });
    const steps = history(copy);
    const [planned] = planFiles(
      [fileWith({ issues: [copy], progress: steps })],
      stored(['meetings', sampleMeeting()], ['issues', here]),
      policy,
    );
    expect(decisionOf(planned, here.id)).toBe('updated');
    expect(countDecisions(planned ?? [])).toMatchObject({ new: steps.length, refused: 0 });
  });

  it('a history entry already stored stays as it is; only the new ones are refused', () => {
    const done = { ...here, status: '已办结' as const, result: '已修好' };
    const finished = finish(done);
    const copy = laterCopy(done, { status: '已销号' });
    const closing = close(copy);
    const [planned] = planFiles(
      [fileWith({ issues: [copy], progress: [finished, closing] })],
      stored(['meetings', sampleMeeting()], ['issues', done], ['progress', finished]),
      policy,
    );
    expect(decisionOf(planned, finished.id)).toBe('unchanged');
    expect(decisionOf(planned, closing.id)).toBe('refused');
    expect(issueRefusals(planned ?? [])).toMatchObject([
      { kept: '已办结', entries: 1, reason: '交办事项须先回访，群众满意后才能销号' },
    ]);
  });

  it('a copy with the stored status is not judged again (an edit of its description)', () => {
    const closedHere = { ...here, status: '已销号' as const };
    const copy = laterCopy(closedHere, { description: '村道塌方两处' });
    const [planned] = planFiles(
      [fileWith({ issues: [copy] })],
      stored(['meetings', sampleMeeting()], ['issues', closedHere]),
      policy,
    );
    expect(decisionOf(planned, here.id)).toBe('updated');
  });

  it('a deletion is not a status: a tombstone passes', () => {
    const copy = laterCopy(here, { status: '已销号', deletedAt: '2026-03-20T00:00:00.000Z' });
    const [planned] = planFiles(
      [fileWith({ issues: [copy] })],
      stored(['meetings', sampleMeeting()], ['issues', here]),
      policy,
    );
    expect(decisionOf(planned, here.id)).toBe('updated');
  });

  it('a concurrent copy in a forbidden status is refused, not kept as a conflict', () => {
    const editedHere = { ...here, owner: '办公室', clock: { 'laptop-1': 2 }, rev: 2 };
    const forged = { ...laterCopy(here, { status: '已销号' as const }) };
    const fine = laterCopy(here, { status: '已办结' });
    const lookup = stored(['meetings', sampleMeeting()], ['issues', editedHere]);
    const [refused] = planFiles([fileWith({ issues: [forged] })], lookup, policy);
    expect(decisionOf(refused, here.id)).toBe('refused');
    const [conflict] = planFiles(
      [fileWith({ issues: [fine], progress: [finish(fine)] })],
      lookup,
      policy,
    );
    expect(decisionOf(conflict, here.id)).toBe('conflict');
  });
});

describe('several files in one import', () => {
  it('a refused copy in the first file does not hide the good copy in the second', () => {
    const road = issue(1, '村道塌方', '已销号');
    const good = [finish(road), visit(road), close(road)];
    const first = fileWith({ issues: [road], progress: [good[0]!, good[2]!] });
    const second = fileWith({ issues: [road], progress: good });
    const [one, two] = planFiles([first, second], nothingStored, policy);
    expect(decisionOf(one, road.id)).toBe('refused');
    expect(decisionOf(two, road.id)).toBe('new');
    for (const s of good) expect(decisionOf(two, s.id)).toBe('new');
  });
});
