// A villager's history in Chromium on real IndexedDB: 张三 sat in two meetings of 石门村 and raised
// an issue at each, one followed through 办结, 回访 满意 and 销号, the other still open past its
// deadline. The 村民名册 row opens the history by keyboard (and 李四's by a click); the meetings
// and issues are listed with what became of each, and their links open the meeting and the
// 跟踪办理 page.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { planFollowUp, type FollowUpStep } from '../../shared/domain/follow-up';
import { reviseRecord } from '../../shared/domain/records';
import {
  defaultSettings,
  type Issue,
  type Person,
  type ProgressEntry,
} from '../../shared/domain/schemas';
import { sampleAttendance, sampleIssue, sampleMeeting } from '../unit/shared/domain/sample-records';
import { expectAccessible } from './axe';
import { openProfile, removeProfile, type Profile } from './browser';
import { importRecords } from './pages/import-records';

const baseUrl = inject('baseUrl');
const meta = {
  createdAt: '2026-03-05T11:00:00.000Z',
  updatedAt: '2026-03-05T11:00:00.000Z',
  rev: 1,
  deviceId: 'laptop-1',
  deletedAt: null,
};

const person = (name: string, phone: string): Person => ({
  ...meta,
  id: crypto.randomUUID(),
  name,
  village: '石门村',
  group: '三组',
  household: '',
  tags: [],
  phone,
});
const zhang = person('张三', '13800000001');
const li = person('李四', '');

const march = { ...sampleMeeting(), id: crypto.randomUUID() };
const may = {
  ...sampleMeeting(),
  id: crypto.randomUUID(),
  date: '2026-05-10',
  group: '一组',
  host: '王家',
  topics: '饮水安全',
};
const zhangInMarch = sampleAttendance(0, '张三', { meetingId: march.id, personId: zhang.id });
const liInMarch = sampleAttendance(1, '李四', { meetingId: march.id, personId: li.id });
const zhangInMay = sampleAttendance(0, '张三', {
  meetingId: may.id,
  personId: zhang.id,
  status: '列席',
});

/** An issue taken through follow-up steps as the 跟踪办理 page takes them (planFollowUp). */
function followed(issue: Issue, steps: FollowUpStep[]) {
  const progress: ProgressEntry[] = [];
  let current = issue;
  for (const [n, step] of steps.entries()) {
    const plan = planFollowUp(current, step, defaultSettings);
    if (!plan.ok) throw new Error(`step refused (${step.kind}): ${plan.reason}`);
    const stamp = { deviceId: 'laptop-1', now: `${step.date}T0${n}:00:00.000Z` };
    current = reviseRecord(current, plan.issuePatch, stamp);
    progress.push({
      ...meta,
      createdAt: stamp.now,
      updatedAt: stamp.now,
      id: crypto.randomUUID(),
      ...plan.entry,
    });
  }
  return { issue: current, progress };
}

const step = (kind: FollowUpStep['kind'], date: string, extra: Partial<FollowUpStep> = {}) => ({
  kind,
  date,
  text: '',
  by: '刘强',
  method: '现场' as const,
  satisfaction: '',
  department: '',
  nextReviewOn: '',
  ...extra,
});

const road = followed(
  sampleIssue(1, {
    meetingId: march.id,
    raisedBy: '张三',
    raisedByAttendanceId: zhangInMarch.id,
    category: '道路交通',
    description: '村道雨天泥泞，希望硬化',
  }),
  [
    step('办结', '2026-03-10', { text: '已完成硬化' }),
    step('回访', '2026-03-15', { satisfaction: '满意', text: '群众表示认可', by: '赵敏' }),
    step('销号', '2026-03-16'),
  ],
);
const water = sampleIssue(1, {
  meetingId: may.id,
  raisedBy: '张三',
  raisedByAttendanceId: zhangInMay.id,
  category: '饮水安全',
  description: '自来水压力小',
  deadline: '2026-05-17',
});
// No attendee chosen as 反映人: counted by the name, and the page says so.
const lamp = sampleIssue(3, {
  meetingId: march.id,
  raisedBy: '张三',
  raisedByAttendanceId: null,
  category: '人居环境',
  description: '村口路灯不亮',
  responseType: '当场答复',
  status: '已办结',
  deadline: '',
});
const liIssue = sampleIssue(2, {
  meetingId: march.id,
  raisedBy: '李四',
  raisedByAttendanceId: liInMarch.id,
  description: '李四反映的问题',
});

