// Two laptops (two browser profiles) each record a meeting and export it as .docx and .json; a
// third, the township office, imports all the files at once: one merged ledger. Importing again
// changes nothing, and an edit made on both sides shows up as a conflict, not an overwrite.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { canonicalJson, sha256Hex } from '../../shared/exchange/canonical';
import type { ExchangeFile } from '../../shared/exchange/format';
import { openProfile, removeProfile, type Profile } from './browser';
import { AppPage } from './pages/app-page';
import { downloadOf } from './pages/download';

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
  return (await downloadOf(page, trigger)).path();
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

type FileToChoose = { name: string; path: string } | { name: string; buffer: Buffer };

async function importFiles(page: Page, files: FileToChoose[]) {
  // Through the home page, so the 导入 panel starts afresh rather than showing the last preview.
  await page.goto(baseUrl);
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
      buffer: 'buffer' in f ? f.buffer : readFileSync(f.path),
    })),
  );
  const preview = page.getByRole('table', { name: '导入预览' });
  await preview.waitFor();
  return preview;
}

/** The preview's body rows as cell texts: 文件, 大小, 修改时间, 新增, 更新, 未变, 冲突, 新增照片, 结果. */
async function previewCells(preview: Locator): Promise<string[][]> {
  return preview
    .locator('tbody tr')
    .evaluateAll((rows) =>
      rows.map((row) => Array.from(row.querySelectorAll('td'), (td) => td.textContent ?? '')),
    );
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
    const rows = await previewCells(preview);
    expect(rows).toHaveLength(4);
    for (const row of rows) {
      // 新增, 更新, 冲突 all 0; 未变 is the file's whole content; 结果 可导入.
      expect([row[3], row[4], row[6], row[8]]).toEqual(['0', '0', '0', '可导入']);
      expect(Number(row[5])).toBeGreaterThan(0);
    }
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
    // The same conflicting file again: still one conflict, the preview says nothing is new.
    const again = await importFiles(office, [{ name: 'a-again.json', path: json }]);
    const [row] = await previewCells(again);
    expect(row?.[6]).toBe('0');
    await office.getByRole('button', { name: '导入（1 个文件）' }).click();
    await office.getByText('已导入 1 个文件').waitFor();
    await banner.waitFor();
    expect(await office.getByRole('link', { name: /导入冲突待处理/ }).textContent()).toContain(
      '有 1 条',
    );
    await office.goto(meetingA);
    expect(await office.getByLabel('屋场', { exact: true }).inputValue()).toBe('办公室填的');
    await banner.click();
    const card = office.getByRole('region', { name: /^冲突：会议：.*石门村/ });
    await card.waitFor();
    expect(await card.getByRole('row').allTextContents()).toContain('屋场办公室填的现场填的');
    // No 两者都保留 for a meeting, and the screen says why.
    expect(await card.getByRole('button', { name: '两者都保留' }).count()).toBe(0);
    await card.getByText('会议不提供“两者都保留”').waitFor();
    expect(await card.textContent()).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/);
    await office.getByRole('button', { name: '采用导入' }).click();
    await expect.poll(() => banner.count()).toBe(0);
    await office.goto(meetingA);
    await expect
      .poll(() => office.getByLabel('屋场', { exact: true }).inputValue())
      .toBe('现场填的');
  });

  it('imports the good file of a mixed choice; the refused one stays listed and is logged', async () => {
    const good = files.find((f) => f.name === 'b.json');
    if (!good) throw new Error('no b.json');
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);
    const preview = await importFiles(office, [good, { name: '照片.docx', buffer: png }]);
    await office.getByRole('button', { name: '导入（1 个文件）' }).click();
    await office.getByText(/已导入 1 个文件，1 个文件未导入/).waitFor();
    const rows = await previewCells(preview);
    expect(rows.map((r) => [r[0], r[8]])).toEqual([
      ['b.json', '已导入'],
      ['照片.docx', '拒绝：“照片.docx”不是 Word 文档（看起来是一张图片，只是改了扩展名）'],
    ]);
    const log = office.getByRole('table', { name: '文件记录' });
    await log.getByRole('cell', { name: '照片.docx', exact: true }).waitFor();
    expect(await log.getByRole('row').filter({ hasText: '照片.docx' }).textContent()).toContain(
      '未导入：',
    );
  });

  it('tells apart two chosen files with the same name', async () => {
    const [a, b] = ['a.json', 'b.json'].map((n) => files.find((f) => f.name === n));
    if (!a || !b || !('path' in a) || !('path' in b)) throw new Error('no files');
    const preview = await importFiles(office, [
      { name: '记录.json', path: a.path },
      { name: '记录.json', path: b.path },
    ]);
    const labels = (await previewCells(preview)).map((r) => r[0]);
    expect(labels).toHaveLength(2);
    expect(labels[0]).toMatch(
      /^记录\.json（第 1 个，[\d.]+ KB，修改于 \d{4}-\d{2}-\d{2} \d{2}:\d{2}）$/,
    );
    expect(labels[1]).toMatch(/^记录\.json（第 2 个，/);
  });

  it('refuses an issue closed without the history that allows it, and says which and why', async () => {
    const a = files.find((f) => f.name === 'a.json');
    if (!a) throw new Error('no a.json');
    const { readFileSync } = await import('node:fs');
    // Laptop A's file with its issue turned 已销号 by hand (a later edit, re-signed), no 办结,
    // no 回访, no 销号 in its history.
    const forged = JSON.parse(readFileSync(a.path, 'utf8')) as ExchangeFile;
    const [issue] = forged.records.issues;
    if (!issue) throw new Error('no issue in a.json');
    Object.assign(issue, {
      status: '已销号',
      clock: { ...issue.clock, 'hand-edit': 1 },
      rev: issue.rev + 1,
    });
    const { checksum: _old, ...body } = forged;
    const signed = {
      ...body,
      checksum: { algorithm: 'SHA-256', value: await sha256Hex(canonicalJson(body)) },
    };
    const name = '石门村-销号.json';
    const preview = await importFiles(office, [
      { name, buffer: Buffer.from(JSON.stringify(signed)) },
    ]);
    const [year, month, day] = (forged.records.meetings[0]?.date ?? '').split('-').map(Number);
    const message =
      `“${name}”中的石门村 ${year}年${month}月${day}日屋场会 第1条“石门村的村道要修”未导入：` +
      '文件中的办理状态“已销号”不符合办理规则（办理记录中没有使它变为“已销号”的一步）。' +
      '本机的这条诉求仍为“登记”，没有改动。';
    const [row] = await previewCells(preview);
    expect(row?.[8]).toBe(`可导入1 条诉求不符合办理规则，不导入：${message}`);
    await office.getByRole('button', { name: '导入（1 个文件）' }).click();
    await office.getByText('已导入 1 个文件，1 条诉求不符合办理规则，未导入').waitFor();
    expect((await previewCells(preview))[0]?.[8]).toBe(
      `已导入1 条诉求不符合办理规则，不导入：${message}`,
    );
    await office.goto(meetingA);
    await new AppPage(office).tab(/群众诉求/).click();
    await expect.poll(() => new AppPage(office).issueCard(1).textContent()).toContain('登记');
  });
});
