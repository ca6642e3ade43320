// The 村民名册 screen in Chromium on real IndexedDB: a GBK .csv as Excel on Chinese Windows saves
// it (bytes written out here) with one bad row and one duplicate is previewed, nothing is stored
// before 确认导入, the valid rows are then listed, found by pinyin initials, the duplicate pair is
// merged, the list is exported as .xlsx and read back, and the same file again proposes to skip
// the rows already kept, with 取消 storing nothing.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { readXlsx } from '../docs/xlsx-reader';
import { expectAccessible } from './axe';
import { openProfile, removeProfile, type Profile } from './browser';
import { storedRecords } from './pages/stored';
import { downloadOf } from './pages/download';
import { mainMenu } from './pages/app-page';

const baseUrl = inject('baseUrl');

// GBK (code page 936) bytes of every Chinese character in the file; ASCII is itself.
const gbk: Record<string, [number, number]> = {
  姓: [0xd0, 0xd5],
  名: [0xc3, 0xfb],
  村: [0xb4, 0xe5],
  组: [0xd7, 0xe9],
  户: [0xbb, 0xa7],
  主: [0xd6, 0xf7],
  身: [0xc9, 0xed],
  份: [0xb7, 0xdd],
  电: [0xb5, 0xe7],
  话: [0xbb, 0xb0],
  张: [0xd5, 0xc5],
  三: [0xc8, 0xfd],
  李: [0xc0, 0xee],
  四: [0xcb, 0xc4],
  王: [0xcd, 0xf5],
  五: [0xce, 0xe5],
  石: [0xca, 0xaf],
  门: [0xc3, 0xc5],
  一: [0xd2, 0xbb],
  二: [0xb6, 0xfe],
  党: [0xb5, 0xb3],
  员: [0xd4, 0xb1],
  民: [0xc3, 0xf1],
  代: [0xb4, 0xfa],
  表: [0xb1, 0xed],
};

function encodeGbk(text: string): Buffer {
  return Buffer.from(
    [...text].flatMap((c) => {
      if (c.charCodeAt(0) < 0x80) return [c.charCodeAt(0)];
      const bytes = gbk[c];
      if (!bytes) throw new Error(`no GBK bytes written out for ${c}`);
      return bytes;
    }),
  );
}

// Row 3 has a phone of six digits; rows 2 and 5 are the same name in the same 组 (一组 = 1组).
const csv = [
  '姓名,村,组,户主,身份,电话',
  '张三,石门村,一组,张三,党员,13800000001',
  '李四,石门村,一组,张三,,138000',
  '王五,石门村,二组,王五,村民代表,13800000003',
  '张三,石门村,1组,,,13800000004',
].join('\r\n');

type StoredPerson = { name: string; group: string; deletedAt: string | null };

const storedPersons = (page: Page) => storedRecords<StoredPerson>(page, 'persons');

