// 上次承诺落实情况 in Chromium on real IndexedDB: a 交办 at a meeting in a village, followed to 已办结
// on its follow-up page; a new meeting in the same village shows the section as soon as 村 is
// typed, with the item's status, a link to its follow-up, and no serious axe violation; the new
// meeting's 记录 carries it.
import { strFromU8, unzipSync } from 'fflate';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectAccessible } from './axe';
import { openProfile, removeProfile, type Profile } from './browser';
import { AppPage } from './pages/app-page';
import { openedDialog } from './pages/dialog';
import { downloadOf } from './pages/download';

const baseUrl = inject('baseUrl');

/** The text of a .docx body, its runs joined (as in export.spec.ts). */
function documentText(path: string): string {
  const xml = unzipSync(readFileSync(path))['word/document.xml'];
  if (!xml) throw new Error(`${path} has no word/document.xml`);
  return [...strFromU8(xml).matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
}

describe('上次承诺落实情况', () => {
  let profile: Profile;
  let page: Page;
  let app: AppPage;

  beforeAll(async () => {
    profile = await openProfile();
    page = await profile.context.newPage();
    app = new AppPage(page);
    await page.goto(baseUrl);
  });

  afterAll(async () => {
    await profile.close();
    removeProfile(profile);
  });

  const village = () => page.getByLabel('村(社区)', { exact: true });
  const section = () => page.getByRole('region', { name: '上次承诺落实情况' });

  it('shows what became of the village’s earlier commitment at its next meeting', async () => {
    await app.createMeeting();
    await village().fill('石门村');
    await app.waitUntilSaved();
    await app.tab(/群众诉求/).click();
    await page.keyboard.press('Alt+N');
    const card = app.issueCard(1);
    await card.waitFor();
    await card.getByRole('textbox', { name: '问题描述' }).fill('村口路灯不亮');
    await card.getByLabel('处置方式').focus();
    await page.keyboard.type('交办');
    await page.keyboard.press('Enter');
    await card.getByLabel('责任单位').fill('村委会');
    await card.getByLabel('责任人').fill('刘主任');
    await app.waitUntilSaved();
    // The first meeting of the village has nothing to recall.
    expect(await section().count()).toBe(0);

    await card.getByRole('link', { name: '跟踪办理' }).click();
    await page.waitForURL(/#\/issues\/[0-9a-f-]{36}$/);
    const issueUrl = page.url();
    await page.getByRole('button', { name: '办结', exact: true }).click();
    const done = page.getByRole('form', { name: '办结' });
    await done.getByLabel('办理结果', { exact: true }).fill('已更换路灯三盏');
    await done.getByRole('button', { name: '记入' }).click();
    await expect.poll(() => page.getByTestId('issue-status').textContent()).toBe('已办结');

    await page.goto(`${baseUrl}#/`);
    await app.createMeeting();
    await village().waitFor();
    expect(await section().count()).toBe(0);
    await village().fill('石门村');
    await section().waitFor();
    const item = section().getByRole('link', { name: /第1条：村口路灯不亮/ });
    await expect
      .poll(() => item.textContent())
      .toMatch(
        /第1条：村口路灯不亮（村委会，刘主任），已办结，办理结果：已更换路灯三盏，尚未回访。$/,
      );
    expect(await section().getByRole('heading').textContent()).toBe('上次承诺落实情况（共 1 项）');
    await expectAccessible(page, 'meeting page with 上次承诺落实情况');

    // The new meeting's 记录 carries the section, as 二 after 政策宣讲.
    await page.getByRole('main').getByRole('button', { name: '导出', exact: true }).click();
    const download = await downloadOf(page, async () => {
      await page.getByRole('menuitem', { name: '记录', exact: true }).click();
      const dialog = await openedDialog(page);
      await dialog.getByRole('button', { name: '导出', exact: true }).click();
    });
    const text = documentText(await download.path());
    expect(text).toContain('二、上次承诺落实情况本村以往会议作出的承诺1项，落实情况如下：');
    expect(text).toContain('第1条：村口路灯不亮（村委会，刘主任），已办结');
    expect(text).toContain('三、群众反映问题及答复情况');
    await page.getByRole('dialog').waitFor({ state: 'hidden' });

    await item.click();
    await page.waitForURL(issueUrl);
    await expect.poll(() => page.getByTestId('issue-status').textContent()).toBe('已办结');
  });
});
