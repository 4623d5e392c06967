/**
 * Pinpoints as a researcher uses them, in Chromium on the built site: every paragraph number is
 * visible (on a phone too) and is the link to its permalink; arriving at a paragraph, sentence or
 * quote leaves room above it, marks it, and offers its citation line to copy in one click; claim
 * pages give each quote's citation line in a field; on paper the numbers print and the controls
 * do not. Expectations are derived from the content.
 */
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readContent } from '../src/cli/read-content.ts';
import { collectClaims } from '../src/lib/claims.ts';
import { formatDate } from '../src/lib/dates.ts';
import { launchChromium } from './browser.ts';
import { projectRoot } from './site-build.ts';
import { serveSite, type StaticSite } from './static-server.ts';

const ORIGIN = 'http://127.0.0.1:4321';
const { archive } = readContent(path.join(projectRoot, 'content'));
const outletName = (id: string | null) => archive.outlets.find((o) => o.id === id)?.name;
/** The article with the most paragraphs. */
const longest = [...archive.articles].sort((a, b) => b.body.split('\n\n').length - a.body.split('\n\n').length)[0];
const source = (a: (typeof archive.articles)[number]) => [outletName(a.outlet), `“${a.title}”`, formatDate(a.date)].filter(Boolean).join(', ');

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

async function open(route: string, options: Parameters<Browser['newContext']>[0] = {}): Promise<{ page: Page; context: BrowserContext }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce', ...options });
  const page = await context.newPage();
  await page.goto(site.origin + route);
  return { page, context };
}

/** One test per article: a browser on a busy machine takes its time over each, and a failure names the article. */
const articles = archive.articles.map((article) => [article.id, article] as const);

describe('paragraph numbers', () => {
  describe.each([['phone', { width: 390, height: 844 }], ['desktop', { width: 1280, height: 800 }]] as const)('on a %s', (_size, viewport) => {
    it.each(articles)('show in the margin of %s, on screen, each the link to its paragraph', async (_id, article) => {
      const { page, context } = await open(`/articles/${article.id}/`, { viewport });
      const numbers = await page.$$eval('.article-text p[id] > a.paragraph-number', (links) =>
        links.map((a) => {
          const box = a.getBoundingClientRect();
          const text = getComputedStyle(a, '::before').content;
          return { href: a.getAttribute('href'), shown: text, left: box.left, width: box.width, height: box.height, paragraphLeft: a.parentElement!.getBoundingClientRect().left };
        }),
      );
      expect(numbers.length, article.id).toBeGreaterThan(0);
      numbers.forEach((n, i) => {
        expect(n.href).toBe(`#p-${i + 1}`);
        expect(n.shown).toBe(`"${i + 1}"`);
        expect(n.left, `${article.id} ¶${i + 1} off-screen`).toBeGreaterThanOrEqual(0);
        expect(n.left + n.width).toBeLessThanOrEqual(n.paragraphLeft);
        expect(n.width).toBeGreaterThanOrEqual(24);
        expect(n.height).toBeGreaterThanOrEqual(24);
      });
      await context.close();
    });
  });
});

