/**
 * The built site as a reader meets it: every page that should exist does, every in-site link
 * and #fragment lands, quotes are marked where claims cite them, and reading pages ship no script.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import * as cheerio from 'cheerio';
import { describe, expect, inject, it } from 'vitest';
import { readArchive, readArticles } from './content-folder.ts';
import { htmlFiles } from './files.ts';
import { projectRoot } from './site-build.ts';

const siteDir = inject('siteDir');
const contentRoot = path.join(projectRoot, 'content');
const articles = readArticles(contentRoot);
const archive = readArchive(contentRoot);

/** The URL path a built file is served at. */
function routeOf(file: string): string {
  const rel = path.relative(siteDir, file).split(path.sep).join('/');
  return rel === 'index.html' ? '/' : rel.endsWith('/index.html') ? `/${rel.slice(0, -'index.html'.length)}` : `/${rel}`;
}

const pages = new Map(htmlFiles(siteDir).map((file) => [routeOf(file), cheerio.load(readFileSync(file, 'utf8'))]));
const page = (route: string) => {
  const $ = pages.get(route);
  if (!$) throw new Error(`no page at ${route}`);
  return $;
};
/** Text as a reader (or a search indexer) gets it: tags gone, whitespace collapsed. */
const textOf = (route: string) => page(route)('main').text().replace(/\s+/g, ' ');
const yamlIds = (name: string) => (archive as unknown as Record<string, string[]>)[name];

describe('every page that should exist does', () => {
  it('has an article page per article and a claim page per claim id', () => {
    for (const article of articles) expect(pages.has(`/articles/${article.id}/`), article.id).toBe(true);
    const claimIds = new Set(articles.flatMap((a) => (a.frontmatter.claims ?? []).map((c: { id: string }) => c.id)));
    expect(claimIds.size).toBeGreaterThan(20);
    for (const id of claimIds) expect(pages.has(`/claims/${id}/`), id).toBe(true);
  });

  it('has a page per outlet, speaker and topic, and their indexes', () => {
    for (const [kind, ids] of [['outlets', yamlIds('outlets')], ['speakers', yamlIds('speakers')], ['topics', yamlIds('topics')]] as const) {
      expect(pages.has(`/${kind}/`)).toBe(true);
      for (const id of ids) expect(pages.has(`/${kind}/${id}/`), `${kind}/${id}`).toBe(true);
    }
  });

  it('has the timeline, claims index, articles index, about page and a 404 page', () => {
    for (const route of ['/', '/claims/', '/articles/', '/about/', '/404.html']) expect(pages.has(route), route).toBe(true);
    expect(page('/404.html')('h1').text()).toBe('Page not found');
  });
});

