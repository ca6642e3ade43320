// Two laptops (two browser profiles) each record a meeting and export it as .docx and .json; a
// third, the township office, imports all the files at once: one merged ledger. Importing again
// changes nothing, and an edit made on both sides shows up as a conflict, not an overwrite.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openProfile, removeProfile, type Profile } from './browser';
import { AppPage } from './pages/app-page';

const baseUrl = inject('baseUrl');

async function recordMeeting(page: Page, village: string, names: string[]) {
  const app = new AppPage(page);
  await page.goto(baseUrl);
  await app.createMeeting();
  await page.getByLabel('村(社区)', { exact: true }).fill(village);
  await app.tab(/参会人员/).click();
  for (const name of names) {
    await app.attendeeName().fill(name);
    await app.attendeeName().press('Enter');
  }
  await app.tab(/群众诉求/).click();
  await page.getByRole('button', { name: '新增诉求' }).click();
  await app.issueCard(1).getByRole('textbox', { name: '问题描述' }).fill(`${village}的村道要修`);
  await app.waitUntilSaved();
  return page.url();
}

async function download(page: Page, trigger: () => Promise<void>): Promise<string> {
  const pending = page.waitForEvent('download');
  await trigger();
  return (await pending).path();
}

async function exportDocx(page: Page): Promise<string> {
  await page.getByRole('main').getByRole('button', { name: '导出', exact: true }).click();
  await page.getByRole('menuitem', { name: '记录', exact: true }).click();
  return download(page, () =>
    page.getByRole('dialog').getByRole('button', { name: '导出', exact: true }).click(),
  );
}

async function exportJson(page: Page): Promise<string> {
  await page.goto(`${baseUrl}#/exchange`);
  const select = page.getByLabel('选择会议');
  await select.click();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Escape');
  return download(page, () => page.getByRole('button', { name: '导出交换文件' }).click());
}

async function importFiles(page: Page, files: { name: string; path: string }[]) {
  await page.goto(`${baseUrl}#/exchange`);
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: '选择文件…' }).click();
  const { readFileSync } = await import('node:fs');
  await (
    await chooser
  ).setFiles(
    files.map((f) => ({
      name: f.name,
      mimeType: 'application/octet-stream',
      buffer: readFileSync(f.path),
    })),
  );
  const preview = page.getByRole('table', { name: '导入预览' });
  await preview.waitFor();
  return preview;
}

describe('township office import', () => {
  const profiles: Profile[] = [];
  let office: Page;
  let files: { name: string; path: string }[] = [];
  let laptopA: Page;
  let meetingA: string;

  beforeAll(async () => {
    for (let i = 0; i < 3; i++) profiles.push(await openProfile());
  });

  afterAll(async () => {
    for (const p of profiles) {
      await p.close();
      removeProfile(p);
    }
  });

  it('merges two laptops’ .docx and .json files into one ledger', async () => {
    const [a, b, o] = profiles as [Profile, Profile, Profile];
    laptopA = await a.context.newPage();
    meetingA = await recordMeeting(laptopA, '石门村', ['𠀀明', '王䶮']);
    const laptopB = await b.context.newPage();
    await recordMeeting(laptopB, '枫树村', ['李堃', '张三']);
    files = [
      { name: 'a-记录.docx', path: await exportDocx(laptopA) },
      { name: 'a.json', path: await exportJson(laptopA) },
      { name: 'b-记录.docx', path: await exportDocx(laptopB) },
      { name: 'b.json', path: await exportJson(laptopB) },
    ];
    office = await o.context.newPage();
    const preview = await importFiles(office, files);
    expect(await preview.getByRole('row').count()).toBe(5);
    await office.getByRole('button', { name: '导入（4 个文件）' }).click();
    await office.getByText('已导入').first().waitFor();
    await office.goto(baseUrl);
    await expect.poll(() => office.getByRole('link', { name: /石门村|枫树村/ }).count()).toBe(2);
  });

  it('changes nothing when the same files are imported again', async () => {
    const preview = await importFiles(office, files);
    const rows = await preview.getByRole('row').allTextContents();
    for (const row of rows.slice(1)) expect(row).toMatch(/^[^\d]*00\d+0可导入$/);
    await office.getByRole('button', { name: '导入（4 个文件）' }).click();
    await office.getByText('已导入').first().waitFor();
    await office.goto(baseUrl);
    await expect.poll(() => office.getByRole('link', { name: /石门村|枫树村/ }).count()).toBe(2);
  });

  it('shows an edit made on both sides as a conflict until it is resolved', async () => {
    await office.goto(meetingA);
    await office.getByLabel('屋场', { exact: true }).fill('办公室填的');
    await new AppPage(office).waitUntilSaved();
    await laptopA.goto(meetingA);
    await laptopA.getByLabel('屋场', { exact: true }).fill('现场填的');
    await new AppPage(laptopA).waitUntilSaved();
    const json = await exportJson(laptopA);
    await importFiles(office, [{ name: 'a-again.json', path: json }]);
    await office.getByRole('button', { name: '导入（1 个文件）' }).click();
    const banner = office.getByRole('link', { name: /有 1 条导入冲突待处理/ });
    await banner.waitFor();
    await office.goto(meetingA);
    expect(await office.getByLabel('屋场', { exact: true }).inputValue()).toBe('办公室填的');
    await banner.click();
    await office.getByRole('cell', { name: '现场填的' }).waitFor();
    await office.getByRole('button', { name: '采用导入' }).click();
    await expect.poll(() => banner.count()).toBe(0);
    await office.goto(meetingA);
    await expect
      .poll(() => office.getByLabel('屋场', { exact: true }).inputValue())
      .toBe('现场填的');
  });
});
