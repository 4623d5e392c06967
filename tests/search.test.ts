/**
 * Search in a real browser (Debian's Chromium through playwright-core) against the built site
 * and its Pagefind index, served on 127.0.0.1: every query of the fixture table finds exactly the
 * pages the content says it must (tests/search-queries.ts), a word found nowhere is said to be so
 * with suggestions from the archive's words, and a result lands on the words typed, in view, on
 * a phone and on a desktop.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readContent } from '../src/cli/read-content.ts';
import { PASSAGE, searchStem } from '../src/lib/search-passages.ts';
import { indexedForms, parseQuery, writeState, type SearchState } from '../src/lib/search-query.ts';
import { chunkOf, foundAlone, spellingVariants, suggestions, type WordEntry } from '../src/lib/search-words.ts';
import { launchChromium, searchShown, settled } from './browser.ts';
import { expectedRoutes, QUERIES, searchablePages, searchedWords, vocabularyOf, type Query } from './search-queries.ts';
import { projectRoot } from './site-build.ts';
import { serveSite, type StaticSite } from './static-server.ts';

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 800 };
const pages = searchablePages(readContent(path.join(projectRoot, 'content')).archive);
const words = vocabularyOf(pages);
const queryName = (q: Query) => `${q.q}${q.filters ? ` ${JSON.stringify(q.filters)}` : ''}`;

/** Whether a text holds a typed word (by its search key) as search matches it: any form, by the stem, in any spelling the archive holds. */
function holds(text: string, key: string): boolean {
  const stems = new Set([key, ...spellingVariants(key, words)].map(searchStem));
  return text.split(/\s+/).some((word) => indexedForms(word).some((form) => stems.has(searchStem(form))));
}

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

async function open(route: string, options: { javaScriptEnabled?: boolean; viewport?: { width: number; height: number } } = {}): Promise<Page> {
  const context = await browser.newContext({ viewport: DESKTOP, ...options });
  const page = await context.newPage();
  await page.goto(site.origin + route);
  return page;
}

const searchUrl = (query: Query) => `/search/${writeState({ q: query.q, outlet: '', speaker: '', topic: '', month: '', sort: '', ...query.filters } as SearchState)}`;

/** Waits for the live region to report and every result to be listed, then reads what the page shows. */
async function shown(page: Page) {
  await searchShown(page);
  return page.evaluate(() => ({
    status: document.querySelector('#search-status')!.textContent!,
    notes: [...document.querySelectorAll('#search-notes .no-match')].map((p) => p.textContent!),
    suggestions: [...document.querySelectorAll('#search-notes .no-match a')].map((a) => a.textContent!),
    results: [...document.querySelectorAll('#search-results > li')].map((li) => ({
      route: new URL((li.querySelector('h2 a') as HTMLAnchorElement).href).pathname,
      href: li.querySelector('h2 a')!.getAttribute('href')!,
      meta: li.querySelector(':scope > .meta')!.textContent!,
      excerpt: li.querySelector(':scope > .excerpt')?.textContent ?? '',
      subs: [...li.querySelectorAll('.sub-results > li')].map((sub) => ({ href: sub.querySelector('a')!.getAttribute('href')!, excerpt: sub.querySelector('.excerpt')!.textContent! })),
    })),
  }));
}

/** What the search page shows for a query opened from its address, read once: several checks read the same query's results. */
const searched = new Map<string, ReturnType<typeof shown>>();
function search(query: Query) {
  const url = searchUrl(query);
  if (!searched.has(url)) {
    searched.set(
      url,
      open(url).then(async (page) => {
        try {
          return await shown(page);
        } finally {
          await page.context().close();
        }
      }),
    );
  }
  return searched.get(url)!;
}