describe('村民名册', () => {
  let profile: Profile;
  let page: Page;

  beforeAll(async () => {
    profile = await openProfile();
    page = await profile.context.newPage();
    await page.goto(baseUrl);
  });

  afterAll(async () => {
    await profile.close();
    removeProfile(profile);
  });

  const count = () => page.getByTestId('roster-count').textContent();
  const names = () =>
    page
      .locator('.roster-row')
      .evaluateAll((rows) =>
        rows.map((r) => r.querySelectorAll('[role=cell]')[1]?.textContent ?? ''),
      );
  const preview = () => page.getByRole('dialog', { name: '导入名册：名册.csv' });
  const previewCounts = () => page.getByTestId('roster-preview-counts').textContent();

  async function choose(label: string, value: string) {
    await preview().getByRole('combobox', { name: label, exact: true }).focus();
    await page.keyboard.type(value);
    await page.keyboard.press('Enter');
  }

  it('opens from the main menu, empty, and passes the accessibility check', async () => {
    await mainMenu(page, '村民名册').click();
    await page.waitForURL(/#\/roster$/);
    await expect.poll(count).toBe('共 0 人（全部 0 人）');
    // Every entry of the main menu is in view, and it marks this page as the current one.
    for (const name of ['屋场会', '台账', '村民名册', '统计', '导入与备份', '设置']) {
      expect(await mainMenu(page, name).isVisible()).toBe(true);
      expect(await mainMenu(page, name).getAttribute('aria-current')).toBe(
        name === '村民名册' ? 'page' : null,
      );
    }
    await expectAccessible(page, '村民名册（空）');
  });

  it('previews a GBK .csv: the bad row named, the duplicate found, nothing stored', async () => {
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: '导入名册…' }).focus();
    await page.keyboard.press('Enter');
    await (
      await chooser
    ).setFiles({ name: '名册.csv', mimeType: 'text/csv', buffer: encodeGbk(csv) });
    await preview().waitFor();
    await preview().getByText('已读取 5 行（CSV 文本，GBK 编码），表头在第 1 行').waitFor();
    await expect.poll(previewCounts).toBe('可导入 3 人，有误 1 行，重复 1 组，将导入 3 人');
    await preview()
      .getByRole('region', { name: '有误的行（不会导入）' })
      .getByText(
        '第 3 行 F 列（电话）“138000”不是有效的电话号码（手机号为 11 位，座机如 0731-8888888）',
      )
      .waitFor();
    await preview().getByText('同名同组：张三（石门村 一组），第 2、5 行').waitFor();
    const table = preview().getByRole('table', { name: '导入预览' });
    expect(await table.locator('tbody tr.ant-table-row').count()).toBe(4);
    expect(await storedPersons(page)).toEqual([]);
    await expectAccessible(page, '导入名册预览');
  });

  it('runs the preview again when the mapping changes', async () => {
    await choose('电话', '无此列');
    await expect.poll(previewCounts).toBe('可导入 4 人，有误 0 行，重复 1 组，将导入 4 人');
    await choose('电话', 'F 列');
    await expect.poll(previewCounts).toBe('可导入 3 人，有误 1 行，重复 1 组，将导入 3 人');
    expect(await storedPersons(page)).toEqual([]);
  });

  it('stores the valid rows on 确认导入 and lists them with phones masked', async () => {
    await preview().getByRole('button', { name: '确认导入' }).click();
    await page.getByText('已从“名册.csv”导入 3 人').waitFor();
    await expect.poll(count).toBe('共 3 人（全部 3 人）');
    const stored = await storedPersons(page);
    expect(stored.map((p) => `${p.name} ${p.group}`).sort()).toEqual([
      '张三 1组',
      '张三 一组',
      '王五 二组',
    ]);
    // The list is one table to assistive technology, named as the page is.
    const list = page.getByRole('table', { name: '村民名册' });
    expect(await list.textContent()).toContain('138****0003');
    expect(await list.textContent()).not.toContain('13800000003');
    await page.getByRole('switch', { name: '显示完整电话号码' }).click();
    await expect.poll(() => list.textContent()).toContain('13800000003');
    await page.getByRole('switch', { name: '显示完整电话号码' }).click();
    await expectAccessible(page, '村民名册');
  });

  it('finds a person by pinyin initials and filters by 组', async () => {
    await page.getByLabel('搜索', { exact: true }).fill('ww');
    await expect.poll(count).toBe('共 1 人（全部 3 人）');
    expect(await names()).toEqual(['王五']);
    await page.getByLabel('搜索', { exact: true }).fill('zs');
    await expect.poll(count).toBe('共 2 人（全部 3 人）');
    await page.getByRole('button', { name: '清除筛选' }).click();
    await page.getByRole('combobox', { name: '村民小组', exact: true }).focus();
    await page.keyboard.type('二组');
    await page.keyboard.press('Enter');
    await expect.poll(count).toBe('共 1 人（全部 3 人）');
    expect(await names()).toEqual(['王五']);
    await page.getByRole('button', { name: '清除筛选' }).click();
    await expect.poll(count).toBe('共 3 人（全部 3 人）');
  });

  it('disables 导出 Excel when a search finds nobody with no fade running after the key', async () => {
    // A colour fade is animated frame by frame, and its frames delayed the next key's list. The
    // page reads the animations on the button the moment its disabled state changes
    // (getAnimations brings the button's style up to date first).
    const button = page.getByRole('button', { name: '导出 Excel' });
    await button.evaluate((b) => {
      const w = window as unknown as { fades: number[] };
      w.fades = [];
      new MutationObserver(() => w.fades.push(b.getAnimations().length)).observe(b, {
        attributeFilter: ['disabled'],
      });
    });
    const fades = () => page.evaluate(() => (window as unknown as { fades: number[] }).fades);
    await page.getByLabel('搜索', { exact: true }).fill('没有这个人');
    await expect.poll(count).toBe('共 0 人（全部 3 人）');
    expect(await button.isDisabled()).toBe(true);
    await page.getByRole('button', { name: '清除筛选' }).click();
    await expect.poll(count).toBe('共 3 人（全部 3 人）');
    expect(await button.isEnabled()).toBe(true);
    expect(await fades()).toEqual([0, 0]);
  });

  it('opens the person a row shows now that a search put another in its place; Escape clears', async () => {
    // The rows are the page's elements by place: the first row showed 张三 and shows 王五 now.
    const box = page.getByLabel('搜索', { exact: true });
    const firstRow = page.locator('.roster-row').first();
    await box.fill('zs');
    await expect.poll(() => firstRow.getAttribute('aria-label')).toMatch(/^张三/);
    await box.fill('ww');
    await expect.poll(() => firstRow.getAttribute('aria-label')).toMatch(/^王五/);
    expect(await names()).toEqual(['王五']);
    await box.press('Escape');
    await expect.poll(count).toBe('共 3 人（全部 3 人）');
    expect(await box.inputValue()).toBe('');
    await box.fill('ww');
    await expect.poll(names).toEqual(['王五']);
    await firstRow.click();
    await page.getByRole('heading', { name: '王五 · 参会与诉求记录' }).waitFor();
    await page.goBack();
    await expect.poll(count).toBe('共 3 人（全部 3 人）');
  });

  it('merges the two 张三 into the one kept', async () => {
    await page.getByRole('button', { name: '重复人员（1 组）' }).click();
    const dialog = page.getByRole('dialog', { name: '重复人员' });
    await dialog.waitFor();
    await expectAccessible(page, '重复人员');
    await dialog.getByRole('button', { name: '保留此人：张三（石门村 一组），合并其余' }).click();
    await page.getByRole('button', { name: '合并', exact: true }).click();
    await page.getByText('已把 1 条记录合并到“张三”').waitFor();
    await dialog.getByText('名册中没有重复人员').waitFor();
    await dialog.getByRole('button', { name: '关闭' }).first().click();
    await expect.poll(count).toBe('共 2 人（全部 2 人）');
    const stored = await storedPersons(page);
    expect(
      stored
        .filter((p) => p.deletedAt === null)
        .map((p) => `${p.name} ${p.group}`)
        .sort(),
    ).toEqual(['张三 一组', '王五 二组']);
    expect(stored.filter((p) => p.deletedAt !== null).map((p) => `${p.name} ${p.group}`)).toEqual([
      '张三 1组',
    ]);
  });

  it('exports the list as .xlsx in the default copy, phones masked', async () => {
    const sheet = await downloadOf(page, () =>
      page.getByRole('button', { name: '导出 Excel' }).click(),
    );
    expect(sheet.suggestedFilename()).toBe('村民名册（脱敏版）.xlsx');
    const { rows } = readXlsx(readFileSync(await sheet.path()));
    expect(rows).toEqual([
      ['姓名', '村(社区)', '村民小组', '户主', '身份', '电话'],
      ['王五', '石门村', '二组', '王五', '村民代表', '138****0003'],
      ['张三', '石门村', '一组', '张三', '党员', '138****0001'],
    ]);
    await page.getByText('已导出：村民名册（脱敏版）.xlsx').waitFor();
  });
  it('proposes to skip rows already in the roster, and 取消 stores nothing', async () => {
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: '导入名册…' }).click();
    await (
      await chooser
    ).setFiles({ name: '名册.csv', mimeType: 'text/csv', buffer: encodeGbk(csv) });
    await preview().waitFor();
    // Rows 2 and 4 are exactly the merged 张三 and 王五; row 5 (1组, another phone) is not.
    // Duplicates: 张三 by name and by phone, 王五 by name and by phone.
    await expect.poll(previewCounts).toBe('可导入 3 人，有误 1 行，重复 4 组，将导入 1 人');
    const skip = preview().getByRole('checkbox', {
      name: '跳过与名册或前面的行完全相同的 2 行',
    });
    expect(await skip.isChecked()).toBe(true);
    await skip.click();
    await expect.poll(previewCounts).toBe('可导入 3 人，有误 1 行，重复 4 组，将导入 3 人');
    await preview().getByRole('button', { name: '取消' }).click();
    await preview().waitFor({ state: 'hidden' });
    expect(await storedPersons(page)).toHaveLength(3); // two live, one merged away
    await expect.poll(count).toBe('共 2 人（全部 2 人）');
  });
});
