/**
 * The site on a phone's screen, 390 × 844 CSS px in Chromium, as most readers following a link
 * arrive: every page type fits the width; every section of the header is in view and can be
 * tapped; the timeline's figure draws no text smaller than the page's small print (on a desktop
 * screen too); and every claim page shows the outlets' words on its first screen. Each check
 * also runs over planted defects (tests/fixtures/defects/), to show it can fail.
 */
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, searchShown, settled } from './browser.ts';
import { htmlFiles } from './files.ts';
import { PAGE_TYPES } from './page-types.ts';
import { projectRoot } from './site-build.ts';
import { serveSite, type StaticSite } from './static-server.ts';

const siteDir = inject('siteDir');
const defectsDir = path.join(projectRoot, 'tests', 'fixtures', 'defects');
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 800 };

let site: StaticSite;
let defects: StaticSite;
let browser: Browser;
let phone: BrowserContext;

beforeAll(async () => {
  [site, defects, browser] = await Promise.all([serveSite(siteDir), serveSite(defectsDir), launchChromium()]);
  phone = await browser.newContext({ viewport: PHONE });
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
  await defects?.close();
});

async function open(url: string, context: BrowserContext = phone): Promise<Page> {
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  const { pathname, search } = new URL(url);
  if (pathname === '/search/' && search) {
    // Opened with words, the search page brings its results into view once they are in: the
    // header is then above the screen, where the reader scrolls back to it.
    await searchShown(page);
    await settled(page);
    await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
  }
  return page;
}

/** How wide the page is laid out, against the screen. */
function widths(page: Page) {
  return page.evaluate(() => ({ page: document.documentElement.scrollWidth, screen: document.documentElement.clientWidth }));
}

/** The header's sections a reader cannot see and tap where they are: off the screen, clipped by their row, or covered. */
function sectionsOutOfReach(page: Page): Promise<string[]> {
  return page.$$eval('.site-nav a', (links) =>
    links
      .filter((a) => {
        const box = a.getBoundingClientRect();
        if (box.width === 0 || box.left < 0 || box.right > document.documentElement.clientWidth || box.top < 0 || box.bottom > innerHeight) return true;
        const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
        return !(hit && a.contains(hit));
      })
      .map((a) => a.textContent!.trim()),
  );
}

/**
 * Every text of the figure shown, at the size it is drawn on the screen (its computed font size
 * times the figure's scale), with its box; and the page's small print, the statements' source lines.
 */
function figureText(page: Page) {
  return page.evaluate(() => {
    const shown = [...document.querySelectorAll<SVGSVGElement>('.period-figure svg')].filter((svg) => svg.getBoundingClientRect().width > 0);
    const texts = shown.flatMap((svg) =>
      [...svg.querySelectorAll('text')].map((text) => {
        const { left, right, top, bottom } = text.getBoundingClientRect();
        return { text: text.textContent!, px: parseFloat(getComputedStyle(text).fontSize) * svg.getScreenCTM()!.a, left, right, top, bottom };
      }),
    );
    return { figures: shown.length, texts, smallPrint: parseFloat(getComputedStyle(document.querySelector('.statement .meta')!).fontSize) };
  });
}

/** Where the first line of the outlets' first quoted words is drawn, and how far the page was scrolled. */
function firstQuotedLine(page: Page) {
  return page.evaluate(() => {
    // The first words' text node: a range over text alone gives a box per line drawn.
    const words = document.createTreeWalker(document.querySelector('section[aria-labelledby="wordings"] blockquote')!, NodeFilter.SHOW_TEXT, (node) =>
      node.textContent!.trim() ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_SKIP,
    ).nextNode()!;
    const range = document.createRange();
    range.selectNodeContents(words);
    const line = [...range.getClientRects()].find((rect) => rect.width > 0 && rect.height > 0)!;
    return { top: line.top, bottom: line.bottom, screen: innerHeight, scrolled: scrollY };
  });
}

