// The home screen's 已开 in Chromium on real IndexedDB, where it reads one page down the date index
// and counts through the status index less the deleted meetings (which only the deletedAt index
// holds): 23 held meetings, one deleted before it came and one still to be held, imported; the
// newest page and the count, the next page and back by keyboard (axe on the pager), then the
// newest deleted here, and 撤销; and a deletion in another window, after a start whose reads began
// before the screen was drawn; and the first frame of a start, which already holds the stored
// settings and the lists.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { meetingBuilder } from '../fixtures/records';
import { openProfile, removeProfile, type Profile } from './browser';
import { importRecords } from './pages/import-records';
import { mainMenu } from './pages/app-page';
import { expectAccessible } from './axe';

const baseUrl = inject('baseUrl');

const day = (d: number) => `2026-01-${String(d).padStart(2, '0')}`;

describe('home screen: 已开', () => {
  let profile: Profile;
  let page: Page;

  const heldOn = (p: Page) => p.getByRole('region', { name: '已开' });
  const held = () => heldOn(page);
  const dates = async () => await held().locator('tbody tr td:first-child').allTextContents();

  /** Waits until 已开 counts `count` meetings, then checks the newest shown. */
  async function expectHeld(count: number, newest: string) {
    await expect.poll(() => held().getByText(`共 ${count} 场`).count()).toBe(1);
    expect((await dates())[0]).toBe(newest);
  }

  /** On `p`'s home screen: opens the meeting of `date` and deletes it. */
  async function deleteMeeting(p: Page, date: string) {
    await heldOn(p).getByRole('cell', { name: date }).click();
    await p.getByRole('button', { name: '删除会议' }).click();
    await p.getByRole('button', { name: '删除', exact: true }).click();
  }

  beforeAll(async () => {
    profile = await openProfile();
    page = await profile.context.newPage();
    const village = (d: number) => (d % 2 === 1 ? '石门村' : '桃花村');
    const meetings = Array.from(
      { length: 23 },
      (_, i) =>
        meetingBuilder(100 + i, day(i + 1), { status: '已结束', village: village(i + 1) }).bundle
          .meeting,
    );
    const gone = meetingBuilder(200, day(30), { status: '已结束', village: '石门村' }).bundle
      .meeting;
    const planned = meetingBuilder(201, '2026-12-10', { village: '桃花村' }).bundle.meeting;
    await importRecords(page, baseUrl, {
      meetings: [...meetings, { ...gone, deletedAt: '2026-11-27T09:00:00.000Z' }, planned],
    });
  });

  afterAll(async () => {
    await profile.close();
    removeProfile(profile);
  });

  it('shows the newest 20 with the count, and the rest on the next page', async () => {
    await page.goto(baseUrl);
    await expect.poll(() => held().getByText('共 23 场').count()).toBe(1);
    const newestFirst = Array.from({ length: 20 }, (_, i) => day(23 - i));
    expect(await dates()).toEqual(newestFirst);
    expect(await held().locator('tbody tr td:last-child').allTextContents()).toEqual(
      Array(20).fill('已结束'),
    );
    await held().getByRole('button', { name: '第 2 页' }).click();
    await expect.poll(dates).toEqual([day(3), day(2), day(1)]);
    const pager = held().getByRole('navigation', { name: '已开：页码' });
    const current = () => pager.locator('[aria-current="page"]').textContent();
    expect(await current()).toBe('2');
    expect(await pager.getByRole('button', { name: '下一页' }).isDisabled()).toBe(true);
    await expectAccessible(page, '首页（已开的第 2 页）');
    // And back by keyboard.
    await pager.getByRole('button', { name: '上一页' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(dates).toEqual(newestFirst);
    expect(await current()).toBe('1');
    expect(await pager.getByRole('button', { name: '上一页' }).isDisabled()).toBe(true);
  });

  it('leaves out a meeting deleted here, and lists it again on 撤销', async () => {
    await page.goto(baseUrl);
    await deleteMeeting(page, day(23));
    await expectHeld(22, day(22));
    await page.getByRole('button', { name: '撤销' }).click();
    await expectHeld(23, day(23));
    // Read again from the disk, not from what the page kept.
    await page.reload();
    await expectHeld(23, day(23));
  });

  it('follows a change made in another window after a fresh start', async () => {
    // A start on the home screen reads its lists before React draws them (early-reads.ts); they
    // must stay live all the same.
    await page.goto(`${baseUrl}#/`);
    await page.reload();
    await expectHeld(23, day(23));
    const other = await profile.context.newPage();
    await other.goto(baseUrl);
    await deleteMeeting(other, day(23));
    await expectHeld(22, day(22));
    await other.close();
  });

  it('draws its first frame with the stored settings and the lists already read', async () => {
    await page.goto(`${baseUrl}#/settings`);
    await page.getByLabel('会议名称').fill('院坝会');
    // The menu follows the stored settings, so this is the change saved.
    await expect.poll(() => mainMenu(page, '院坝会').count()).toBe(1);
    await page.goto(baseUrl);
    await expectHeld(22, day(22));
    const fresh = await profile.context.newPage();
    // What the page holds when the app's first frame is committed: React commits it at once, and
    // the observer runs before anything else can change it.
    await fresh.addInitScript(() => {
      const observer = new MutationObserver(() => {
        const menu = document.querySelector('nav.main-menu');
        if (!menu) return;
        observer.disconnect();
        const text = (selector: string) => document.querySelector(selector)?.textContent ?? null;
        Object.assign(window, {
          firstFrame: {
            menu: text('nav.main-menu a'),
            create: text('main button'),
            newestHeld: text('section[aria-label="已开"] tbody tr td'),
          },
        });
      });
      observer.observe(document, { childList: true, subtree: true });
    });
    await fresh.goto(baseUrl);
    await fresh.waitForFunction(() => 'firstFrame' in window);
    expect(await fresh.evaluate(() => (window as { firstFrame?: unknown }).firstFrame)).toEqual({
      menu: '院坝会',
      create: '新建院坝会',
      newestHeld: day(22),
    });
    await fresh.close();
  });
});
