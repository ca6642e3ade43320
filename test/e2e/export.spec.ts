// 导出 from the app in Chromium: the .docx arrives as a download with its Chinese name, carries
// every name, masks phones by default, and the choice of copy is remembered per document type.
import { strFromU8, unzipSync } from 'fflate';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openProfile, removeProfile, type Profile } from './browser';
import { AppPage } from './pages/app-page';
import { openedDialog } from './pages/dialog';
import { downloadOf } from './pages/download';

const baseUrl = inject('baseUrl');

/** The text of a .docx body: runs split by font (𠀀 in its own run) are joined again. */
function documentXml(path: string): string {
  const files = unzipSync(readFileSync(path));
  const xml = files['word/document.xml'];
  if (!xml) throw new Error(`${path} has no word/document.xml`);
  return [...strFromU8(xml).matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
}

describe('export', () => {
  let profile: Profile;
  let page: Page;
  let app: AppPage;

  async function exportAs(kind: string, confirm: boolean): Promise<{ name: string; xml: string }> {
    await page.getByRole('main').getByRole('button', { name: '导出', exact: true }).click();
    const file = await downloadOf(page, async () => {
      await page.getByRole('menuitem', { name: kind, exact: true }).click();
      if (confirm)
        await (await openedDialog(page)).getByRole('button', { name: '导出', exact: true }).click();
    });
    const path = await file.path();
    return { name: file.suggestedFilename(), xml: documentXml(path) };
  }

  beforeAll(async () => {
    profile = await openProfile();
    page = await profile.context.newPage();
    app = new AppPage(page);
    await page.goto(baseUrl);
    await app.createMeeting();
    await page.getByLabel('村(社区)', { exact: true }).fill('石门村');
    await page.getByLabel('会议日期').fill('2026-11-27');
    await page.getByLabel('会议日期').press('Enter');
    await app.tab(/参会人员/).click();
    for (const name of ['𠀀明', '王䶮', '李堃']) {
      await app.attendeeName().fill(name);
      await app.attendeeName().press('Enter');
    }
    await app.attendeeRows().first().getByLabel('第1位 电话').fill('13812341234');
    await app.tab(/群众诉求/).click();
    await page.getByRole('button', { name: '新增诉求' }).click();
    const card = app.issueCard(1);
    await card.getByLabel('反映人').fill('王䶮');
    await card
      .getByRole('textbox', { name: '问题描述' })
      .fill('王䶮家门前村道塌方，联系电话13812341234');
    await card.getByLabel('处置方式').focus();
    await page.keyboard.type('交办');
    await page.keyboard.press('Enter');
    await card.getByLabel('责任人').fill('刘站长');
    await app.waitUntilSaved();
  });

  afterAll(async () => {
    await profile.close();
    removeProfile(profile);
  });

  it('exports the 记录 with a Chinese file name, every name, and phones masked', async () => {
    const { name, xml } = await exportAs('记录', true);
    expect(name).toBe('2026年11月27日 石门村屋场会记录（脱敏版）.docx');
    for (const person of ['𠀀明', '王䶮', '李堃', '刘站长']) expect(xml).toContain(person);
    expect(xml).not.toContain('13812341234');
    expect(xml).toContain('138****1234');
  });

  it('remembers the full internal copy for the 纪要', async () => {
    await page.getByRole('main').getByRole('button', { name: '导出', exact: true }).click();
    await page.getByRole('menuitem', { name: '纪要', exact: true }).click();
    const dialog = await openedDialog(page);
    await dialog.getByLabel('内部完整版（含完整电话）').check();
    const download = await downloadOf(page, () =>
      dialog.getByRole('button', { name: '导出', exact: true }).click(),
    );
    const full = documentXml(await download.path());
    expect(full).toContain('13812341234');
    await page.getByRole('dialog').waitFor({ state: 'hidden' });
    await page.getByRole('main').getByRole('button', { name: '导出', exact: true }).click();
    await page.getByRole('menuitem', { name: '纪要', exact: true }).click();
    const again = await openedDialog(page);
    expect(await again.getByLabel('内部完整版（含完整电话）').isChecked()).toBe(true);
    await again.getByRole('button', { name: '取消' }).click();
  });

  it('never prints phone numbers on the 签到表 and masks names on the 承诺公示单', async () => {
    const signIn = await exportAs('签到表', false);
    expect(signIn.xml).toContain('𠀀明');
    expect(signIn.xml).not.toMatch(/138\*{0,4}\d{0,4}1234/);
    // The commitment has no 答复内容: the export says so first, and goes on when asked.
    await page.getByRole('main').getByRole('button', { name: '导出', exact: true }).click();
    await page.getByRole('menuitem', { name: '承诺公示单', exact: true }).click();
    const warning = await openedDialog(
      page,
      page.getByRole('dialog').filter({ hasText: '有承诺事项缺少内容' }),
    );
    await warning.getByText('第1条：缺少答复内容').waitFor();
    const file = await downloadOf(page, () =>
      warning.getByRole('button', { name: '仍然导出' }).click(),
    );
    const notice = { name: file.suggestedFilename(), xml: documentXml(await file.path()) };
    expect(notice.name).toBe('2026年11月27日 石门村屋场会承诺公示单.docx');
    expect(notice.xml).toContain('王*家门前村道塌方');
    expect(notice.xml).toContain('刘站长');
    expect(notice.xml).not.toContain('王䶮');
    expect(notice.xml).not.toContain('1234');
  });

  it('exports the 台账 from the home screen, through the 台账 page', async () => {
    await page.goto(baseUrl);
    await page.getByRole('link', { name: '导出台账' }).click();
    await page.waitForURL(/#\/ledger$/);
    await expect
      .poll(() => page.getByTestId('ledger-count').textContent())
      .toBe('共 1 条（全部 1 条）');
    const file = await downloadOf(page, () =>
      page.getByRole('button', { name: '导出台账（Word）' }).click(),
    );
    expect(file.suggestedFilename()).toMatch(/台账.*\.docx$/);
    expect(documentXml(await file.path())).toContain('村道塌方');
  });
});
