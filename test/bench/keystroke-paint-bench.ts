// Keystroke to paint while capturing: a meeting of 200 attendees and 60 issues, imported through
// the app, one issue's description 6,000 characters long and being typed into, with the CPU
// throttled 4× (a village laptop). Baseline: the same keystrokes into a bare <textarea> holding
// the same text, in the same browser with the same throttle. Goal: app p95 ≤ 16 ms. The measure's
// own floor on this machine is taken too: an empty bare <textarea>, same throttle, same keys.
import { preview } from 'vite';
import type { BrowserContext, Page } from 'playwright-core';
import { emptyRecords } from '../../shared/exchange/format';
import { createExchangeFile, serializeExchangeFile } from '../../shared/exchange/write';
import { openProfile, removeProfile } from '../e2e/browser';
import { bigMeetingBundle } from '../fixtures/big-meeting';
import { percentile } from './stats';

const keystrokes = 40;
const warmup = 5;
// A fast typist's pace; the autosave writes at least once a second while typing goes on, and
// each write's re-render competes with the next keystroke, as it does in a meeting.
const cadenceMs = 180;
const throttle = 4;
const longText = '村里的路下雨天积水严重，群众出行不便，希望尽快修补。'.repeat(240).slice(0, 6000);

/** Each input event's time to the next painted frame, collected in the page. */
const recorder = () => {
  const w = window as unknown as { keyLatencies: number[] };
  w.keyLatencies = [];
  document.addEventListener(
    'beforeinput',
    (event) => {
      const start = event.timeStamp;
      requestAnimationFrame(() => {
        // A message posted from the frame callback arrives once that frame has been painted.
        const channel = new MessageChannel();
        channel.port1.onmessage = () => w.keyLatencies.push(performance.now() - start);
        channel.port2.postMessage(null);
      });
    },
    true,
  );
};

async function exchangeText(): Promise<{ text: string; meetingId: string }> {
  const bundle = bigMeetingBundle();
  const last = bundle.issues.at(-1);
  if (last) last.description = longText;
  const file = await createExchangeFile(
    {
      kind: 'exchange',
      exportedAt: '2026-11-27T08:00:00.000Z',
      appVersion: 'bench',
      source: { deviceId: 'bench-laptop', label: '' },
    },
    {
      ...emptyRecords(),
      meetings: [bundle.meeting],
      attendance: bundle.attendance,
      issues: bundle.issues,
    },
  );
  return { text: serializeExchangeFile(file), meetingId: bundle.meeting.id };
}

async function typeAndMeasure(page: Page): Promise<number[]> {
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  for (let i = 0; i < warmup + keystrokes; i++) {
    const started = Date.now();
    await page.keyboard.press(letters[i % letters.length] ?? 'a');
    await page.waitForFunction(
      (n) => (window as unknown as { keyLatencies: number[] }).keyLatencies.length >= n,
      i + 1,
    );
    const left = cadenceMs - (Date.now() - started);
    if (left > 0) await new Promise((resolve) => setTimeout(resolve, left));
  }
  const all = await page.evaluate(
    () => (window as unknown as { keyLatencies: number[] }).keyLatencies,
  );
  return all.slice(warmup);
}

/** The same keystrokes, throttle and cadence in a page that is only a <textarea> holding `text`. */
async function typeIntoBareTextarea(context: BrowserContext, text: string): Promise<number[]> {
  const bare = await context.newPage();
  await bare.setContent('<textarea aria-label="baseline" rows="12" cols="80"></textarea>');
  await bare.evaluate(recorder);
  await bare.getByLabel('baseline').fill(text);
  await bare.getByLabel('baseline').press('Control+End');
  const cdp = await context.newCDPSession(bare);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  const latencies = await typeAndMeasure(bare);
  await bare.close();
  return latencies;
}

async function importMeeting(page: Page, url: string, text: string) {
  await page.goto(`${url}#/exchange`);
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: '选择文件…' }).click();
  await (
    await chooser
  ).setFiles({ name: 'big.json', mimeType: 'application/json', buffer: Buffer.from(text) });
  await page.getByRole('button', { name: '导入（1 个文件）' }).click();
  await page.getByText('已导入').first().waitFor();
}

/** `outDir` serves another build (for a before/after comparison); by default the fresh one. */
export async function benchKeystrokePaint({ outDir }: { outDir?: string } = {}) {
  const server = await preview({
    configFile: 'vite.config.ts',
    ...(outDir ? { build: { outDir } } : {}),
    preview: { port: 0 },
    logLevel: 'error',
  });
  const profile = await openProfile();
  try {
    const url = server.resolvedUrls?.local[0];
    if (!url) throw new Error('no preview URL');
    const { text, meetingId } = await exchangeText();
    const page = await profile.context.newPage();
    await page.addInitScript(recorder);
    await importMeeting(page, url, text);

    await page.goto(`${url}#/meetings/${meetingId}`);
    // A loaded shared machine can take long to render the big meeting the first time.
    page.setDefaultTimeout(300_000);
    await page.getByRole('tab', { name: '群众诉求（60）' }).click();
    const description = page
      .getByRole('region', { name: '诉求 60', exact: true })
      .getByRole('textbox', { name: '问题描述' });
    await description.click();
    await page.keyboard.press('Control+End');
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
    const app = await typeAndMeasure(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });

    const baseline = await typeIntoBareTextarea(profile.context, longText);
    const floor = await typeIntoBareTextarea(profile.context, '');

    const result = {
      appP95: percentile(app, 95),
      appP50: percentile(app, 50),
      baselineP95: percentile(baseline, 95),
      baselineP50: percentile(baseline, 50),
      floorP95: percentile(floor, 95),
      floorP50: percentile(floor, 50),
    };
    console.log(
      `keystroke to paint (6,000-character description, 200 attendees / 60 issues, CPU ${throttle}× slower, ${keystrokes} keys): ` +
        `app p50 ${result.appP50.toFixed(1)} ms, p95 ${result.appP95.toFixed(1)} ms (goal ≤ 16); ` +
        `bare textarea p50 ${result.baselineP50.toFixed(1)} ms, p95 ${result.baselineP95.toFixed(1)} ms; ratio ${(result.appP95 / result.baselineP95).toFixed(2)}×; ` +
        `empty bare textarea p50 ${result.floorP50.toFixed(1)} ms, p95 ${result.floorP95.toFixed(1)} ms`,
    );
    return result;
  } finally {
    await profile.close();
    removeProfile(profile);
    await server.close();
  }
}
