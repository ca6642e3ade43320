// Crash proof: Chromium on a persistent profile is killed with SIGKILL after a seeded random
// number of keystrokes into several fields; after each relaunch on the same profile what is stored
// is a prefix of what was typed and holds everything the screen had called 已保存. No clock is
// involved: how soon a change is stored is measured in `npm run bench`. We launch Chromium ourselves (its
// process group is ours to kill) and drive it over the DevTools protocol.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { chromiumPath } from './browser';
import { AppPage } from './pages/app-page';

const baseUrl = inject('baseUrl');
const kills = 20;
const seed = Number(process.env.CRASH_SEED ?? 20261201);
const fields = ['屋场', '具体地点', '议题'] as const;
const alphabet = '屋场会记录村民诉求办结回访满意销号修路饮水';

/** mulberry32: a small seeded generator, so a failing run can be repeated with CRASH_SEED. */
function random(seedValue: number) {
  let a = seedValue >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Running = { browser: Browser; process: ChildProcess; page: Page };

async function launch(profileDir: string): Promise<Running> {
  const child = spawn(
    chromiumPath,
    [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-session-crashed-bubble',
      '--lang=zh-CN',
      '--window-size=1366,900',
      `--user-data-dir=${profileDir}`,
      '--remote-debugging-port=0',
      'about:blank',
    ],
    { detached: true, stdio: ['ignore', 'ignore', 'pipe'] },
  );
  const endpoint = await new Promise<string>((resolve, reject) => {
    const lines = createInterface({ input: child.stderr });
    lines.on('line', (line) => {
      const match = /DevTools listening on (ws:\/\/\S+)/.exec(line);
      if (match) resolve(match[1]!);
    });
    child.once('exit', (code) => reject(new Error(`chromium exited early (${code})`)));
  });
  const browser = await chromium.connectOverCDP(endpoint);
  const context = browser.contexts()[0]!;
  const page = context.pages()[0] ?? (await context.newPage());
  return { browser, process: child, page };
}

/** SIGKILL to Chromium's whole process group, as a power cut or a crash would end it. */
async function kill(running: Running) {
  const exited = new Promise<void>((resolve) => running.process.once('exit', () => resolve()));
  process.kill(-running.process.pid!, 'SIGKILL');
  await exited;
}

/** A keystroke, and when it was typed: its age at the kill is reported, never asserted. */
type Keystroke = { field: (typeof fields)[number]; length: number; at: number };

describe('crash proof', () => {
  const profileDir = mkdtempSync(join(tmpdir(), 'wch-crash-'));
  let running: Running | null = null;
  afterAll(async () => {
    if (running) {
      await running.browser.close().catch(() => undefined);
      await kill(running).catch(() => undefined);
    }
    rmSync(profileDir, { recursive: true, force: true });
  });

  it(`keeps every change the screen called 已保存 through ${kills} SIGKILLs`, async () => {
    const next = random(seed);
    running = await launch(profileDir);
    await running.page.goto(baseUrl);
    await new AppPage(running.page).createMeeting();
    const meetingUrl = running.page.url();
    let changesChecked = 0;
    let checkpoints = 0;
    let lostChanges = 0;
    let largestLossMs = 0;

    for (let round = 0; round < kills; round += 1) {
      const { page } = running;
      const input = (field: string) => page.getByLabel(field, { exact: true });
      const status = page.getByTestId('save-status');
      const typed: Record<string, string> = {};
      const promised: Record<string, number> = {};
      for (const field of fields) {
        typed[field] = await input(field).inputValue();
        // A one-line field holds at most 200 characters; a long one starts over (and the screen
        // must say 已保存 before typing goes on, so the empty field is what is promised).
        if (typed[field].length > 120) {
          await input(field).fill('');
          await status.filter({ hasText: /^已保存$/ }).waitFor();
          typed[field] = '';
        }
        promised[field] = typed[field].length;
      }
      // The kill comes after a seeded number of keystrokes, so it lands anywhere: mid-typing,
      // mid-write, or just after a write. Now and then typing pauses until the screen says 已保存;
      // from then on everything typed so far is promised to survive.
      const strokes: Keystroke[] = [];
      const killAfter = 1 + Math.floor(next() * 60);
      while (strokes.length < killAfter) {
        const field = fields[Math.floor(next() * fields.length)]!;
        await input(field).click();
        await page.keyboard.press('ControlOrMeta+End');
        const run = 1 + Math.floor(next() * 15);
        for (let i = 0; i < run && strokes.length < killAfter; i += 1) {
          const char = alphabet[Math.floor(next() * alphabet.length)]!;
          await page.keyboard.insertText(char);
          typed[field] += char;
          strokes.push({ field, length: typed[field]!.length, at: Date.now() });
        }
        if (next() < 0.3) {
          await status.filter({ hasText: /^已保存$/ }).waitFor();
          for (const f of fields) promised[f] = typed[f]!.length;
          checkpoints += 1;
        }
      }
      const killedAt = Date.now();
      await kill(running);

      running = await launch(profileDir);
      await running.page.goto(meetingUrl);
      await new AppPage(running.page).tab(/基本信息/).waitFor();
      for (const field of fields) {
        const stored = await running.page.getByLabel(field, { exact: true }).inputValue();
        // Typing only appends, so what is stored is a prefix of what was typed (nothing
        // invented, nothing out of order)...
        expect(typed[field]!.startsWith(stored), `${field} after kill ${round + 1}`).toBe(true);
        // ...that holds everything typed before the screen last said 已保存.
        expect(stored.length, `${field} after kill ${round + 1}`).toBeGreaterThanOrEqual(
          promised[field]!,
        );
        for (const stroke of strokes.filter((s) => s.field === field)) {
          changesChecked += 1;
          if (stroke.length > stored.length) {
            lostChanges += 1;
            largestLossMs = Math.max(largestLossMs, killedAt - stroke.at);
          }
        }
      }
    }
    console.log(
      `crash proof (seed ${seed}): ${kills} kills, ${changesChecked} keystrokes, ` +
        `${checkpoints} times 已保存 awaited and kept; ${lostChanges} keystrokes not yet stored ` +
        `at their kill, the oldest typed ${largestLossMs} ms before it`,
    );
    expect(checkpoints).toBeGreaterThan(0);
  }, 900_000);
});
