/**
 * Debian's Chromium through playwright-core: nothing here downloads a browser. And the waits
 * every browser test shares: for the search page's outcome, and for a page to stop scrolling.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function chromiumMissing(): string | null {
  return existsSync(CHROMIUM)
    ? null
    : `Chromium not found at ${CHROMIUM}: install it with "apt-get install chromium" (or set CHROMIUM_PATH).`;
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/** Waits until the search page shows its outcome ("No results", "3 results …") with every result listed. */
export async function searchShown(page: Page): Promise<void> {
  await page.waitForFunction(() => /^(No|\d+) results?/.test(document.querySelector('#search-status')?.textContent ?? '') && !document.querySelector('#search-results[aria-busy]'));
}

/** Waits until the page has not scrolled for three tenths of a second (the site scrolls smoothly where motion is welcome). */
export async function settled(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        let [last, still] = [scrollY, 0];
        const timer = setInterval(() => {
          still = scrollY === last ? still + 1 : 0;
          last = scrollY;
          if (still >= 3) {
            clearInterval(timer);
            resolve();
          }
        }, 100);
      }),
  );
}
