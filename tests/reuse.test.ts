/**
 * Citing and reusing the archive, on the built site: canonical links and the metadata
 * reference managers read, JSON-LD, the data files against their published schemas, the CSV
 * through a real CSV parser, the feed, and the permalink manifest.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
// @ts-expect-error: the Frictionless validator ships no types.
import { validate as validateDataPackage } from 'datapackage';
import * as cheerio from 'cheerio';
import Papa from 'papaparse';
import { describe, expect, inject, it } from 'vitest';
import { readContent } from '../src/cli/read-content.ts';
import { filesUnder, htmlFiles } from './files.ts';
import { brokenPromises, fileOf, loadPage, publicRoutes, readManifest, siteAnchors } from './permalinks.ts';
import { buildSite, projectRoot } from './site-build.ts';

const siteDir = inject('siteDir');
const ORIGIN = 'http://127.0.0.1:4321';
const articles = readContent(path.join(projectRoot, 'content')).articles;
const claimIds = [...new Set(articles.flatMap((a) => a.data.claims.map((c) => c.id)))];
const quoteCount = articles.reduce((n, a) => n + a.data.claims.reduce((m, c) => m + c.quotes.length, 0), 0);
const load = (route: string) => loadPage(siteDir, route);
const data = (name: string) => JSON.parse(readFileSync(path.join(siteDir, 'data', name), 'utf8'));
const jsonLd = ($: cheerio.CheerioAPI) => $('script[type="application/ld+json"]').map((_, el) => JSON.parse($(el).text())).get();

describe('article pages carry citation metadata', () => {
  it.each(articles.map((a) => [a.id, a] as const))('%s', (id, article) => {
    const $ = load(`/articles/${id}/`);
    const meta = (key: string) => $(`meta[name="${key}"], meta[property="${key}"]`).map((_, el) => el.attribs.content).get();
    expect($('link[rel="canonical"]').attr('href')).toBe(`${ORIGIN}/articles/${id}/`);
    expect(meta('citation_title')).toEqual([article.data.title]);
    expect(meta('citation_publication_date')).toEqual([article.data.date.replaceAll('-', '/')]);
    expect(meta('DC.type')).toEqual(['NewsItem']);
    expect(meta('citation_journal_title')).toEqual([]);
    expect(meta('citation_author')).toEqual([]);
    expect(meta('og:site_name')).toHaveLength(article.data.outlet ? 1 : 0);
    expect(meta('description')).toHaveLength(1);
    expect($('.coins, span.Z3988')).toHaveLength(0);
    const [ld] = jsonLd($);
    // The archive's page, not the outlet's article, is what the archive revises.
    expect(ld).toMatchObject({ '@type': 'NewsArticle', headline: article.data.title, datePublished: article.data.date, archivedAt: { '@type': 'WebPage', url: `${ORIGIN}/articles/${id}/`, dateModified: meta('DC.modified')[0] } });
    expect(ld).not.toHaveProperty('dateModified');
    expect(ld.isBasedOn).toBe(`${ORIGIN}/captures/${article.data.source.capture}`);
    expect($('#cite').nextAll('p.citation').text()).toContain(`(${article.data.date.slice(0, 4)}, `);
  });
});

describe('claim pages carry citation metadata', () => {
  it('every one: canonical link, title, JSON-LD Claim with its quotations', () => {
    for (const id of claimIds) {
      const $ = load(`/claims/${id}/`);
      expect($('link[rel="canonical"]').attr('href'), id).toBe(`${ORIGIN}/claims/${id}/`);
      expect($('meta[name="DC.title"]').attr('content'), id).toBe($('h1').text());
      expect($('meta[property="og:title"]').attr('content'), id).toBeTruthy();
      const graph = jsonLd($)[0]['@graph'];
      expect(graph[0]).toMatchObject({ '@type': 'Claim', url: `${ORIGIN}/claims/${id}/` });
      expect(graph[0].author.name).toBeTruthy();
      expect(graph.filter((n: { '@type': string }) => n['@type'] === 'Quotation').length).toBeGreaterThan(0);
    }
  });

  it('offer a link that opens each quote highlighted in its article', () => {
    for (const id of claimIds) {
      const $ = load(`/claims/${id}/`);
      $('section[aria-labelledby="wordings"] figure').each((_, figure) => {
        const quote = $(figure).find('blockquote').text().trim();
        const link = $(figure).find('a[href*=":~:text="]').attr('href')!;
        const [start] = decodeURIComponent(link.split(':~:text=')[1]).split(',');
        expect(quote.startsWith(start), `${id}: ${link}`).toBe(true);
      });
    }
  });
});

describe('every page', () => {
  const notFoundPage = path.join(siteDir, '404.html');

  it('has a canonical link, a description and Open Graph tags', () => {
    for (const file of htmlFiles(siteDir)) {
      const $ = cheerio.load(readFileSync(file, 'utf8'));
      if (file !== notFoundPage) expect($('link[rel="canonical"]').attr('href'), file).toMatch(/^http:\/\/127\.0\.0\.1:4321\//);
      expect($('meta[name="description"]').attr('content'), file).toBeTruthy();
      expect($('meta[property="og:title"]').attr('content'), file).toBeTruthy();
    }
  });

  it('but the 404 page, served at any missing address, which names no address of its own', () => {
    const $ = cheerio.load(readFileSync(notFoundPage, 'utf8'));
    expect($('link[rel="canonical"]').length + $('meta[property="og:url"]').length).toBe(0);
  });

  it('links the corrections from every page, and offers no address for reports while REPORT_URL is unset', () => {
    const $ = load('/');
    expect($('footer a[href="/corrections/"]')).toHaveLength(1);
    expect($('footer').text()).not.toContain('Report it');
  });

  it('asks crawlers to stay away, as a local preview: in robots.txt and on every page', () => {
    expect(readFileSync(path.join(siteDir, 'robots.txt'), 'utf8')).toMatch(/^User-agent: \*\nDisallow: \/\n/);
    const indexable = htmlFiles(siteDir).filter((file) => cheerio.load(readFileSync(file, 'utf8'))('meta[name="robots"]').attr('content') !== 'noindex');
    expect(indexable).toEqual([]);
  });
});

describe('the data files', () => {
  // Formats (uri, date…) are checked too, not ignored.
  const ajv = addFormats(new Ajv2020({ allErrors: true, strict: false }));

  it.each([
    ['articles.json', 'articles.schema.json'],
    ['claims.json', 'claims.schema.json'],
  ])('%s validates against its published JSON Schema', (file, schema) => {
    const validate = ajv.compile(data(schema));
    expect(validate(data(file)), JSON.stringify(validate.errors)).toBe(true);
  });

  it('hold every article, claim and quote', () => {
    expect(data('articles.json').articles.map((a: { id: string }) => a.id).sort()).toEqual(articles.map((a) => a.id).sort());
    const claims = data('claims.json').claims;
    expect(claims.map((c: { id: string }) => c.id).sort()).toEqual([...claimIds].sort());
    const quotes = claims.flatMap((c: { reports: { quotes: unknown[] }[] }) => c.reports.flatMap((r) => r.quotes));
    expect(quotes).toHaveLength(quoteCount);
  });

  it('have a CSV that Excel opens as UTF-8 and that round-trips through a CSV parser, one row per quote, each row valid', () => {
    const bytes = readFileSync(path.join(siteDir, 'data', 'claims.csv'));
    // The UTF-8 byte order mark, without which Excel reads the file in the local code page.
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8').slice(1);
    expect(text.includes('\r\n')).toBe(true);
    expect(text).toContain('’');
    const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data).toHaveLength(quoteCount);
    const validateRow = ajv.compile(data('claims-row.schema.json'));
    for (const row of parsed.data) expect(validateRow(row), JSON.stringify(validateRow.errors)).toBe(true);
    // Every row's quote is a quote of the content, to the character, quotation marks included.
    const quotes = new Set(articles.flatMap((a) => a.data.claims.flatMap((c) => c.quotes.map((q) => q.text))));
    for (const row of parsed.data) expect(quotes.has(row.quote), row.quote).toBe(true);
    expect(Papa.unparse(parsed.data, { newline: '\r\n', quotes: true }) + '\r\n').toBe(text);
  });

  it('are described by a Frictionless Data Package that the Frictionless validator accepts', async () => {
    const descriptor = data('datapackage.json');
    // By path, so the validator resolves and loads the files and schemas it names.
    const report = await validateDataPackage(path.join(siteDir, 'data', 'datapackage.json'));
    expect(report.errors.map((e: Error) => e.message)).toEqual([]);
    expect(report.valid).toBe(true);
    for (const resource of descriptor.resources) expect(existsSync(path.join(siteDir, 'data', resource.path)), resource.path).toBe(true);
    const csv = descriptor.resources.find((r: { path: string }) => r.path === 'claims.csv');
    expect(csv.schema.fields.map((f: { name: string }) => f.name)).toEqual(Papa.parse<string[]>(readFileSync(path.join(siteDir, 'data', 'claims.csv'), 'utf8').slice(1)).data[0]);
  });

  it('give every quote as a W3C Web Annotation whose selectors find it in the built article', () => {
    const collection = JSON.parse(readFileSync(path.join(siteDir, 'data', 'annotations.jsonld'), 'utf8'));
    expect(collection['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
    const items = collection.first.items;
    expect(items).toHaveLength(quoteCount);
    for (const annotation of items) {
      const [quote, fragment] = annotation.target.selector;
      const route = new URL(annotation.target.source).pathname;
      const $ = load(route);
      const paragraph = $(`[id="${fragment.value}"]`).text();
      const { start, end } = fragment.refinedBy;
      expect(paragraph.slice(start, end), annotation.id).toBe(quote.exact);
      expect(paragraph.slice(0, start).endsWith(quote.prefix)).toBe(true);
      expect(paragraph.slice(end).startsWith(quote.suffix)).toBe(true);
      // The quote's own anchor holds the same words.
      expect($(`[id="${new URL(annotation.id).hash.slice(1)}"]`).text().replace(/\s+/g, ' ')).toBe(quote.exact.replace(/\s+/g, ' ').slice(0, $(`[id="${new URL(annotation.id).hash.slice(1)}"]`).text().replace(/\s+/g, ' ').length));
    }
  });

  it('include an RSS feed of every article and every correction, a sitemap and robots.txt', () => {
    const $ = cheerio.load(readFileSync(path.join(siteDir, 'feed.xml'), 'utf8'), { xml: true });
    const links = (corrections: boolean) =>
      $('item')
        .filter((_, el) => ($(el).children('category').text() === 'Corrections') === corrections)
        .map((_, el) => $(el).children('link').text())
        .get();
    expect(links(false).sort()).toEqual(articles.map((a) => `${ORIGIN}/articles/${a.id}/`).sort());
    expect(links(true)).toHaveLength(readContent(path.join(projectRoot, 'content')).archive.record.corrections.length);
    expect(readFileSync(path.join(siteDir, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${ORIGIN}/sitemap-index.xml`);
    expect(existsSync(path.join(siteDir, 'sitemap-index.xml'))).toBe(true);
  });
});

describe('the permalink manifest', () => {
  const manifest = readManifest();
  const produced = publicRoutes(filesUnder(siteDir), siteDir);

  it('is kept, every address and anchor of it pointing at the same words', () => {
    expect(manifest.anchors.length).toBeGreaterThan(100);
    expect(brokenPromises(manifest, siteDir, produced), 'a shipped permalink is broken: restore it (see README, "Permalinks")').toEqual([]);
  });

  it('lists every address and anchor the site serves (run npm run permalinks:update after adding content)', () => {
    const listed = new Set([...manifest.routes, ...manifest.anchors.map((a) => `${a.route}#${a.id}`)]);
    const served = [...produced, ...siteAnchors(siteDir, produced).map((a) => `${a.route}#${a.id}`)];
    expect(served.filter((address) => !listed.has(address))).toEqual([]);
  });

  it('catches a paragraph renumbered, a quote moved or its words changed', () => {
    const route = '/articles/central-tribune-2021-12-23/';
    const shipped = { routes: [route], anchors: manifest.anchors.filter((a) => a.route === route) };
    const html = readFileSync(fileOf(siteDir, route), 'utf8');
    const work = mkdtempSync(path.join(os.tmpdir(), 'guarantees-manifest-'));
    const planted = (edit: (source: string) => string) => {
      const edited = edit(html);
      expect(edited, 'the planted change must change the page').not.toBe(html);
      mkdirSync(path.dirname(fileOf(work, route)), { recursive: true });
      writeFileSync(fileOf(work, route), edited);
      return brokenPromises(shipped, work, [route]);
    };
    try {
      expect(brokenPromises(shipped, siteDir, [route])).toEqual([]);
      expect(planted((s) => s.replace('id="p-15"', 'id="p-16"'))).toContain(`${route}#p-15: the anchor is gone`);
      expect(planted((s) => s.replace('They fooled us.', 'They deceived us.')).join('\n')).toMatch(/#p-9: points at other words/);
      expect(planted((s) => s.replace('id="q-russia-threatens-no-one"', 'id="q-russia-threatens-no-one-2"')).join('\n')).toMatch(/#q-russia-threatens-no-one: the anchor is gone/);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });
});

describe('one origin, from one setting', () => {
  it('makes every permalink, citation and link from SITE_URL and BASE_PATH, and nothing from the local preview', () => {
    const work = mkdtempSync(path.join(os.tmpdir(), 'guarantees-base-'));
    try {
      const outDir = path.join(work, 'dist');
      const result = buildSite(path.join(projectRoot, 'tests', 'fixtures', 'content'), outDir, {
        SITE_URL: 'https://archive.example.org',
        BASE_PATH: '/guarantees/',
      });
      expect(result.status, result.output).toBe(0);
      expect(result.output).not.toContain('SITE_URL is not set');
      const origin = 'https://archive.example.org/guarantees';
      const $ = cheerio.load(readFileSync(path.join(outDir, 'articles', 'alpha', 'index.html'), 'utf8'));
      expect($('link[rel="canonical"]').attr('href')).toBe(`${origin}/articles/alpha/`);
      expect($('meta[property="og:url"]').attr('content')).toBe(`${origin}/articles/alpha/`);
      const internal = $('a[href^="/"]').map((_, el) => el.attribs.href).get();
      expect(internal.length).toBeGreaterThan(5);
      expect(internal.filter((href) => !href.startsWith('/guarantees/'))).toEqual([]);
      expect($('mark.quote').nextAll('a.claim-link').first().attr('href')).toBe('/guarantees/claims/shared-claim/');
      expect($('p.citation').first().attr('data-copy-text')).toContain(`${origin}/articles/alpha/`);
      expect(readFileSync(path.join(outDir, 'cite', 'articles', 'alpha.bib'), 'utf8')).toContain(`url = {${origin}/articles/alpha/}`);
      expect(readFileSync(path.join(outDir, 'cite', 'articles.ris'), 'utf8')).toContain(`UR  - ${origin}/articles/alpha/`);
      const claim = cheerio.load(readFileSync(path.join(outDir, 'claims', 'shared-claim', 'index.html'), 'utf8'));
      expect(claim('input.cite-line').first().attr('value')).toMatch(new RegExp(`, ${origin}/articles/alpha/#q-shared-claim$`));
      expect(readFileSync(path.join(outDir, 'feed.xml'), 'utf8')).toContain(`<link>${origin}/articles/alpha/</link>`);
      // Nothing anywhere points at the local preview.
      const leaks = filesUnder(outDir).filter((file) => !file.includes(`${path.sep}pagefind${path.sep}`) && /\.(html|xml|json|jsonld|bib|ris|csv|txt)$/.test(file) && readFileSync(file, 'utf8').includes('127.0.0.1'));
      expect(leaks.map((file) => path.relative(outDir, file))).toEqual([]);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });
});