describe('the archive’s word list, which the search page reads to know how Pagefind will match a word', () => {
  /** The built word list's files: each file's name and its words. */
  const wordFiles = () => {
    const lists = path.join(inject('siteDir'), 'search', 'words');
    return readdirSync(lists).map((name) => ({ name, words: JSON.parse(readFileSync(path.join(lists, name), 'utf8')) as WordEntry[] }));
  };

  it('holds the words of every page Pagefind indexed, and no other, each in the file of its first letter', () => {
    const dir = inject('siteDir');
    // Pagefind's page fragments: gzip, its signature, then the page's JSON, with the text it indexed.
    const fragments = path.join(dir, 'pagefind', 'fragment');
    const indexed = new Set<string>();
    for (const name of readdirSync(fragments)) {
      const { content } = JSON.parse(gunzipSync(readFileSync(path.join(fragments, name))).toString('utf8').replace(/^pagefind_dcd/, '')) as { content: string };
      for (const token of content.split(/\s+/)) for (const form of indexedForms(token)) indexed.add(searchStem(form));
    }
    const listed = new Set<string>();
    for (const { name, words } of wordFiles()) {
      for (const [, printed] of words) for (const form of indexedForms(printed)) if (`${chunkOf(form)}.json` === name) listed.add(searchStem(form));
    }
    expect(indexed.size).toBeGreaterThan(500);
    expect([...indexed].filter((stem) => !listed.has(stem)), 'indexed, not listed in the file of its first letter').toEqual([]);
    expect([...listed].filter((stem) => !indexed.has(stem)), 'listed, not indexed').toEqual([]);
  });

  it('says rightly of each word whether Pagefind’s own search finds just the pages holding it', async () => {
    const alone = wordFiles().flatMap(({ words }) => words.map(([key]) => key).filter((key) => foundAlone(key, words)));
    expect(alone.length).toBeGreaterThan(300);
    const page = await open('/search/');
    // Imported from a string: vitest rewrites an import() written in this file, even one run in the page.
    await page.evaluate(`import('/pagefind/pagefind.js').then((pagefind) => { window.pagefind = pagefind; })`);
    const found = await page.evaluate(async (keys) => {
      type Found = { results: { data(): Promise<{ url: string }> }[] };
      const { pagefind } = window as unknown as { pagefind: { init(): Promise<void>; search(term: string): Promise<Found> } };
      await pagefind.init();
      const routes: Record<string, string[]> = {};
      for (const key of keys) routes[key] = (await Promise.all((await pagefind.search(key)).results.map(async (r) => (await r.data()).url))).sort();
      return routes;
    }, alone);
    // What the search page would show for the word alone, against the pages the content says hold it.
    const wrong = alone.filter((key) => found[key].join(' ') !== expectedRoutes(pages, { q: key, why: '' }, { spellings: false }).join(' '));
    expect(wrong.map((key) => `${key}: ${found[key].length} pages found`)).toEqual([]);
    await page.context().close();
  });
});

