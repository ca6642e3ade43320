// Debian's Chromium, headless, driven by playwright-core. Each profile is its own folder, so a
// test can act as several laptops, and a reload or a restart keeps real IndexedDB data.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const flags = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export type Profile = { context: BrowserContext; dir: string; close(): Promise<void> };

export async function openProfile(
  dir = mkdtempSync(join(tmpdir(), 'wch-profile-')),
): Promise<Profile> {
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: chromiumPath,
    headless: true,
    args: flags,
    locale: 'zh-CN',
    viewport: { width: 1366, height: 900 },
    acceptDownloads: true,
  });
  return {
    context,
    dir,
    close: async () => {
      await context.close();
    },
  };
}

export function removeProfile(profile: Profile) {
  rmSync(profile.dir, { recursive: true, force: true });
}
