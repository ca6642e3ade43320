import { preview } from 'vite';
import { chromium } from 'playwright-core';
import { rawZip, zeroBomb } from '/work/wt/backup/test/unit/shared/exchange/zip-fixtures';
const server = await preview({ configFile: 'vite.config.ts', preview: { port: 0, host: '127.0.0.1' }, logLevel: 'error' });
const url = server.resolvedUrls!.local[0]!;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage();
page.on('console', (m) => console.log('console', m.text()));
const noWorker = process.argv.includes('--no-worker');
if (noWorker) await page.addInitScript(() => { (window as any).Worker = undefined; });
await page.goto(`${url}#/exchange`);
await page.getByRole('button', { name: '选择文件…' }).waitFor();
await page.waitForTimeout(1000);
{
  const c = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: '选择文件…' }).click();
  await (await c).setFiles({ name: 'warm.docx', mimeType: 'application/octet-stream', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 1, 2]) });
  await page.getByText(/拒绝：/).waitFor();
}
await page.evaluate(() => {
  const found: any[] = [];
  (window as any).longTasks = found;
  new PerformanceObserver((list) => { for (const e of list.getEntries()) found.push([e.startTime|0, e.duration|0]); }).observe({ type: 'longtask' });
  (window as any).mark = performance.now();
});
const lying = Buffer.from(rawZip([{ name: 'customXml/item1.xml', data: zeroBomb(300), method: 8, crc: 0, size: 1000 }]));
const chooser = page.waitForEvent('filechooser');
await page.getByRole('button', { name: '选择文件…' }).click();
await (await chooser).setFiles({ name: '炸弹.docx', mimeType: 'application/octet-stream', buffer: lying });
await page.getByText(/拒绝：“炸弹/).waitFor();
console.log(await page.evaluate(() => [(window as any).mark|0, JSON.stringify((window as any).longTasks), performance.getEntriesByType('resource').map((e) => e.name).filter((n) => /worker/.test(n))]));
await browser.close(); await server.close();
