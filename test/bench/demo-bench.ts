// The ten-year demo township in Chromium (test/bench/demo-profile.ts imports it through 导入,
// timed), then the home screen's time to interactive on cold starts of that profile against cold
// starts of a profile whose database is empty, taken in turns. Beside it, the floor no app code
// can go under: a bare page on each profile that only opens the same database cold and reads what
// the home screen reads (its lists and counts, through the same indexes), so the note can say how much
// of the difference is the browser opening a database of this size; and, under that, the open
// alone, with the part of it Chromium spends reading past what is left of the undo logs of large
// transactions (open-cost.ts; the import writes transactions of under 1 MB so as to leave none).
import { databaseName } from '../../renderer/db/database-name';
import { openProfile } from '../e2e/browser';
import { demoProfiles } from './demo-profile';
import { markTime } from './mark-time';
import { tracedOpen } from './open-cost';
import { coldStarts, median } from './stats';

const runs = coldStarts;

/**
 * The bare page: opens the database, reads what the home screen reads (待开 and 进行中 through
 * the status index; 已开's newest 30 meetings down the date index, enough for its first 20,
 * counted through the status index less the deleted; the 办理中 issues), says when it is done.
 */
const barePage = `<!doctype html><meta charset="utf-8"><script>
const open = indexedDB.open(${JSON.stringify(databaseName)});
open.onsuccess = () => {
  const tx = open.result.transaction(['meetings', 'issues'], 'readonly');
  const meetings = tx.objectStore('meetings');
  for (const status of ['筹备', '进行中']) meetings.index('status').getAll(status);
  meetings.index('date').getAll({ query: null, count: 30, direction: 'prev' });
  meetings.index('status').count('已结束');
  meetings.index('deletedAt').getAll();
  tx.objectStore('issues').index('status').getAll('办理中');
  tx.oncomplete = () => performance.mark('bare-read');
};
</script>`;

/**
 * One cold start of the browser on this profile, at the app's origin: the app's home screen until
 * it marks itself interactive, or the bare page (served at bench-open.html) until it has
 * read. Returns the mark's time.
 */
async function coldStart(dir: string, url: string, bare: boolean): Promise<number> {
  const mark = bare ? 'bare-read' : 'home-interactive';
  const profile = await openProfile(dir);
  try {
    const page = await profile.context.newPage();
    const at = bare ? new URL('bench-open.html', url).href : url;
    if (bare) await page.route(at, (r) => r.fulfill({ body: barePage, contentType: 'text/html' }));
    await page.goto(at);
    return await markTime(page, mark);
  } finally {
    await profile.close();
  }
}

/** One cold start of the browser on this profile that only opens the app's database, traced. */
async function coldOpen(dir: string, url: string) {
  const profile = await openProfile(dir);
  try {
    const page = await profile.context.newPage();
    return await tracedOpen(page, new URL('bench-open-only.html', url).href, databaseName);
  } finally {
    await profile.close();
  }
}

export async function benchDemo() {
  const { url, demoDir, emptyDir, importMs, files, bytes } = await demoProfiles();
  const demoTimes: number[] = [];
  const emptyTimes: number[] = [];
  const bareDemo: number[] = [];
  const bareEmpty: number[] = [];
  const openDemo: { openMs: number; scopesMs: number }[] = [];
  const openEmpty: { openMs: number; scopesMs: number }[] = [];
  for (let i = 0; i < runs; i++) {
    emptyTimes.push(await coldStart(emptyDir, url, false));
    demoTimes.push(await coldStart(demoDir, url, false));
    bareEmpty.push(await coldStart(emptyDir, url, true));
    bareDemo.push(await coldStart(demoDir, url, true));
    openEmpty.push(await coldOpen(emptyDir, url));
    openDemo.push(await coldOpen(demoDir, url));
  }
  const result = {
    importMs,
    files: files.length,
    bytes,
    demoMs: median(demoTimes),
    emptyMs: median(emptyTimes),
    bareDemoMs: median(bareDemo),
    bareEmptyMs: median(bareEmpty),
    openDemoMs: median(openDemo.map((o) => o.openMs)),
    openEmptyMs: median(openEmpty.map((o) => o.openMs)),
    scopesDemoMs: median(openDemo.map((o) => o.scopesMs)),
    scopesEmptyMs: median(openEmpty.map((o) => o.scopesMs)),
    runs,
  };
  console.log(
    `ten-year demo: ${files.length} files, ${(bytes / 1e6).toFixed(1)} MB imported through 导入 in ${(importMs / 1000).toFixed(1)} s; ` +
      `home interactive ${result.demoMs.toFixed(0)} ms with it, ${result.emptyMs.toFixed(0)} ms empty (median of ${runs} cold starts each); ` +
      `a bare page opening the database and reading the same lists ${result.bareDemoMs.toFixed(0)} ms with it, ${result.bareEmptyMs.toFixed(0)} ms empty; ` +
      `the open alone ${result.openDemoMs.toFixed(0)} ms with it (LevelDB Scopes ${result.scopesDemoMs.toFixed(0)} ms), ` +
      `${result.openEmptyMs.toFixed(0)} ms empty (${result.scopesEmptyMs.toFixed(0)} ms)`,
  );
  return result;
}