describe('every page', () => {
  it('has one h1, a language, a skip link to main, and a search form in the header', () => {
    for (const [route, $] of pages) {
      expect($('h1'), route).toHaveLength(1);
      expect($('html').attr('lang'), route).toBe('en');
      expect($('a.skip-link').attr('href'), route).toBe('#main');
      expect($('main#main'), route).toHaveLength(1);
      expect($('header form[role="search"]').attr('action'), route).toBe('/search/');
    }
  });

  it('runs no script, but for the search page’s own external module (JSON-LD is data, not a script)', () => {
    for (const [route, $] of pages) {
      const scripts = $('script:not([type="application/ld+json"])');
      if (route === '/search/') {
        expect(scripts.map((_, el) => [[el.attribs.type, Boolean(el.attribs.src), $(el).text().trim()]]).get()).toEqual([['module', true, '']]);
      } else {
        expect(scripts, route).toHaveLength(0);
      }
    }
  });

  it('marks for search only article text and claims, leaving out the removed chrome', () => {
    const indexed = [...pages].filter(([, $]) => $('[data-pagefind-body]').length > 0).map(([route]) => route);
    expect(indexed.filter((r) => r.startsWith('/articles/'))).toHaveLength(articles.length);
    expect(indexed.every((r) => /^\/(articles|claims)\/[a-z0-9-]+\/$/.test(r))).toBe(true);
    for (const article of articles) {
      const $ = page(`/articles/${article.id}/`);
      expect($('details.about-text').attr('data-pagefind-ignore'), article.id).toBeDefined();
      expect($('[data-pagefind-body] .article-text'), article.id).toHaveLength(1);
    }
  });

  it('keeps headings in order, never skipping a level', () => {
    for (const [route, $] of pages) {
      let previous = 1;
      $('main h1, main h2, main h3, main h4').each((_, el) => {
        const level = Number(el.tagName.slice(1));
        expect(level - previous, `${route}: h${previous} then h${level}`).toBeLessThanOrEqual(1);
        previous = level;
      });
    }
  });

  it('links only to pages and #fragments that exist', () => {
    const broken: string[] = [];
    for (const [route, $] of pages) {
      $('a[href]').each((_, el) => {
        const href = $(el).attr('href')!;
        if (/^[a-z]+:/i.test(href)) return; // another site: not ours to check here
        const url = new URL(href, `http://site${route}`);
        const target = pages.get(url.pathname);
        if (!target) {
          // Not a page: a data file, a download or a capture, which must exist as a file.
          if (!existsSync(path.join(siteDir, url.pathname)) || url.pathname.endsWith('/')) broken.push(`${route} → ${href} (nothing there)`);
          return;
        }
        // A text fragment (#p-3:~:text=…, #:~:text=…) names an element only before its ':~:'.
        const id = decodeURIComponent(url.hash.slice(1).split(':~:')[0]);
        if (id && target(`[id="${id}"]`).length === 0) broken.push(`${route} → ${href} (no #${id})`);
      });
    }
    expect(broken).toEqual([]);
  });
});

describe('article pages', () => {
  it('mark every quote their claims cite, with the quote’s own words', () => {
    for (const article of articles) {
      const $ = page(`/articles/${article.id}/`);
      for (const claim of article.frontmatter.claims ?? []) {
        claim.quotes.forEach((quote: { text: string }, i: number) => {
          const id = i === 0 ? `q-${claim.id}` : `q-${claim.id}-${i + 1}`;
          const mark = $(`mark[id="${id}"]`);
          expect(mark, `${article.id}#${id}`).toHaveLength(1);
          expect(mark.text().replace(/\s+/g, ' ')).toBe(quote.text.replace(/\s+/g, ' '));
          expect(mark.next('a.claim-link').attr('href')).toBe(`/claims/${claim.id}/`);
        });
      }
    }
  });

  it('number every paragraph p-1, p-2, … with a link to itself', () => {
    for (const article of articles) {
      const ids = page(`/articles/${article.id}/`)('.article-text p[id]').map((_, el) => el.attribs.id).get();
      expect(ids, article.id).toEqual(ids.map((_, i) => `p-${i + 1}`));
      expect(ids.length).toBeGreaterThan(0);
    }
  });

  it('say what was removed and how uncertain values were established', () => {
    const $ = page('/articles/unattributed-2021-12-23/');
    const about = $('details.about-text').text();
    expect(about).toContain('004_256edda6d84015fa.txt');
    expect(about).toContain('Leave A Reply');
    expect(about).toContain('names no outlet');
    expect($('header').text()).toContain('Outlet not named in the capture');
  });

  it('link to the previous and next article by date', () => {
    const $ = page('/articles/tass-2021-12-23/');
    expect($('a[rel="prev"]').attr('href')).toBe('/articles/central-tribune-2021-12-23/');
    expect($('a[rel="next"]').attr('href')).toBe('/articles/unattributed-2021-12-23/');
  });
});