describe('every page type on a 390 px phone', () => {
  it.each(PAGE_TYPES)('%s: fits the screen’s width, every section of the header in view and tappable', async (_type, route) => {
    const page = await open(site.origin + route);
    const { page: width, screen } = await widths(page);
    expect(width, route).toBeLessThanOrEqual(screen);
    expect(await page.locator('.site-nav a').count()).toBe(9);
    expect(await sectionsOutOfReach(page), route).toEqual([]);
    await page.close();
  });

  it('opens each section of the header with a tap, the page never scrolled sideways', async () => {
    const page = await open(site.origin + '/');
    const sections = await page.$$eval('.site-nav a', (links) => links.map((a) => ({ name: a.textContent!.trim(), href: a.getAttribute('href')! })));
    for (const { name, href } of sections) {
      await page.goto(site.origin + '/', { waitUntil: 'load' });
      await page.locator('.site-nav').getByRole('link', { name, exact: true }).click();
      await page.waitForURL((url) => url.pathname === href);
      expect(await page.evaluate(() => scrollX), name).toBe(0);
    }
    await page.close();
  });
});

describe('the timeline’s figure', () => {
  it.each([['phone', PHONE], ['desktop', DESKTOP]] as const)('on a %s screen, draws no text smaller than the page’s small print, none over another', async (_size, viewport) => {
    const context = await browser.newContext({ viewport });
    const page = await open(site.origin + '/', context);
    const { figures, texts, smallPrint } = await figureText(page);
    expect(figures).toBe(1);
    expect(texts.length).toBeGreaterThan(10);
    expect(smallPrint).toBeGreaterThanOrEqual(12);
    const small = texts.filter((t) => t.px < smallPrint).map((t) => `"${t.text}" at ${t.px.toFixed(1)} px`);
    expect(small, `the small print is ${smallPrint} px`).toEqual([]);
    const overlaps = texts.flatMap((a, i) =>
      texts.slice(i + 1).filter((b) => a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5).map((b) => `"${a.text}" and "${b.text}"`),
    );
    expect(overlaps).toEqual([]);
    await context.close();
  });
});

describe('every claim page on a 390 px phone', () => {
  const claimRoutes = htmlFiles(siteDir)
    .map((file) => `/${path.relative(siteDir, file).split(path.sep).join('/')}`.replace(/index\.html$/, ''))
    .filter((route) => /^\/claims\/[^/]+\/$/.test(route));

  it('are all here', () => {
    expect(claimRoutes.length).toBeGreaterThan(10);
  });

  it.each(claimRoutes)('%s: the outlets’ words begin on the first screen', async (route) => {
    const page = await open(site.origin + route);
    const line = await firstQuotedLine(page);
    expect(line.scrolled).toBe(0);
    expect(line.top).toBeGreaterThan(0);
    expect(line.bottom, `${route}: the first quoted line ends ${Math.round(line.bottom)} px down, below the ${line.screen} px screen`).toBeLessThanOrEqual(line.screen);
    await page.close();
  });
});

describe('each phone check fails on a planted defect', () => {
  it('the width check sees a page wider than the screen', async () => {
    const page = await open(defects.origin + '/');
    const { page: width, screen } = await widths(page);
    expect(width).toBeGreaterThan(screen);
    await page.close();
  });

  it('the header check sees the sections off the edge of a row that scrolls', async () => {
    const page = await open(defects.origin + '/phone/');
    expect(await sectionsOutOfReach(page)).toEqual(expect.arrayContaining(['Data', 'About']));
    await page.close();
  });

  it('the figure check sees text scaled below the small print', async () => {
    const page = await open(defects.origin + '/phone/');
    const { texts, smallPrint } = await figureText(page);
    expect(texts.map((t) => t.px).every((px) => px < smallPrint)).toBe(true);
    await page.close();
  });

  it('the claim check sees the words below the first screen', async () => {
    const page = await open(defects.origin + '/phone/');
    const line = await firstQuotedLine(page);
    expect(line.bottom).toBeGreaterThan(line.screen);
    await page.close();
  });
});