describe("a villager's history", () => {
  let profile: Profile;
  let page: Page;

  beforeAll(async () => {
    profile = await openProfile();
    page = await profile.context.newPage();
    await importRecords(
      page,
      baseUrl,
      {
        meetings: [march, may],
        attendance: [zhangInMarch, liInMarch, zhangInMay],
        issues: [road.issue, water, lamp, liIssue],
        progress: road.progress,
        persons: [zhang, li],
      },
      'history.json',
    );
    await page.goto(`${baseUrl}#/roster`);
  });

  afterAll(async () => {
    await profile.close();
    removeProfile(profile);
  });

  const rowNamed = (label: string) => page.getByRole('row', { name: label, exact: true });
  const counts = () => page.getByTestId('person-counts').textContent();
  const rowsOf = (region: string) =>
    page
      .getByRole('region', { name: region })
      .locator('tbody tr.ant-table-row')
      .evaluateAll((rows) =>
        rows.map((r) => [...r.querySelectorAll('.ant-table-cell')].map((c) => c.textContent ?? '')),
      );

  it('opens from the 村民名册 row by keyboard and lists meetings and issues', async () => {
    await expect
      .poll(() => page.getByTestId('roster-count').textContent())
      .toBe('共 2 人（全部 2 人）');
    await rowNamed('张三，石门村 三组，查看参会与诉求记录').focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(`**#/persons/${zhang.id}`);
    await page.getByRole('heading', { name: '张三 · 参会与诉求记录' }).waitFor();
    await expect.poll(counts).toBe('参会 2 次，反映问题 3 件，已销号 1 件');
    expect(await page.getByTestId('person-phone').textContent()).toBe('138****0001');

    expect(await rowsOf('参加的会议')).toEqual([
      ['2026年5月10日 石门村一组屋场会', '王家 · 李德明家禾坪', '饮水安全', '列席', '三组'],
      [
        '2026年3月5日 石门村三组屋场会',
        '李德明家 · 李德明家禾坪',
        '村道硬化 饮水安全',
        '出席',
        '三组',
      ],
    ]);
    // Newest meeting first; the open one past its deadline says so, the closed one its outcome.
    expect(await rowsOf('反映的问题')).toEqual([
      ['2026年5月10日', '第1条', '自来水压力小', '饮水安全', '交办', '办理中已逾期', '—', '—', '—'],
      [
        '2026年3月5日',
        '第1条',
        '村道雨天泥泞，希望硬化',
        '道路交通',
        '交办',
        '已销号',
        '已完成硬化',
        '满意',
        '2026年3月16日',
      ],
      [
        '2026年3月5日',
        '第3条（按姓名）',
        '村口路灯不亮',
        '人居环境',
        '当场答复',
        '已办结',
        '—',
        '—',
        '—',
      ],
    ]);
    await page
      .getByText('标“按姓名”的诉求，会议记录中没有从参会人员中选择反映人', { exact: false })
      .waitFor();
    await expectAccessible(page, '参会与诉求记录');
  });

  it('shows the phone in full only when asked', async () => {
    await page.getByRole('switch', { name: '显示完整电话号码' }).click();
    await expect.poll(() => page.getByTestId('person-phone').textContent()).toBe('13800000001');
  });

  it("opens an issue's 跟踪办理 and a meeting from their links", async () => {
    await page.getByRole('link', { name: '村道雨天泥泞，希望硬化' }).click();
    await page.waitForURL(`**#/issues/${road.issue.id}`);
    await expect.poll(() => page.getByTestId('issue-status').textContent()).toBe('已销号');
    await page.goBack();
    await page.getByRole('link', { name: '2026年5月10日 石门村一组屋场会' }).click();
    await page.waitForURL(`**#/meetings/${may.id}`);
  });

  it("opens 李四's history by a click on the row", async () => {
    await page.goto(`${baseUrl}#/roster`);
    await rowNamed('李四，石门村 三组，查看参会与诉求记录').click();
    await page.waitForURL(`**#/persons/${li.id}`);
    await expect.poll(counts).toBe('参会 1 次，反映问题 1 件，已销号 0 件');
    expect(await rowsOf('反映的问题')).toHaveLength(1);
  });

  it('says so when the person is not in the roster', async () => {
    await page.goto(`${baseUrl}#/persons/${crypto.randomUUID()}`);
    await page.getByText('名册中找不到此人，可能已被删除，或已合并到另一条记录').waitFor();
    await page.getByRole('link', { name: '返回村民名册' }).click();
    await page.waitForURL('**#/roster');
  });
});
