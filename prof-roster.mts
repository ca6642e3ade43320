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
await page.getByLabel('搜索', { exact: true }).click();
await page.keyboard.type('z'); await page.keyboard.press('Backspace');
await page.waitForTimeout(500);
const cdp = await profile.context.newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
await cdp.send('Profiler.start');
for (let r = 0; r < 3; r++) for (const q of ['zs', 'sdh', '王', '石门村', '李明', 'lj']) {
  for (const ch of q) { await page.keyboard.type(ch); await page.waitForTimeout(120); }
  for (const _ of q) { await page.keyboard.press('Backspace'); await page.waitForTimeout(120); }
}
const { profile: prof } = await cdp.send('Profiler.stop') as any;
const self = new Map<string, number>();
const dt = prof.timeDeltas as number[];
const byId = new Map(prof.nodes.map((n: any) => [n.id, n]));
const counts = new Map<number, number>();
prof.samples.forEach((id: number, i: number) => counts.set(id, (counts.get(id) ?? 0) + (dt[i] ?? 0)));
for (const [id, t] of counts) {
  const n: any = byId.get(id); const cf = n.callFrame;
  const key = `${cf.functionName || '(anon)'} ${cf.url.split('/').pop()}:${cf.lineNumber}`;
  self.set(key, (self.get(key) ?? 0) + t);
}
const top = [...self].sort((a, b) => b[1] - a[1]).slice(0, 30);
for (const [k, t] of top) console.log((t / 1000).toFixed(1).padStart(8), k);
await profile.close(); await closeDemoProfiles();