describe('every query of the fixture finds exactly the pages that hold all its words', () => {
  it.each(QUERIES.map((q) => [queryName(q), q] as const))('%s', async (_name, query) => {
    const expected = expectedRoutes(pages, query);
    const result = await search(query);
    const count = Number(result.status.match(/^(\d+)/)?.[1] ?? 0);
    expect(count, result.status).toBe(expected.length);
    const routes = result.results.map((r) => r.route).sort();
    if (expected.length <= 20) expect(routes).toEqual(expected);
    else for (const route of routes) expect(expected).toContain(route);
    // A typed word found nowhere is named, with the archive's near words offered.
    for (const word of parseQuery(query.q).words.filter((w) => expectedRoutes(pages, { q: w.text, why: '' }).length === 0)) {
      const note = result.notes.find((n) => n.startsWith(`No article or claim contains “${word.text}”.`));
      expect(note, `no note for ${word.text}`).toBeDefined();
      const near = suggestions(word.key, words);
      for (const suggestion of near) expect(note!).toContain(suggestion);
      if (near.length === 0) expect(note).not.toContain('Did you mean');
    }
  });

  it('treats straight and typographic apostrophes and quotation marks alike', async () => {
    expect((await search({ q: "Russia's", why: '' })).results).toEqual((await search({ q: 'Russia’s', why: '' })).results);
    expect((await search({ q: '"not an inch" NATO', why: '' })).results).toEqual((await search({ q: '“not an inch” NATO', why: '' })).results);
  });

  it('offers suggestions as links that run the corrected search', async () => {
    const misspelt = QUERIES.find((q) => q.q === 'Ryabkof')!;
    const [suggestion] = suggestions('ryabkof', words);
    expect(suggestion).toBeTruthy();
    const page = await open(searchUrl(misspelt));
    await shown(page);
    await page.getByRole('link', { name: suggestion }).click();
    await page.waitForURL(new RegExp(`q=${suggestion}`));
    const after = await shown(page);
    expect(after.results.map((r) => r.route).sort()).toEqual(expectedRoutes(pages, { q: suggestion, why: '' }));
    await page.context().close();
  });

  it('offers a name typed, which search does not read, as the filter it names', async () => {
    const page = await open(searchUrl({ q: 'Anadolu', why: '' }));
    expect((await shown(page)).notes).toEqual(['No article or claim contains “Anadolu”. It is in the name of the outlet Anadolu Agency.']);
    await page.getByRole('link', { name: 'Anadolu Agency' }).click();
    await page.waitForURL((url) => url.search === '?outlet=anadolu-agency');
    const after = await shown(page);
    const expected = expectedRoutes(pages, { q: '', filters: { outlet: 'anadolu-agency' }, why: '' });
    expect(after.status).toBe(`${expected.length} results, in Anadolu Agency.`);
    expect(after.results.map((r) => r.route).sort()).toEqual(expected);
    // Each result says what it is, who reported it and when: "Claim · Anadolu Agency, TASS · said 21 December 2021".
    for (const result of after.results) expect(result.meta, result.route).toMatch(/^(Article|Claim) · ([^·]+, )?Anadolu Agency(, [^·]+)? · \S.*\d{4}/);
    await page.context().close();
  });

  describe('gives each result and sub-result a distinct place, and repeats an excerpt only where the page repeats its words', () => {
    /** Words only, lower case: an excerpt's punctuation may come from around a quote. */
    const wordsOf = (text: string) => ` ${text.toLowerCase().replace(/[^\p{L}\p{N}\s]/gu, '').replace(/\s+/g, ' ').trim()} `;
    /** How often the excerpt's words occur in the page's searchable text. */
    const occurrences = (route: string, excerpt: string) => {
      const [text, words] = [wordsOf(pages.find((p) => p.route === route)!.words.join(' ')), wordsOf(excerpt)];
      let count = 0;
      for (let at = text.indexOf(words); at >= 0; at = text.indexOf(words, at + 1)) count++;
      return count;
    };
    it.each(QUERIES.filter((q) => !q.filters && expectedRoutes(pages, q).length > 0).map((q) => [q.q, q] as const))('%s', async (_name, query) => {
      for (const result of (await search(query)).results) {
        const hrefs = [result.href, ...result.subs.map((s) => s.href)];
        expect(new Set(hrefs).size, query.q).toBe(hrefs.length);
        const excerpts = [result.excerpt.replace(/^[^:]+: /, ''), ...result.subs.map((s) => s.excerpt)];
        excerpts.forEach((excerpt, i) => {
          if (excerpts.indexOf(excerpt) < i) expect(occurrences(result.route, excerpt), `${query.q}: ${result.route} shows "${excerpt}" twice`).toBeGreaterThan(1);
        });
      }
    });
  });
});

/**
 * Where a link lands, read in the page it opens: the element its fragment names, the passages
 * of that page, and the words its text fragment highlights: the first match in the page's text,
 * as the browser finds it (case aside, its prefix and suffix running into it with nothing but spaces between),
 * and whether that match lies within the element.
 */
function landingOf([href, passagePattern]: [string, string]) {
  const [id, directive = ''] = href.split('#')[1].split(':~:');
  const target = document.getElementById(decodeURIComponent(id));
  const passageTexts = [...document.querySelectorAll('[id]')].filter((e) => new RegExp(passagePattern).test(e.id)).map((e) => e.textContent ?? '');
  let highlight: string | null = null;
  let inTarget = false;
  if (target && directive.startsWith('text=')) {
    // prefix-,start,-suffix: split before decoding, as the syntax's own marks are escaped within its parts.
    const parts = directive.slice('text='.length).split(',');
    const prefix = parts[0].endsWith('-') ? decodeURIComponent(parts.shift()!.slice(0, -1)) : null;
    const suffix = parts.length > 1 && parts.at(-1)!.startsWith('-') ? decodeURIComponent(parts.pop()!.slice(1)) : null;
    const start = decodeURIComponent(parts[0]);
    let text = '';
    let [from, to] = [-1, -1];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT, {
      acceptNode: (node) => (node.parentElement?.closest('script, style, noscript, template') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
    });
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (target.contains(node)) {
        if (from < 0) from = text.length;
        to = text.length + node.textContent!.length;
      }
      text += node.textContent;
    }
    const pattern = (words: string) => words.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').split(/\s+/).join('\\s+');
    const match = new RegExp(`(?<![\\p{L}\\p{N}])(${prefix === null ? '' : `${pattern(prefix)}\\s+`})(${pattern(start)})(?![\\p{L}\\p{N}])${suffix === null ? '' : `(?=\\s+${pattern(suffix)}(?![\\p{L}\\p{N}]))`}`, 'iu').exec(text);
    if (match) {
      highlight = match[2];
      const at = match.index + match[1].length;
      inTarget = at >= from && at < to;
    }
  }
  return { id, target: target?.textContent ?? null, passageTexts, directive, highlight, inTarget };
}

