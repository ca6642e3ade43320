// Page model of the app: the few steps every end-to-end test takes, in the user's words.
import { expect } from 'vitest';
import type { Locator, Page } from 'playwright-core';

/** An entry of the main menu (主菜单, links in the header). */
export function mainMenu(page: Page, name: string): Locator {
  return page.getByRole('navigation', { name: '主菜单' }).getByRole('link', { name, exact: true });
}

export class AppPage {
  constructor(readonly page: Page) {}

  saveStatus(): Locator {
    return this.page.getByTestId('save-status');
  }

  async waitUntilSaved() {
    await this.saveStatus().getByText('已保存').waitFor();
  }

  async createMeeting(): Promise<string> {
    await this.page.getByRole('button', { name: /^新建/ }).click();
    await this.page.waitForURL(/#\/meetings\/[0-9a-f-]{36}$/);
    return this.page.url().split('/').pop() ?? '';
  }

  tab(name: RegExp | string): Locator {
    return this.page.getByRole('tab', { name });
  }

  attendeeName(): Locator {
    return this.page
      .getByRole('group', { name: '添加参会人员' })
      .getByLabel('姓名', { exact: true });
  }

  attendeeRows(): Locator {
    return this.page.getByTestId('attendee-row');
  }

  async attendeeNames(): Promise<string[]> {
    return this.attendeeRows()
      .locator('input[aria-label$=" 姓名"]')
      .evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
  }

  issueCard(seq: number): Locator {
    return this.page.getByRole('region', { name: `诉求 ${seq}`, exact: true });
  }

  async count(testId: string): Promise<number> {
    return Number(await this.page.getByTestId(testId).textContent());
  }

  async expectCount(testId: string, value: number) {
    await expect.poll(() => this.count(testId)).toBe(value);
  }
}
