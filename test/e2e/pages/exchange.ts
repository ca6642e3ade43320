// 导出交换文件 of the first meeting 选择会议 offers, as the bytes of the downloaded .json.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { downloadOf } from './download';

export async function exportFirstMeeting(page: Page, baseUrl: string): Promise<Buffer> {
  await page.goto(`${baseUrl}#/exchange`);
  await page.getByLabel('选择会议').click();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Escape');
  const download = await downloadOf(page, () =>
    page.getByRole('button', { name: '导出交换文件' }).click(),
  );
  return readFileSync(await download.path());
}