/** Where each link lands, read once: many queries share links. */
const landings = new Map<string, ReturnType<typeof landingOf>>();
async function landingAt(page: Page, href: string) {
  if (!landings.has(href)) {
    await page.goto(site.origin + href);
    landings.set(href, await page.evaluate(landingOf, [href, PASSAGE.source] as [string, string]));
  }
  return landings.get(href)!;
}

describe('every result and sub-result link opens on a passage holding every typed word', () => {
  const found = QUERIES.filter((q) => expectedRoutes(pages, q).length > 0);

  it.each(found.map((q) => [queryName(q), q] as const))('%s', async (_name, query) => {
    const typed = searchedWords(pages, query.q).words;
    const lacking = (text: string) => typed.filter((w) => !holds(text, w.key)).map((w) => w.text);
    const { results } = await search(query);
    expect(results.length).toBeGreaterThan(0);
    const page = await open('/');
    for (const result of results) {
      for (const href of [result.href, ...result.subs.map((s) => s.href)]) {
        const landing = await landingAt(page, href);
        expect(landing.target, `${href}: no element #${landing.id}`).not.toBeNull();
        const missing = lacking(landing.target!);
        if (missing.length > 0) {
          // Only a page's result alone may land without every word, and only where no passage of the page holds them all.
          expect(href, `${href} lacks ${missing.join(', ')}`).toBe(result.href);
          expect(result.subs, `${href} lacks ${missing.join(', ')}, yet has sub-results`).toEqual([]);
          expect(landing.passageTexts.find((text) => lacking(text).length === 0), `${href} lacks ${missing.join(', ')}, which a passage of the page holds`).toBeUndefined();
        }
        // The highlight is the page's own words, in the landing passage, and holds a typed word. A
        // link names its passage alone where those words, with their context, come earlier on the page.
        if (landing.directive === '') continue;
        expect(landing.highlight, `${href}: the text fragment matches nothing`).not.toBeNull();
        expect(landing.inTarget, `${href}: the text fragment first matches outside #${landing.id}`).toBe(true);
        expect(lacking(landing.highlight!).length, `${href}: "${landing.highlight}" holds no typed word`).toBeLessThan(typed.length);
      }
    }
    await page.context().close();
  });
});

describe('British and American spellings find the same pages', () => {
  it.each([
    ['defence', 'defense'],
    ['organisation', 'organization'],
    ['dialog', 'dialogue'],
    ['"missile defence"', '"missile defense"'],
  ])('%s and %s', async (one, other) => {
    const routes = async (q: string) => (await search({ q, why: '' })).results.map((r) => r.route).sort();
    const [first, second] = [await routes(one), await routes(other)];
    // Every page that holds either spelling, more than either alone would find.
    const either = [...new Set([...expectedRoutes(pages, { q: one, why: '' }, { spellings: false }), ...expectedRoutes(pages, { q: other, why: '' }, { spellings: false })])].sort();
    expect(first).toEqual(either);
    expect(second).toEqual(either);
    expect(Math.min(expectedRoutes(pages, { q: one, why: '' }, { spellings: false }).length, expectedRoutes(pages, { q: other, why: '' }, { spellings: false }).length)).toBeLessThan(either.length);
  });
});

