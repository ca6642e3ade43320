// A dialog once it has finished opening, as a person sees it before clicking in it. Twice in CI
// a click on 导出 made right after the export dialog appeared led to no export (the dialog stayed
// open, nothing said); a keyboard run, slower to reach the button, never missed. That the
// opening zoom is what loses the click is a guess not yet proven; waiting for it to end is what a
// person does anyway.
import { expect } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { inMotion } from './motion';

const dialogInMotion = inMotion('.ant-modal', ['appear', 'enter']);

export async function openedDialog(page: Page, within: Locator = page.getByRole('dialog')) {
  await within.waitFor();
  await expect.poll(() => page.locator(dialogInMotion).count()).toBe(0);
  return within;
}
