// The reads a start begins as soon as the database is open, before the screens' code has run:
// the settings, which every screen shows, and the home screen's lists when that is the page
// opened. main.tsx draws the app once they have answered, so its first frame already holds them;
// early-reads.ts keeps each until the component that shows it claims it.
import type { Repositories } from '../db/repositories';
import { startHomeReads } from '../features/home/home-reads';
import { startEarly } from './early-reads';
import { parseRoute } from './router';

export const settingsKey = 'settings';

/** Starts the first reads; settles when each has answered (or failed). */
export function startFirstReads(repositories: Repositories): Promise<void> {
  const reads = [startEarly(settingsKey, () => repositories.settings.get())];
  if (parseRoute(location.hash).page === 'home') reads.push(startHomeReads(repositories));
  return Promise.all(reads).then(() => undefined);
}