describe('a result lands on the words typed, in view', () => {
  const LANDINGS = ['"not an inch"', 'not an inch', 'outrageously', 'Liz Truss welcome', 'Zelenskiy brainwashed', 'Ryabkov', 'deceive'];

  for (const [size, viewport] of [['phone', PHONE], ['desktop', DESKTOP]] as const) {
    it.each(LANDINGS)(`%s, on a ${size}`, async (q) => {
      const page = await open(searchUrl({ q, why: '' }), { viewport });
      const { results } = await shown(page);
      expect(results.length).toBeGreaterThan(0);
      for (const result of results.slice(0, 3)) {
        // The link carries a text fragment of typed words, never of a lone short word.
        // prefix-,start,-suffix: split before decoding, as the syntax's own marks are escaped within its parts.
        const parts = (result.href.split(':~:text=')[1] ?? '').split(',');
        expect(parts[0], result.href).toBeTruthy();
        const prefix = parts[0].endsWith('-') ? decodeURIComponent(parts.shift()!.slice(0, -1)) : null;
        const suffix = parts.length > 1 && parts.at(-1)!.startsWith('-') ? decodeURIComponent(parts.pop()!.slice(1)) : null;
        const start = decodeURIComponent(parts[0]);
        expect(start.length >= 10 && start.includes(' '), result.href).toBe(true);
        // Followed as a reader follows it: a click, which is what lets the browser act on a text fragment.
        await page.locator(`#search-results a[href="${result.href}"]`).click();
        await page.waitForURL((url) => url.pathname === result.route);
        await page.waitForFunction(() => document.querySelector(':target') !== null);
        const landing = () => page.evaluate(([wanted, before, after]) => {
          const target = document.querySelector(':target')!;
          // The words are found within the target, which is the outlet's text or a claim's wording, and are in view.
          const text = target.textContent ?? '';
          const at = text.replace(/\s/g, ' ').toLowerCase().indexOf(wanted.toLowerCase());
          // As the browser matches a fragment: its prefix runs into the start with nothing but spaces between.
          const prefixed = before === null || text.replace(/\s+/g, ' ').toLowerCase().includes(`${before} ${wanted}`.toLowerCase());
          const suffixed = after === null || text.replace(/\s+/g, ' ').toLowerCase().includes(`${wanted} ${after}`.toLowerCase());
          const walker = document.createTreeWalker(target, NodeFilter.SHOW_TEXT);
          let box: DOMRect | null = null;
          for (let node = walker.nextNode(), offset = 0; node && at >= 0; offset += node.textContent!.length, node = walker.nextNode()) {
            if (offset + node.textContent!.length > at) {
              const range = document.createRange();
              range.setStart(node, at - offset);
              range.setEnd(node, at - offset + 1);
              box = range.getBoundingClientRect();
              break;
            }
          }
          return {
            id: target.id,
            inText: Boolean(target.closest('.article-text, figure, h1, #standfirst')),
            contains: at >= 0,
            inView: Boolean(box && box.top >= 0 && box.bottom <= innerHeight),
            prefixed,
            suffixed,
          };
        }, [start, prefix, suffix] as const);
        // The browser scrolls to the words some frames after the page loads, smoothly where motion
        // is welcome: wait until they are in view (or not there at all), then for the scroll to end.
        const inViewOrAbsent = async () => {
          const { contains, inView } = await landing();
          return !contains || inView;
        };
        await expect.poll(inViewOrAbsent, { message: `${result.href}: "${start}" never came into view` }).toBe(true);
        await settled(page);
        const landed = await landing();
        expect(landed.inText, `${result.href}: landed in #${landed.id}`).toBe(true);
        expect(landed.contains, `${result.href}: #${landed.id} does not hold "${start}"`).toBe(true);
        expect(landed.inView, `${result.href}: "${start}" is not in view`).toBe(true);
        expect(landed.prefixed, `${result.href}: "${prefix}" does not run into "${start}" on the page`).toBe(true);
        expect(landed.suffixed, `${result.href}: "${start}" does not run into "${suffix}" on the page`).toBe(true);
        await page.goBack();
        await shown(page);
      }
      await page.context().close();
    });
  }
});

