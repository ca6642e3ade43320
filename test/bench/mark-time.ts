// The time a page set a performance mark, waited for without running any of Playwright's own code
// in the page. Playwright's waitForFunction first puts its injected script into the page (about
// 40 ms of the page's thread here) and then polls on every frame: on a page whose load event
// fires early, as the app's does (its start-up code loads by dynamic import), that work lands in
// the middle of the start it is timing, while on the bare baseline page, whose load waits for its
// one script to run, it mostly comes after. One promise evaluated over the DevTools protocol
// instead, resolved by a PerformanceObserver, costs either page a fraction of a millisecond.
import type { Page } from 'playwright-core';

export async function markTime(page: Page, name: string): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const expression = `new Promise((resolve) => {
      new PerformanceObserver((list, observer) => {
        const mark = list.getEntriesByName(${JSON.stringify(name)})[0];
        if (!mark) return;
        observer.disconnect();
        resolve(mark.startTime);
      }).observe({ type: 'mark', buffered: true });
    })`;
    const answer = (await cdp.send('Runtime.evaluate', {
      expression,
      awaitPromise: true,
      returnByValue: true,
    })) as { result: { value?: unknown }; exceptionDetails?: { text: string } };
    if (answer.exceptionDetails) throw new Error(answer.exceptionDetails.text);
    if (typeof answer.result.value !== 'number') throw new Error(`no time for mark ${name}`);
    return answer.result.value;
  } finally {
    await cdp.detach();
  }
}
