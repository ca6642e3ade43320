// Keyboard-only steps: Tab until a control has focus, read what has focus. No clicks.
import type { FileChooser, Page } from 'playwright-core';

/** The focused element's accessible name as a user hears it: aria-label, its label, or its text. */
export function focusedName(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el) return '';
    // A tab panel is named after its tab: tell them apart.
    if (el.getAttribute('role') === 'tabpanel') return `tabpanel`;
    const labelled = el.getAttribute('aria-labelledby');
    const byId = labelled ? document.getElementById(labelled)?.textContent : null;
    const input = el as HTMLInputElement;
    return (
      el.getAttribute('aria-label') ??
      byId ??
      input.labels?.[0]?.textContent ??
      visibleText(el)
    ).trim();
    // A focused antd tab carries a hidden live region ("Tab 1 of 4") inside its label.
    function visibleText(node: HTMLElement): string {
      const copy = node.cloneNode(true) as HTMLElement;
      copy.querySelectorAll('[aria-live]').forEach((live) => live.remove());
      return copy.textContent ?? '';
    }
  });
}

/** Presses Tab (or Shift+Tab) until the focused control's name is `name`. */
export async function tabTo(page: Page, name: string | RegExp, { back = false, max = 80 } = {}) {
  const seen: string[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    const now = await focusedName(page);
    if (typeof name === 'string' ? now === name : name.test(now)) return;
    seen.push(now.slice(0, 20));
  }
  throw new Error(`Tab never reached “${String(name)}”; passed: ${seen.join(' → ')}`);
}

/**
 * Presses a key on a control that opens a file chooser and returns the chooser. Playwright turns
 * file-chooser interception on only once someone waits for one, and does not wait for Chromium to
 * apply it; a key press is one input event that can reach the page first, and headless Chromium
 * then cancels the chooser at once (the input fires `cancel`). One round trip to the page orders
 * the two: the interception is applied on the page's side before the key is sent.
 */
export async function pressForFileChooser(page: Page, key = 'Enter'): Promise<FileChooser> {
  const chooser = page.waitForEvent('filechooser');
  await page.evaluate(() => undefined);
  await page.keyboard.press(key);
  return chooser;
}