describe('filters', () => {
  it('say in the status line what they narrow to, and clear in one click', async () => {
    const page = await open(searchUrl({ q: 'missiles', filters: { speaker: 'vladimir-putin' }, why: '' }));
    const before = await shown(page);
    expect(before.status).toMatch(/^\d+ results? for missiles, said by Vladimir Putin\.$/);
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await page.waitForURL((url) => !url.search.includes('speaker='));
    const after = await shown(page);
    expect(after.status).toMatch(/^\d+ results? for missiles\.$/);
    expect(after.results.length).toBeGreaterThanOrEqual(before.results.length);
    await page.context().close();
  });

  it('show how many results each value would give, for a query of one word, once opened', async () => {
    const page = await open(searchUrl({ q: 'missiles', why: '' }));
    await shown(page);
    await page.locator('#narrow > summary').click();
    await page.locator('select[name="speaker"] option', { hasText: /\(\d+\)/ }).first().waitFor({ state: 'attached' });
    const speakers = await page.$$eval('select[name="speaker"] option', (options) => options.map((o) => o.textContent));
    const expected = pages.filter((p) => expectedRoutes([p], { q: 'missiles', why: '' }).length > 0);
    const putin = expected.filter((p) => p.filters.speaker.includes('vladimir-putin')).length;
    expect(speakers).toContain(`Vladimir Putin (${putin})`);
    await page.context().close();
  });

  it('count, with a filter active, what choosing each value would give', async () => {
    const query = { q: 'NATO', filters: { speaker: 'vladimir-putin' }, why: '' };
    const page = await open(searchUrl(query));
    await shown(page);
    await page.locator('select[name="outlet"] option', { hasText: /\(\d+\)/ }).first().waitFor({ state: 'attached' });
    for (const key of ['outlet', 'speaker', 'month'] as const) {
      const options = await page.$$eval(`select[name="${key}"] option`, (all) => (all as HTMLOptionElement[]).filter((o) => o.value).map((o) => ({ value: o.value, text: o.textContent })));
      for (const { value, text } of options) {
        const expected = expectedRoutes(pages, { ...query, filters: { ...query.filters, [key]: value } }).length;
        expect(text, `${key}=${value}`).toMatch(new RegExp(`\\(${expected}\\)$`));
      }
    }
    await page.context().close();
  });
});

