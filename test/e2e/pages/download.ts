// The file an action makes the app download. When the app says instead that the export failed,
// the test fails at once with the app's words; when no file comes at all, the failure says so and
// quotes whatever the screen said, so a failure in CI explains itself.
import type { Download, Page } from 'playwright-core';

export async function downloadOf(page: Page, action: () => Promise<unknown>): Promise<Download> {
  const downloaded = page.waitForEvent('download');
  // A failure said after the action starts (one said before, still fading, is not this one's).
  const errors = page.locator('.ant-message-error');
  const failure = errors.nth(await errors.count());
  const saidFailure = failure.waitFor().then(async () => {
    throw new Error(`the app said: ${await failure.textContent()}`);
  });
  // Whichever loses the race, or both if the action throws, must not reject unhandled.
  downloaded.catch(() => undefined);
  saidFailure.catch(() => undefined);
  await action();
  try {
    return await Promise.race([downloaded, saidFailure]);
  } catch (error) {
    const said = await page
      .locator('.ant-message-notice, [role="alert"], .ant-modal-title')
      .allTextContents()
      .catch(() => []);
    throw new Error(
      `no download: ${error instanceof Error ? error.message : String(error)}; ` +
        `on screen: ${said.join(' | ') || '(nothing)'}`,
    );
  }
}
