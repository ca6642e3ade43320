// Accessibility check of the screen as it is now: no serious or critical axe violation.
import AxeBuilder from '@axe-core/playwright';
import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import { inMotion } from './pages/motion';

/** Anything antd is animating: a menu or a list opening or closing, a dialog or its mask fading
 * in. Part way through, its colours are faded and axe measures a contrast nobody sees. */
const anythingInMotion = inMotion('', ['enter', 'appear', 'leave']);

/** `within`: a selector to check only that part (a dialog over a page checked elsewhere). */
export async function expectAccessible(page: Page, screen: string, within?: string) {
  // The screen as it settles: nothing half way through opening or closing (a closing select list
  // is an empty listbox without a name until antd hides it; a dialog fading in shows grey text).
  await expect.poll(() => page.locator(anythingInMotion).count()).toBe(0);
  const builder = new AxeBuilder({ page });
  const results = await (within ? builder.include(within) : builder).analyze();
  const serious = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${screen}: ${v.id} (${v.impact}) ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`,
    );
  expect(serious).toEqual([]);
  return results.violations.length;
}
