// The home screen's 逾期 / 即将到期 lists (DueSection) from a cold start: a new browser process on
// the imported ten-year demo profile, timed from navigation to the first frame in which the
// section shows its summary and its table of groups, against the same cold start of the empty
// profile (where the section shows its summary of none and no table), taken in turns.
import { openProfile } from '../e2e/browser';
import { demoProfiles } from './demo-profile';
import { coldStarts, median } from './stats';

const runs = coldStarts;

/** Milliseconds from navigation to the frame that first shows the due section (rAF polling). */
async function coldDue(dir: string, url: string, withLists: boolean): Promise<number> {
  const profile = await openProfile(dir);
  try {
    const page = await profile.context.newPage();
    await page.goto(url);
    const handle = await page.waitForFunction(
      (lists) => {
        const section = document.querySelector('section[aria-label="逾期和即将到期"]');
        const shown =
          section?.querySelector('[data-testid="due-summary"]') &&
          (!lists || section.querySelector('tbody tr[data-row-key]'));
        return shown ? performance.now() : null;
      },
      withLists,
      { polling: 'raf', timeout: 0 },
    );
    return (await handle.jsonValue()) ?? NaN;
  } finally {
    await profile.close();
  }
}

export async function benchHomeDue() {
  const { url, demoDir, emptyDir } = await demoProfiles();
  const demoTimes: number[] = [];
  const emptyTimes: number[] = [];
  for (let i = 0; i < runs; i++) {
    emptyTimes.push(await coldDue(emptyDir, url, false));
    demoTimes.push(await coldDue(demoDir, url, true));
  }
  const result = { demoMs: median(demoTimes), emptyMs: median(emptyTimes), runs };
  console.log(
    `home 逾期/即将到期 lists from a cold start: ${result.demoMs.toFixed(0)} ms on the demo, ` +
      `${result.emptyMs.toFixed(0)} ms empty (median of ${runs} cold starts each, in turns)`,
  );
  return result;
}
