// Loads records into a profile the way a user does: an exchange file chosen on 导入与备份 and
// imported, for specs that start from a township rather than from typing it in.
import type { Page } from 'playwright-core';
import type { ExchangeRecords } from '../../../shared/exchange/format';
import { emptyRecords } from '../../../shared/exchange/format';
import { createExchangeFile, serializeExchangeFile } from '../../../shared/exchange/write';

export async function importRecords(
  page: Page,
  baseUrl: string,
  records: Partial<ExchangeRecords>,
  name = 'records.json',
): Promise<void> {
  const file = await createExchangeFile(
    {
      kind: 'exchange',
      exportedAt: new Date().toISOString(),
      appVersion: '0.1.0',
      source: { deviceId: 'laptop-1', label: '' },
    },
    { ...emptyRecords(), ...records },
  );
  await page.goto(`${baseUrl}#/exchange`);
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: '选择文件…' }).click();
  await (
    await chooser
  ).setFiles({
    name,
    mimeType: 'application/json',
    buffer: Buffer.from(serializeExchangeFile(file)),
  });
  await page.getByRole('button', { name: '导入（1 个文件）' }).click();
  await page.getByText('已导入').first().waitFor();
}
