// The ten-year demo township in Chromium (test/bench/demo-profile.ts imports it through 导入,
// timed), then the home screen's time to interactive on cold starts of that profile against cold
// starts of a profile whose database is empty, taken in turns.
import { openProfile } from '../e2e/browser';
import { demoProfiles } from './demo-profile';
import { median } from './stats';

const runs = 5;

/** One cold start of the browser on this profile: when the home screen marked itself interactive. */
async function coldHome(dir: string, url: string): Promise<number> {
  const profile = await openProfile(dir);
  try {
    const page = await profile.context.newPage();
    await page.goto(url);
    await page.waitForFunction(() => performance.getEntriesByName('home-interactive').length > 0, {
      timeout: 0,
    });
    return await page.evaluate(
      () => performance.getEntriesByName('home-interactive')[0]?.startTime ?? NaN,
    );
  } finally {
    await profile.close();
  }
}

export async function benchDemo() {
  const { url, demoDir, emptyDir, importMs, files, bytes } = await demoProfiles();
  const demoTimes: number[] = [];
  const emptyTimes: number[] = [];
  for (let i = 0; i < runs; i++) {
    emptyTimes.push(await coldHome(emptyDir, url));
    demoTimes.push(await coldHome(demoDir, url));
  }
  const result = {
    importMs,
    files: files.length,
    bytes,
    demoMs: median(demoTimes),
    emptyMs: median(emptyTimes),
    runs,
  };
  console.log(
    `ten-year demo: ${files.length} files, ${(bytes / 1e6).toFixed(1)} MB imported through 导入 in ${(importMs / 1000).toFixed(1)} s; ` +
      `home interactive ${result.demoMs.toFixed(0)} ms with it, ${result.emptyMs.toFixed(0)} ms empty (median of ${runs} cold starts each)`,
  );
  return result;
}
