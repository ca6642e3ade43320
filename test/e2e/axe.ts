// Accessibility check of the screen as it is now: no serious or critical axe violation.
import AxeBuilder from '@axe-core/playwright';
import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import { inMotion } from './pages/motion';

/** antd's layers that fade in and out: select lists, menus, date pickers, pop-ups, dialogs and
 * their masks, messages. Part way through, their colours are faded and axe measures a contrast
 * nobody sees. (Not every motion: antd's own button loading icon could stay in its leave
 * motion, an empty span; the app's theme replaces it.) */
const layersInMotion = [
  '.ant-select-dropdown',
  '.ant-dropdown',
  '.ant-picker-dropdown',
  '.ant-popover',
  '.ant-tooltip',
  '.ant-modal',
  '.ant-modal-mask',
  // A message's motion class sits on the element around its notice (.ant-message-fade-leave).
  '[class*="ant-message-"]',
  '[class*="ant-notification-"]',
]
  .map((layer) => inMotion(layer, ['enter', 'appear', 'leave']))
  .join(', ');

/** `within`: a selector to check only that part (a dialog over a page checked elsewhere). */
export async function expectAccessible(page: Page, screen: string, within?: string) {
  // The screen as it settles: nothing half way through opening or closing (a closing select list
  // is an empty listbox without a name until antd hides it; a dialog fading in shows grey text).
  await expect.poll(() => page.locator(layersInMotion).count()).toBe(0);
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
