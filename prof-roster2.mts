import { openProfile } from './test/e2e/browser';
import { demoProfiles, closeDemoProfiles } from './test/bench/demo-profile';
const { url, demoDir } = await demoProfiles();
const profile = await openProfile(demoDir);
const page = await profile.context.newPage();
page.setDefaultTimeout(300_000);
const t0 = Date.now();
await page.goto(`${url}#/roster`);
await page.waitForFunction(() => performance.getEntriesByName('roster-rows').length > 0);
console.log('roster shown after', Date.now() - t0, 'ms');
console.log('elements', await page.evaluate(() => document.querySelectorAll('*').length), 'styles', await page.evaluate(() => document.querySelectorAll('style').length), 'rules', await page.evaluate(() => [...document.styleSheets].reduce((n, s) => n + (s.cssRules?.length ?? 0), 0)));
await page.getByLabel('搜索', { exact: true }).click();
await page.keyboard.type('z'); await page.keyboard.press('Backspace');
await page.waitForTimeout(500);
const cdp = await profile.context.newCDPSession(page);
await cdp.send('Performance.enable');
const before = (await cdp.send('Performance.getMetrics')).metrics;
for (const q of ['zs', 'sdh', '王', '石门村', '李明', 'lj']) {
  for (const ch of q) { await page.keyboard.type(ch); await page.waitForTimeout(120); }
  for (const _ of q) { await page.keyboard.press('Backspace'); await page.waitForTimeout(120); }
}
const after = (await cdp.send('Performance.getMetrics')).metrics;
const m = (a: any[], n: string) => a.find((x) => x.name === n)?.value ?? 0;
for (const n of ['LayoutCount', 'RecalcStyleCount', 'LayoutDuration', 'RecalcStyleDuration', 'ScriptDuration', 'TaskDuration'])
  console.log(n, (m(after, n) - m(before, n)).toFixed(3));
await profile.close(); await closeDemoProfiles();
