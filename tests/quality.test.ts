/**
 * Quality gates on the built site served on 127.0.0.1: accessibility (axe, WCAG 2.2 A/AA, light
 * and dark), valid HTML (Nu checker), a strict CSP with no violation, no request to another
 * origin, and page-weight budgets (a phone's screen: tests/phone.test.ts). Each gate also runs
 * over planted defects, to show it can fail.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, searchShown, settled } from './browser.ts';
import { ARTICLE_MARKUP_BUDGET_KB, axeViolations, htmlErrors, pageWeight, watchPage } from './checks.ts';
import { htmlFiles } from './files.ts';
import { PAGE_TYPES } from './page-types.ts';
import { projectRoot } from './site-build.ts';
import { serveSite, type StaticSite } from './static-server.ts';

const siteDir = inject('siteDir');
const defectsDir = path.join(projectRoot, 'tests', 'fixtures', 'defects');

let site: StaticSite;
let defects: StaticSite;
let browser: Browser;

beforeAll(async () => {
  [site, defects, browser] = await Promise.all([serveSite(siteDir), serveSite(defectsDir), launchChromium()]);
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
  await defects?.close();
});

async function visit(origin: string, route: string, colorScheme: 'light' | 'dark' = 'light') {
  const context = await browser.newContext({ colorScheme });
  const page: Page = await context.newPage();
  const watched = watchPage(page, origin);
  await page.goto(origin + route, { waitUntil: 'load' });
  if (route.startsWith('/search/')) {
    // Checked as the reader sees it at rest: every result listed, the scroll to them ended.
    await searchShown(page);
    await settled(page);
  }
  return { page, watched, close: () => context.close() };
}

describe.each(['light', 'dark'] as const)('every page type in the %s scheme', (scheme) => {
  it.each(PAGE_TYPES)('%s: no WCAG 2.2 A/AA violation, no CSP violation, no request elsewhere', async (_type, route) => {
    const { page, watched, close } = await visit(site.origin, route, scheme);
    expect(await axeViolations(page)).toEqual([]);
    expect(watched.csp).toEqual([]);
    expect(watched.foreign).toEqual([]);
    await close();
  });
});

describe('the built HTML', () => {
  it('has no error by the W3C Nu HTML Checker, on any page', () => {
    expect(htmlFiles(siteDir).length).toBeGreaterThan(40);
    expect(htmlErrors(siteDir)).toEqual([]);
  });

  it('sets a strict Content-Security-Policy on every page, WebAssembly only on search', () => {
    for (const file of htmlFiles(siteDir)) {
      const html = readFileSync(file, 'utf8');
      const policy = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
      expect(policy, file).toContain("default-src 'self'");
      expect(policy, file).not.toContain('unsafe-inline');
      expect(policy.includes("'wasm-unsafe-eval'"), file).toBe(file.endsWith(`${path.sep}search${path.sep}index.html`));
    }
  });
});

describe('page weight', () => {
  const routes = htmlFiles(siteDir).map((file) => path.relative(siteDir, file).replace(/index\.html$/, ''));
  const weights = routes.map((route) => pageWeight(siteDir, route));

  it('prints the budget table', () => {
    const kb = (bytes: number) => (bytes / 1024).toFixed(1);
    const sample = weights.filter((w) => /^(|articles\/[^/]+\/|claims\/[^/]+\/|search\/|compare\/|claims\/)$/.test(w.page));
    console.log(
      'Page weight (gzip, KB; markup: the HTML without the outlet’s words)\n' +
        ['page                                         html markup  css    js', ...sample.map((w) => `${('/' + w.page).padEnd(44)} ${kb(w.htmlGzip).padStart(5)} ${kb(w.markupGzip).padStart(5)} ${kb(w.cssGzip).padStart(5)} ${kb(w.jsGzip).padStart(5)}`)].join('\n'),
    );
    expect(sample.length).toBeGreaterThan(5);
  });

  it('ships no JavaScript on reading pages but the copy button, within 1 KB gzipped, on article and claim pages', () => {
    for (const w of weights.filter((w) => w.page !== 'search/')) {
      const copyButton = /^(articles|claims)\/[^/]+\/$/.test(w.page);
      if (copyButton) expect(w.jsGzip, w.page).toBeGreaterThan(0);
      expect(w.jsGzip, w.page).toBeLessThanOrEqual(copyButton ? 1024 : 0);
    }
  });

  // What the project controls: the outlet's words weigh what the outlet wrote (tests/growth.test.ts holds a 3,000-word report to the same budget).
  it(`keeps every article page's markup and CSS, beyond the outlet's words, within ${ARTICLE_MARKUP_BUDGET_KB} KB gzipped`, () => {
    for (const w of weights.filter((w) => w.page.startsWith('articles/') && w.page !== 'articles/')) {
      expect(w.markupGzip + w.cssGzip, w.page).toBeLessThanOrEqual(ARTICLE_MARKUP_BUDGET_KB * 1024);
    }
  });

  it('keeps the timeline within 30 KB of HTML and CSS, gzipped', () => {
    const home = weights.find((w) => w.page === '')!;
    expect(home.htmlGzip + home.cssGzip).toBeLessThanOrEqual(30 * 1024);
  });

  it('keeps the search page within 40 KB of JavaScript before the first query, gzipped', () => {
    const search = weights.find((w) => w.page === 'search/')!;
    expect(search.jsGzip).toBeGreaterThan(0);
    expect(search.jsGzip).toBeLessThanOrEqual(40 * 1024);
  });
});

describe('each gate fails on a planted defect', () => {
  it('axe finds the missing alt text, the unlabelled input and the low contrast', async () => {
    const { page, close } = await visit(defects.origin, '/');
    const ids = (await axeViolations(page)).map((v) => v.split(' ')[0]);
    expect(ids).toEqual(expect.arrayContaining(['image-alt', 'label', 'color-contrast']));
    await close();
  });

  it('the CSP watch sees the inline script refused, the request watch the other origin', async () => {
    const { watched, close } = await visit(defects.origin, '/');
    expect(watched.csp.length).toBeGreaterThan(0);
    expect(watched.foreign).toEqual(['https://example.org/tracker.gif']);
    await close();
  });

  it('the Nu checker finds the invalid markup', () => {
    const errors = htmlErrors(defectsDir);
    expect(errors.filter((e) => e.startsWith('index.html:'))).toEqual(
      expect.arrayContaining([expect.stringMatching(/No “p” element in scope/), expect.stringMatching(/“img” element must have an “alt” attribute/)]),
    );
  });

  it('the weight check sees a script on a reading page', () => {
    expect(pageWeight(defectsDir, 'reading/').jsGzip).toBeGreaterThan(0);
  });
});