describe('the search page', () => {
  it('has one search box, and keeps the URL in step with the form', async () => {
    const page = await open('/search/?q=missiles&speaker=vladimir-putin');
    expect(await page.getByRole('searchbox').count()).toBe(1);
    expect(await page.inputValue('#q')).toBe('missiles');
    expect(await page.inputValue('select[name="speaker"]')).toBe('vladimir-putin');
    await shown(page);
    await page.selectOption('select[name="outlet"]', 'central-tribune');
    await page.waitForURL(/outlet=central-tribune/);
    await shown(page);
    expect(new URL(page.url()).search).toBe('?q=missiles&outlet=central-tribune&speaker=vladimir-putin');
    await page.goBack();
    await page.waitForURL((url) => !url.search.includes('outlet='));
    expect(await page.inputValue('select[name="outlet"]')).toBe('');
    await page.context().close();
  });

  it('says when what was typed holds no word, and how words read as operators elsewhere were searched', async () => {
    const nothing = await search({ q: '!!!', why: 'punctuation alone' });
    expect([nothing.status, nothing.results, nothing.notes]).toEqual(['No results for !!!.', [], ['“!!!” holds no word to search for: type a word, a name or a number.']]);
    const page = await open(searchUrl({ q: 'NATO -Putin OR Biden', why: '' }));
    await shown(page);
    expect(await page.locator('#search-notes .search-note').textContent()).toBe(
      'Every word typed is searched for, together: there is no OR, AND, NOT or minus here, so this searched “-Putin” as “Putin” and “OR” as a word.',
    );
    await page.context().close();
  });

  it('lists every result, the next twenty at a time, focus on the first added', async () => {
    const page = await open(searchUrl({ q: 'Putin', why: '' }));
    const first = await shown(page);
    const total = Number(/^(\d+) results/.exec(first.status)![1]);
    expect(total).toBeGreaterThan(20);
    expect(first.results).toHaveLength(20);
    expect(first.status).toBe(`${total} results for Putin (showing the first 20).`);
    const more = page.locator('#search-more');
    let listed = first.results;
    while (listed.length < total) {
      const next = Math.min(20, total - listed.length);
      expect(await more.textContent()).toBe(`Show the next ${next} of ${total} results`);
      await more.click();
      await page.waitForFunction((n) => document.querySelectorAll('#search-results > li').length === n, listed.length + next);
      const now = await shown(page);
      expect(now.results.slice(0, listed.length)).toEqual(listed);
      expect(await page.evaluate((n) => document.activeElement?.closest(`#search-results > li:nth-child(${n})`) != null, listed.length + 1)).toBe(true);
      listed = now.results;
    }
    // All listed now: every page holding the word once, none left out, and no button.
    expect((await shown(page)).status).toBe(`${total} results for Putin.`);
    expect(listed.map((r) => r.route).sort()).toEqual(expectedRoutes(pages, { q: 'Putin', why: '' }));
    expect(await more.count()).toBe(0);
    await page.context().close();
  });

  it('under an outlet, leads a claim with that outlet’s wording, and says where its wording lacks the words typed', async () => {
    // Central Tribune's wording of this claim is "We said not an inch to the east …"; TASS's and
    // the unnamed outlet's say "deceived", as does the summary.
    const claimUnder = async (q: string) => {
      const page = await open(searchUrl({ q, filters: { outlet: 'central-tribune' }, why: '' }));
      await shown(page);
      const result = await page.evaluate(() => {
        const item = [...document.querySelectorAll('#search-results > li')].find((li) => li.querySelector('h2 a')!.getAttribute('href')!.startsWith('/claims/not-an-inch-deception/'))!;
        return { note: item.querySelector(':scope > .search-note')?.textContent ?? null, where: item.querySelector(':scope > .excerpt .where')!.textContent! };
      });
      await page.context().close();
      return result;
    };
    expect(await claimUnder('deceive')).toEqual({
      note: 'Central Tribune’s wording of this claim does not hold the words typed: the passages shown are the claim’s summary or other outlets’ wordings.',
      where: expect.not.stringMatching(/^Central Tribune/),
    });
    expect(await claimUnder('"not an inch"')).toEqual({ note: null, where: expect.stringMatching(/^Central Tribune, /) });
  });

  it('announces the count in a live region, and works from the keyboard alone', async () => {
    const page = await open('/search/');
    const status = page.getByRole('status');
    expect(await status.getAttribute('aria-live')).toBe('polite');
    await page.getByLabel('Words or a phrase').focus();
    await page.keyboard.type('Peskov');
    await page.keyboard.press('Enter');
    await shown(page);
    expect(await status.textContent()).toMatch(/^\d+ results? for Peskov\.$/);
    // Focus moves to the outcome; Tab goes on to the first result.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-outcome');
    for (let i = 0; i < 5 && !(await page.evaluate(() => document.activeElement?.closest('#search-results') !== null)); i++) await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('#search-results') !== null)).toBe(true);
    await page.context().close();
  });

  it('shows the results of the words last typed, when searches begun while typing are overtaken', async () => {
    const page = await open('/search/');
    const box = page.getByLabel('Words or a phrase');
    // Keys closer together than the typing pause: each begins a search the next overtakes.
    await box.pressSequentially('Putin', { delay: 40 });
    await box.press('ControlOrMeta+a');
    await box.pressSequentially('Peskov', { delay: 40 });
    // Until the typing pause after the last key ends, an earlier search's results may still show,
    // as they do to a reader: on a busy machine, "Putin" may have had its pause.
    await page.waitForFunction(() => document.querySelector('#search-status')?.textContent?.includes(' for Peskov'));
    const typed = await shown(page);
    expect(typed.status).toMatch(/^\d+ results? for Peskov\.$/);
    expect(typed.results.map((r) => r.href)).toEqual((await search({ q: 'Peskov', why: 'the same words, opened from the address' })).results.map((r) => r.href));
    await page.context().close();
  });

  it('on a phone, brings the results into view after a search from another page’s header', async () => {
    const page = await open('/articles/', { viewport: PHONE });
    await page.getByRole('searchbox', { name: 'Search quotes' }).fill('guarantees');
    await page.getByRole('searchbox', { name: 'Search quotes' }).press('Enter');
    await page.waitForURL(/\/search\/\?q=guarantees$/);
    await shown(page);
    await page.waitForFunction(() => document.activeElement?.id === 'search-outcome');
    const box = await page.locator('#search-status').boundingBox();
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.y + box!.height).toBeLessThanOrEqual(PHONE.height);
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
    const page = await open('/articles/', { javaScriptEnabled: false });
    await page.getByRole('searchbox', { name: 'Search quotes' }).fill('not an inch');
    await page.getByRole('searchbox', { name: 'Search quotes' }).press('Enter');
    await page.waitForURL(/\/search\/\?q=not\+an\+inch$/);
    await page.context().close();
  });
});