describe('the timeline', () => {
  const $ = page('/');

  it('runs in date order, month by month', () => {
    const dates = $('ol.timeline').first().parents('main').find('section:not([aria-labelledby="background"]) ol.timeline time')
      .map((_, el) => el.attribs.datetime).get();
    expect(dates.length).toBeGreaterThan(10);
    expect(dates).toEqual([...dates].sort());
    expect($('main section > h2').map((_, el) => $(el).text()).get().slice(0, 3)).toEqual(['December 2021', 'January 2022', 'February 2022']);
  });

  it('shows each event with its date, speakers and the paragraphs that report it', () => {
    const entry = $('#event-annual-news-conference-2021-12-23');
    expect(entry.find('time').attr('datetime')).toBe('2021-12-23');
    expect(entry.text()).toContain('Who spoke: Vladimir Putin');
    expect(entry.find('a[href^="/articles/"]').map((_, el) => el.attribs.href).get()).toEqual([
      '/articles/tass-2021-12-23/#p-1',
      '/articles/central-tribune-2021-12-23/#p-2',
      '/articles/unattributed-2021-12-23/#p-2',
    ]);
  });

  it('marks background events as context', () => {
    expect($('#event-crimea-annexed-2014').text()).toContain('Context');
  });

  it('keeps the words of adjacent elements apart', () => {
    expect(textOf('/claims/')).toContain('said 23 December 2021 · reported by 3 outlets');
  });
});

describe('the compare page', () => {
  it('lists every claim reported by two or more outlets, most divergent first', () => {
    const outletsByClaim = new Map<string, Set<string>>();
    for (const article of articles) {
      for (const claim of article.frontmatter.claims ?? []) {
        const outlets = outletsByClaim.get(claim.id) ?? new Set<string>();
        outlets.add(article.frontmatter.outlet ?? `unnamed:${article.id}`);
        outletsByClaim.set(claim.id, outlets);
      }
    }
    const multi = [...outletsByClaim].filter(([, outlets]) => outlets.size >= 2).map(([id]) => `/claims/${id}/#compare`);
    const $ = page('/compare/');
    const links = $('main li > a').map((_, el) => el.attribs.href).get();
    expect([...links].sort()).toEqual(multi.sort());
    const shares = $('main li strong').map((_, el) => Number($(el).text().match(/^(\d+)%/)![1])).get();
    expect(shares).toEqual([...shares].sort((a, b) => a - b));
  });
});

describe('claim pages', () => {
  it('give every outlet’s wording, each linking to its spot in the article', () => {
    const $ = page('/claims/not-an-inch-deception/');
    const links = $('section[aria-labelledby="wordings"] figcaption a[href*="#q-"]').map((_, el) => el.attribs.href).get();
    expect(links).toEqual([
      '/articles/central-tribune-2021-12-23/#q-not-an-inch-deception',
      '/articles/tass-2021-12-23/#q-not-an-inch-deception',
      '/articles/tass-2021-12-23/#q-not-an-inch-deception-2',
      '/articles/unattributed-2021-12-23/#q-not-an-inch-deception',
    ]);
    expect($('blockquote').first().text()).toContain('We said not an inch to the east — that was a NATO guarantee in 1990.');
  });

  it('compare the wordings word by word, marked for readers who see no colour', () => {
    const $ = page('/claims/not-an-inch-deception/');
    const comparisons = $('#compare').nextAll('figure.comparison');
    expect(comparisons).toHaveLength(2);
    const tass = comparisons.first();
    expect(tass.find('figcaption').text()).toMatch(/^TASS, 23 December 2021 against Central Tribune, 23 December 2021: \d+% of words in common$/);
    expect(tass.find('del').first().text()).toBe('only in Central Tribune, 23 December 2021: We');
    expect(tass.find('ins').map((_, el) => $(el).contents().last().text()).get()).toContain('cheated');
    expect(tass.find('del .visually-hidden, ins .visually-hidden').length).toBe(tass.find('del, ins').length);
  });

  it('show the responses the articles report, attributed', () => {
    const text = textOf('/claims/not-an-inch-deception/');
    expect(text).toContain('Responses reported');
    expect(text).toContain('NATO has no record of any decision not to expand eastwards.');
  });
});
