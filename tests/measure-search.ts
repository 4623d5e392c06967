/**
 * How long a search takes, measured in Chromium as a reader meets it: from the last keystroke
 * (one input event, on a search page whose Pagefind has loaded, as it does once the box has
 * focus) to the first result on screen, by the page's own marks, beyond its 200 ms typing
 * pause. Beside it, in the same run and on the same index, one bare Pagefind search of the same
 * words as Pagefind's own debounced search makes it (the index chunks preloaded at the
 * keystroke, the search after the same pause), on the same page with the page's script left
 * out: what the page does beyond one Pagefind search is the difference. Each is run in a fresh
 * browser context, the two taking turns.
 */
import type { Browser, Page } from 'playwright-core';

/** The search page's typing pause (src/scripts/search-page.ts). */
export const TYPING_PAUSE_MS = 200;

export interface SearchTimes {
  /** The page: keystroke to its first result shown, beyond the typing pause, each run, ms. */
  page: number[];
  /** One Pagefind search of the same words: keystroke to its results, beyond the pause, each run, ms. */
  pagefind: number[];
  /** The same, and the data of its first five results, which a list of results needs to show them (titles, excerpts), ms. */
  pagefindData: number[];
  /** Bytes over the wire after the keystroke, in the page's first run. */
  searchBytes: number;
  /** Results the page showed. */
  results: number;
}

export const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

export const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.ceil((p / 100) * values.length) - 1)];

async function searchPage(browser: Browser, origin: string, withScript: boolean): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  // The bare variant: the search page as served, without its own script.
  if (!withScript) await page.route(/\/_astro\/.+\.js$/, (route) => route.abort());
  await page.goto(`${origin}/search/`, { waitUntil: 'networkidle' });
  return page;
}

/** Waits until the page's Pagefind (the same module the page imported) has its WebAssembly ready. */
const pagefindReady = (page: Page) =>
  page.evaluate(async () => {
    const pagefind = await import(/* @vite-ignore */ `${location.origin}/pagefind/pagefind.js`);
    await pagefind.init();
    await pagefind.preload('');
  });

/** The page: one input event with the whole query, then its marks. */
async function timePage(browser: Browser, origin: string, query: string) {
  const page = await searchPage(browser, origin, true);
  await page.focus('#q');
  await pagefindReady(page);
  let bytes = 0;
  page.on('requestfinished', async (request) => {
    // A request that finishes as the page closes has no sizes left to ask for: it is not counted.
    const sizes = await request.sizes().catch(() => null);
    if (sizes) bytes += sizes.responseBodySize + sizes.responseHeadersSize;
  });
  await page.fill('#q', query);
  await page.waitForFunction(() => performance.getEntriesByName('search-results-shown').length > 0, null, { timeout: 60_000 });
  const ms = await page.evaluate(
    () => performance.getEntriesByName('search-results-shown')[0].startTime - performance.getEntriesByName('search-keystroke').at(-1)!.startTime,
  );
  await page.waitForFunction(() => !document.querySelector('#search-results[aria-busy]'), null, { timeout: 60_000 });
  const results = await page.$$eval('#search-results > li', (items) => items.length);
  await page.context().close();
  return { ms: ms - TYPING_PAUSE_MS, bytes, results };
}

/** One Pagefind search, loaded as the page loads it (before the keystroke), then debounced as Pagefind's debouncedSearch does. */
async function timePagefind(browser: Browser, origin: string, query: string) {
  const page = await searchPage(browser, origin, false);
  await pagefindReady(page);
  const ms = await page.evaluate(
    async ([term, pause]) => {
      type Pagefind = { preload(term: string): Promise<void>; search(term: string): Promise<{ results: { data(): Promise<unknown> }[] }> };
      const pagefind: Pagefind = await import(/* @vite-ignore */ `${location.origin}/pagefind/pagefind.js`);
      const keystroke = performance.now();
      void pagefind.preload(term);
      await new Promise((resolve) => setTimeout(resolve, pause));
      const { results } = await pagefind.search(term);
      const searched = performance.now() - keystroke;
      await Promise.all(results.slice(0, 5).map((r) => r.data()));
      return [searched, performance.now() - keystroke];
    },
    [query, TYPING_PAUSE_MS] as const,
  );
  await page.context().close();
  return ms.map((t) => t - TYPING_PAUSE_MS);
}

export async function measureSearch(browser: Browser, origin: string, query: string, runs = 10): Promise<SearchTimes> {
  const times: SearchTimes = { page: [], pagefind: [], pagefindData: [], searchBytes: 0, results: 0 };
  for (let run = 0; run < runs; run++) {
    const page = await timePage(browser, origin, query);
    times.page.push(Math.round(page.ms));
    if (run === 0) [times.searchBytes, times.results] = [page.bytes, page.results];
    const [searched, withData] = await timePagefind(browser, origin, query);
    times.pagefind.push(Math.round(searched));
    times.pagefindData.push(Math.round(withData));
  }
  return times;
}
