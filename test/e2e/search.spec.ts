// Search from anywhere in Chromium, by keyboard: Ctrl+K on any page opens it, results come grouped
// (会议, 诉求, 村民), ↓ and Enter open one; pinyin initials find a villager ("sdh" → 单𡒄花), whose
// history opens.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Person } from '../../shared/domain/schemas';
import { sampleIssue, sampleMeeting } from '../unit/shared/domain/sample-records';
import { expectAccessible } from './axe';
import { openProfile, removeProfile, type Profile } from './browser';
import { importRecords } from './pages/import-records';

const baseUrl = inject('baseUrl');
const meeting = { ...sampleMeeting(), id: crypto.randomUUID() };
const lamp = sampleIssue(1, {
  meetingId: meeting.id,
  description: '村口路灯不亮',
  raisedBy: '单𡒄花',
});
const villager: Person = {
  id: crypto.randomUUID(),
  createdAt: '2026-03-05T11:00:00.000Z',
  updatedAt: '2026-03-05T11:00:00.000Z',
  rev: 1,
  deviceId: 'laptop-1',
  deletedAt: null,
  name: '单𡒄花',
  village: '石门村',
  group: '三组',
  household: '单𡒄花',
  tags: [],
  phone: '',
};

describe('search from anywhere', () => {
  let profile: Profile;
  let page: Page;

  beforeAll(async () => {
    profile = await openProfile();
    page = await profile.context.newPage();
    await importRecords(
      page,
      baseUrl,
      { meetings: [meeting], issues: [lamp], persons: [villager] },
      'search.json',
    );
    await page.goto(baseUrl);
  });

  afterAll(async () => {
    await profile.close();
    removeProfile(profile);
  });

  const box = () => page.getByRole('combobox', { name: '搜索内容' });
  const options = () =>
    page.getByRole('listbox', { name: '搜索会议、诉求和村民' }).getByRole('option');

  it('opens with Ctrl+K and takes an issue by its words to its 跟踪办理', async () => {
    await page.getByRole('button', { name: '搜索', exact: true }).waitFor();
    await page.keyboard.press('Control+k');
    await box().waitFor();
    await expect.poll(() => box().evaluate((e) => e === document.activeElement)).toBe(true);
    await page.keyboard.type('路灯');
    await expect
      .poll(() => options().allTextContents())
      .toEqual([expect.stringContaining('村口路灯不亮')]);
    // The dialog itself: the page under its mask is checked by its own spec.
    await expectAccessible(page, '搜索', '.ant-modal');
    await page.keyboard.press('Enter');
    await page.waitForURL(`**#/issues/${lamp.id}`);
  });

  it('finds a villager by pinyin initials, grouped after the issue, and opens their history', async () => {
    await page.keyboard.press('Control+k');
    await box().waitFor();
    await page.keyboard.type('sdh');
    // The issue raised by 单𡒄花 and the villager, in their groups.
    const groups = page.getByRole('listbox').getByRole('group');
    await expect
      .poll(() => groups.evaluateAll((g) => g.map((e) => e.ariaLabel)))
      .toEqual(['诉求', '村民']);
    await page.keyboard.press('ArrowDown');
    expect(await options().nth(1).getAttribute('aria-selected')).toBe('true');
    await page.keyboard.press('Enter');
    await page.waitForURL(`**#/persons/${villager.id}`);
    await page.getByRole('heading', { name: '单𡒄花 · 参会与诉求记录' }).waitFor();
    // 单𡒄花 is on no attendance list: the issue in their name is not theirs by any meeting.
    await expect
      .poll(() => page.getByTestId('person-counts').textContent())
      .toBe('参会 0 次，反映问题 0 件，已销号 0 件');
    await page.getByText('暂无参会记录：此人还没有被列入任何会议的参会人员名单').waitFor();
    await page.getByText('暂无反映的问题').waitFor();
  });
});
