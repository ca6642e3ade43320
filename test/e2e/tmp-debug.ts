import { openProfile } from './browser';
import { preview } from 'vite';
const server = await preview({ configFile: '/work/main/vite.config.ts', preview: { port: 0 }, logLevel: 'error' });
const url = server.resolvedUrls!.local[0]!;
for (let run = 0; run < 6; run++) {
  const p = await openProfile();
  const page = await p.context.newPage();
  await page.goto(url);
  await page.getByRole('button', { name: '新建屋场会' }).click();
  await page.getByRole('tab', { name: /群众诉求/ }).click();
  await page.getByRole('button', { name: '新增诉求' }).click();
  const card = page.getByRole('region', { name: '诉求 1', exact: true });
  await card.getByRole('textbox', { name: '问题描述' }).fill('村里'.repeat(2500));
  await card.getByLabel('处置方式').focus();
  await page.keyboard.type('交办');
  await page.keyboard.press('Enter');
  const deadline = card.getByLabel('办结时限');
  await deadline.click();
  await deadline.fill('2000-01-01');
  const t0 = Date.now();
  await deadline.press('Enter');
  const trace: string[] = [];
  for (let i = 0; i < 10; i++) { trace.push(`${Date.now() - t0}:${await deadline.inputValue()}`); await page.waitForTimeout(60); }
  console.log(run, trace.join(' '));
  await p.close();
}
await server.close();
