/**
 * A first search as a visitor makes it, measured in Chromium: from the query landing in the
 * box (one input event) to the results on screen, and every byte fetched on the way.
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
}

export async function measureFirstSearch(browser: Browser, origin: string, query: string): Promise<FirstSearch> {
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
  await page.waitForFunction(() => performance.getEntriesByName('search-results-shown').length > 0);
  await page.waitForLoadState('networkidle');
  const ms = await page.evaluate(() => {
    const [start] = performance.getEntriesByName('search-keystroke');
    const [end] = performance.getEntriesByName('search-results-shown');
    return end.startTime - start.startTime;
  });
  const results = await page.$$eval('#search-results > li', (items) => items.length);
  await context.close();
  return { ms: Math.round(ms), pageBytes: bytes.page, searchBytes: bytes.search, searchRequests: bytes.requests, results };
}
