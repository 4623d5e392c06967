/**
 * Search in a real browser (Debian's Chromium through playwright-core) against the built site
 * served on 127.0.0.1: queries return the articles they must, the URL holds the search, and a
 * result lands on the spot with the words highlighted.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from './browser.ts';
import { serveSite, type StaticSite } from './static-server.ts';

let site: StaticSite;
let browser: Browser;

beforeAll(async () => {
  site = await serveSite(inject('siteDir'));
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

async function open(path: string, options: { javaScriptEnabled?: boolean } = {}): Promise<Page> {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  await page.goto(site.origin + path);
  return page;
}

/** Waits for the live region to report, then returns every result's page path. */
async function results(page: Page): Promise<string[]> {
  await page.waitForFunction(() => /^(No|\d+) results?/.test(document.querySelector('#search-status')?.textContent ?? ''));
  return page.$$eval('#search-results > li > h2 > a', (links) =>
    links.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
  );
}

async function search(query: string): Promise<string[]> {
  const page = await open(`/search/?q=${encodeURIComponent(query)}`);
  try {
    return (await results(page)).sort();
  } finally {
    await page.context().close();
  }
}

describe('queries return the articles and claims that hold them', () => {
  it('a single word', async () => {
    expect(await search('ultimatum')).toEqual(['/articles/anadolu-2021-12-21/', '/claims/proposals-not-an-ultimatum/']);
  });

  it('a name', async () => {
    expect(await search('Truss')).toEqual(['/articles/central-tribune-2021-12-23/', '/claims/dialogue-only-way-out/']);
  });

  it('a quoted phrase, and only where the words stand together', async () => {
    expect(await search('"not an inch"')).toEqual([
      '/articles/central-tribune-2021-12-23/',
      '/articles/tass-2021-12-23/',
      '/claims/not-an-inch-deception/',
    ]);
  });

  it('another form of a word', async () => {
    const found = await search('deceive');
    expect(found).toContain('/articles/tass-2021-12-23/');
    expect(found).toContain('/articles/unattributed-2021-12-23/');
  });

  it('with a filter applied', async () => {
    const page = await open('/search/?q=guarantees&outlet=tass');
    const found = await results(page);
    expect(found.length).toBeGreaterThan(1);
    expect(found).toContain('/articles/tass-2021-12-23/');
    for (const path of found.filter((p) => p.startsWith('/articles/'))) expect(path).toBe('/articles/tass-2021-12-23/');
    await page.context().close();
  });

  it('nothing for removed page chrome', async () => {
    // Words that stand only in the chrome taken out of the captures ("Reply" would not do:
    // it shares its stem with "replied" in the articles).
    for (const chrome of ['cookies', 'Subscribe', '"Leave A Reply"', '"You May Also Like"', 'Sancya']) {
      expect(await search(chrome), chrome).toEqual([]);
    }
  });
});

describe('the search page', () => {
  it('shows the search its URL holds, and keeps the URL in step with the form', async () => {
    const page = await open('/search/?q=missiles&speaker=vladimir-putin');
    expect(await page.inputValue('#q')).toBe('missiles');
    expect(await page.inputValue('select[name="speaker"]')).toBe('vladimir-putin');
    expect((await results(page)).length).toBeGreaterThan(0);

    await page.selectOption('select[name="outlet"]', 'central-tribune');
    await page.waitForURL(/outlet=central-tribune/);
    await results(page);
    expect(new URL(page.url()).search).toBe('?q=missiles&outlet=central-tribune&speaker=vladimir-putin');

    await page.goBack();
    await page.waitForURL((url) => !url.search.includes('outlet='));
    expect(await page.inputValue('select[name="outlet"]')).toBe('');
    await page.context().close();
  });

  it('announces the count in a live region, and works from the keyboard alone', async () => {
    const page = await open('/search/');
    const status = page.getByRole('status');
    expect(await status.getAttribute('aria-live')).toBe('polite');
    await page.getByLabel('Words or a phrase').focus();
    await page.keyboard.type('Peskov');
    await page.keyboard.press('Enter');
    await results(page);
    expect(await status.textContent()).toMatch(/^\d+ results? for Peskov\.$/);
    // Tab from the query field moves through the form's controls to the first result.
    for (let i = 0; i < 10; i++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(() => document.activeElement?.closest('#search-results') !== null)) break;
    }
    expect(await page.evaluate(() => document.activeElement?.closest('#search-results') !== null)).toBe(true);
    await page.context().close();
  });

  it('says without JavaScript that search needs it, and links to the claims index', async () => {
    const page = await open('/search/?q=inch', { javaScriptEnabled: false });
    const notice = page.locator('noscript > p.notice');
    expect(await notice.isVisible()).toBe(true);
    expect(await notice.textContent()).toContain('Search runs in your browser and needs JavaScript');
    expect(await notice.locator('a', { hasText: 'the claims index' }).getAttribute('href')).toBe('/claims/');
    await page.context().close();
  });

  it('is reached from the header of any page by a plain form, without JavaScript', async () => {
    const page = await open('/articles/anadolu-2021-12-21/', { javaScriptEnabled: false });
    await page.getByRole('searchbox', { name: 'Search quotes' }).fill('not an inch');
    await page.getByRole('searchbox', { name: 'Search quotes' }).press('Enter');
    await page.waitForURL(/\/search\/\?q=not\+an\+inch$/);
    await page.context().close();
  });
});

describe('a result', () => {
  it('lands on the paragraph or quote, with the matched words highlighted', async () => {
    const page = await open('/search/?q=outrageously');
    await results(page);
    const article = page.locator('#search-results > li', { has: page.locator('h2 a[href^="/articles/tass-2021-12-23/"]') });
    const spot = article.locator('.sub-results a').first();
    const href = (await spot.getAttribute('href'))!;
    expect(href).toMatch(/^\/articles\/tass-2021-12-23\/#(p-\d+|q-[a-z0-9-]+):~:text=outrageously$/);
    await spot.click();
    await page.waitForURL(/\/articles\/tass-2021-12-23\/#/);
    // Chromium makes the element holding the highlighted text the :target, and scrolls it into view.
    const target = await page.waitForFunction(() => {
      const el = document.querySelector(':target');
      const box = el?.getBoundingClientRect();
      return el && box && box.bottom > 0 && box.top < innerHeight ? { id: el.id, text: el.textContent ?? '' } : null;
    });
    const { id, text } = (await target.jsonValue())!;
    expect(href).toContain(`#${id}:~:`);
    expect(text.toLowerCase()).toContain('outrageously');
    await page.context().close();
  });
});
