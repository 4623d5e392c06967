/**
 * A first search as a visitor makes it, measured in Chromium: from the query landing in the
 * box (one input event) to the results on screen, and every byte fetched on the way; then a
 * second query on the same page, with Pagefind warm.
 */
import type { Browser } from 'playwright-core';

export interface FirstSearch {
  /** Input event to results shown, including the page's 200 ms typing pause. */
  ms: number;
  /** Bytes over the wire for the page and everything it loads, before and after the query. */
  pageBytes: number;
  searchBytes: number;
  searchRequests: number;
  results: number;
  /** The second query, input event to results shown, the typing pause included. */
  warmMs: number;
}

export async function measureFirstSearch(browser: Browser, origin: string, query: string, then: string): Promise<FirstSearch> {
  const context = await browser.newContext();
  const page = await context.newPage();
  let typed = false;
  const bytes = { page: 0, search: 0, requests: 0 };
  page.on('requestfinished', async (request) => {
    const sizes = await request.sizes();
    const size = sizes.responseBodySize + sizes.responseHeadersSize;
    if (typed) {
      bytes.search += size;
      bytes.requests += 1;
    } else {
      bytes.page += size;
    }
  });
  await page.goto(`${origin}/search/`, { waitUntil: 'networkidle' });
  typed = true;
  await page.fill('#q', query);
  const shown = (count: number) => page.waitForFunction((n) => performance.getEntriesByName('search-results-shown').length >= n, count);
  /** Time from the latest keystroke to the latest results shown. */
  const lastSearchMs = () =>
    page.evaluate(() => {
      const start = performance.getEntriesByName('search-keystroke').at(-1)!;
      const end = performance.getEntriesByName('search-results-shown').at(-1)!;
      return end.startTime - start.startTime;
    });
  await shown(1);
  await page.waitForLoadState('networkidle');
  const ms = await lastSearchMs();
  const results = await page.$$eval('#search-results > li', (items) => items.length);
  await page.fill('#q', then);
  await shown(2);
  const warmMs = await lastSearchMs();
  await context.close();
  return { ms: Math.round(ms), pageBytes: bytes.page, searchBytes: bytes.search, searchRequests: bytes.requests, results, warmMs: Math.round(warmMs) };
}