describe('arriving at a pinpoint', () => {
  it.each(articles)('in %s: leaves room above it, marks it, and offers its citation line to copy in one click', async (_id, article) => {
    const { page, context } = await open(`/articles/${article.id}/`, { permissions: ['clipboard-read', 'clipboard-write'] });
    const last = await page.$$eval('.article-text p[id]', (ps) => ps.length);
    const sentence = await page.$eval('.article-text', (text) => text.querySelector('a.sentence-number')?.closest('.s')?.id ?? null);
    // A paragraph number, then a sentence number, clicked as a reader clicks them.
    const pinpoints: [string, string, string][] = [[`#p-${last} > a.paragraph-number`, `p-${last}`, `para. ${last}`]];
    if (sentence) {
      const [, p, n] = /^p-(\d+)-s(\d+)$/.exec(sentence)!;
      pinpoints.push([`[id="${sentence}"] > a.sentence-number`, sentence, `para. ${p}, sentence ${n}`]);
    }
    for (const [selector, id, place] of pinpoints) {
      await page.locator(selector).click();
      await page.waitForURL((url) => url.hash === `#${id}`);
      const target = await page.evaluate(() => {
        const el = document.querySelector(':target')!;
        return { id: el.id, top: el.getBoundingClientRect().top, outline: getComputedStyle(el).outlineStyle };
      });
      expect(target.id).toBe(id);
      if (id !== 'p-1' && id !== 'p-1-s1') expect(target.top, `${article.id}#${id}: room above the target`).toBeGreaterThanOrEqual(40);
      expect(target.outline).toBe('solid');
      const line = `${source(article)}, ${place}, ${ORIGIN}/articles/${article.id}/#${id}`;
      await expect.poll(() => page.locator('.pin-bar p').textContent()).toBe(line);
      await page.locator('.pin-bar').getByRole('button', { name: 'Copy' }).click();
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(line);
    }
    await context.close();
  });

  it.each(articles)('in %s: highlights a quote marked in pieces as a whole', async (_id, article) => {
    const { page, context } = await open(`/articles/${article.id}/`);
    const pieced = await page.$$eval('mark[data-continues]', (marks) => [...new Set(marks.map((m) => m.getAttribute('data-continues')!))]);
    for (const id of pieced) {
      await page.evaluate((anchor) => (location.hash = anchor), id);
      await expect.poll(() => page.$$eval(`mark[data-continues="${id}"]`, (marks) => marks.every((m) => m.classList.contains('targeted')))).toBe(true);
    }
    await context.close();
  });

  it('without JavaScript, still lands on the anchor and keeps every number a plain link', async () => {
    const { page, context } = await open(`/articles/${longest.id}/#p-2`, { javaScriptEnabled: false });
    expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe('p-2');
    expect(await page.locator('.pin-bar').count()).toBe(0);
    expect(await page.locator('#p-2 > a.paragraph-number').getAttribute('href')).toBe('#p-2');
    await context.close();
  });
});

describe('claim pages', () => {
  const claims = collectClaims(archive.articles);

  it('give each quote’s citation line in a field that does not wrap, with a Copy button', async () => {
    const claim = claims.find((c) => c.reports.length > 1) ?? claims[0];
    const { page, context } = await open(`/claims/${claim.id}/`, { permissions: ['clipboard-read', 'clipboard-write'] });
    const fields = page.locator('section[aria-labelledby="wordings"] input.cite-line');
    const quotes = claim.reports.flatMap((r) => r.quotes.map((q) => ({ r, q })));
    expect(await fields.count()).toBe(quotes.length);
    for (const [i, { r, q }] of quotes.entries()) {
      const value = await fields.nth(i).inputValue();
      const article = archive.articles.find((a) => a.id === r.article)!;
      expect(value.startsWith(`${source(article)}, para. `), value).toBe(true);
      expect(value.endsWith(`, ${ORIGIN}/articles/${r.article}/#${q.anchor}`), value).toBe(true);
    }
    await page.locator('section[aria-labelledby="wordings"] figcaption').first().getByRole('button', { name: 'Copy' }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await fields.first().inputValue());
    await context.close();
  });
});

describe('on paper', () => {
  it('prints the paragraph numbers and the notes on the text, not the controls', async () => {
    const { page, context } = await open(`/articles/${longest.id}/`);
    await page.emulateMedia({ media: 'print' });
    const shown = await page.evaluate(() => {
      const visible = (selector: string) => [...document.querySelectorAll(selector)].some((el) => getComputedStyle(el).display !== 'none');
      return {
        numbers: visible('.paragraph-number'),
        about: visible('.about-text'),
        header: visible('.site-header'),
        claimLinks: visible('.claim-link'),
      };
    });
    expect(shown).toEqual({ numbers: true, about: true, header: false, claimLinks: false });
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.length).toBeGreaterThan(10_000);
    await context.close();
  });
});
