/**
 * Citing, as a researcher does it: what Zotero's generic translators make of each page's head
 * (tests/zotero.ts encodes their mapping), and every citation file the site ships read back
 * with real parsers (citation-js's BibTeX and RIS input, and @retorquere/bibtex-parser) and
 * compared with the record, one file at a time and as whole bibliographies.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { describe, expect, inject, it } from 'vitest';
import { readContent } from '../src/cli/read-content.ts';
import { readArticleBody } from '../src/lib/article-text.ts';
import { collectClaims } from '../src/lib/claims.ts';
import { formatDate } from '../src/lib/dates.ts';
import { paragraphSentences } from '../src/lib/sentences.ts';
import { htmlFiles } from './files.ts';
import { loadPage, publicRoutes } from './permalinks.ts';
import { projectRoot } from './site-build.ts';
import { zoteroItem } from './zotero.ts';

const siteDir = inject('siteDir');
const ORIGIN = 'http://127.0.0.1:4321';
const content = readContent(path.join(projectRoot, 'content'));
const { archive } = content;
const claims = collectClaims(archive.articles);
const outletName = (id: string | null) => archive.outlets.find((o) => o.id === id)?.name;
const eventOf = (id: string | null) => archive.events.find((e) => e.id === id);
const saved = (route: string) => zoteroItem(loadPage(siteDir, route), `${ORIGIN}${route}`);
const file = (route: string) => readFileSync(path.join(siteDir, route), 'utf8');

/** The version a page declares in its head: the date each of its citations must name. */
const revisedOn = (route: string) => loadPage(siteDir, route)('meta[name="DC.modified"]').attr('content');
/** The version a citation names, in the one wording every format's note carries it in. */
const versionIn = (text: unknown) => /Guarantees 2021 page last revised (\d{4}-\d{2}-\d{2})\./.exec(String(text))?.[1];

/** What a citation of an article must say, from the content and the page. */
const articleRecord = (a: (typeof content.articles)[number]) => ({
  key: a.id,
  title: a.data.title,
  date: a.data.date,
  outlet: outletName(a.data.outlet),
  url: `${ORIGIN}/articles/${a.id}/`,
  newspaper: true,
  revised: revisedOn(`/articles/${a.id}/`),
});
const claimRecord = (c: (typeof claims)[number]) => ({
  key: c.id,
  title: c.summary,
  date: eventOf(c.event)?.date ?? c.reports[0].date,
  outlet: 'Guarantees 2021',
  url: `${ORIGIN}/claims/${c.id}/`,
  newspaper: false,
  revised: revisedOn(`/claims/${c.id}/`),
});
type CitedRecord = ReturnType<typeof articleRecord>;

describe('what Zotero saves', () => {
  it.each(content.articles.map((a) => [a.id, a] as const))('from the article page %s: a newspaper article of its outlet', (id, article) => {
    const item = saved(`/articles/${id}/`);
    const { paragraphs } = readArticleBody(article.body);
    const [first] = paragraphSentences(paragraphs.slice(0, 1), article.data.dateline)[0];
    expect(item).toMatchObject({
      itemType: 'newspaperArticle',
      title: article.data.title,
      // citation_publication_date, which wins, is written 2021/12/23.
      date: article.data.date.replaceAll('-', '/'),
      url: `${ORIGIN}/articles/${id}/`,
      abstractNote: article.data.standfirst ?? paragraphs[0].slice(first.start, first.end),
      language: 'en',
      creators: article.data.author ? [article.data.author] : [],
    });
    // The Publication is the outlet, never the capture or the archive; none where the capture names none.
    expect(item.publicationTitle).toBe(outletName(article.data.outlet));
    if (article.data.inferred.date) expect(item.extra).toMatch(/^Publication date inferred by the archive/);
  });

  it.each(claims.map((c) => [c.id, c] as const))('from the claim page %s: the archive’s web page, dated by the statement', (id, claim) => {
    expect(saved(`/claims/${id}/`)).toMatchObject({
      itemType: 'webpage',
      title: claim.summary,
      websiteTitle: 'Guarantees 2021',
      websiteType: undefined,
      date: (eventOf(claim.event)?.date ?? claim.reports[0].date).replace(/0s$/, '0'),
      url: `${ORIGIN}/claims/${id}/`,
      creators: [],
    });
  });

  it('from a list page: a web page of the archive with its own title and no date', () => {
    const lists = publicRoutes(htmlFiles(siteDir), siteDir).filter((route) => !/^\/(articles|claims)\/[^/]+\/$/.test(route));
    expect(lists.length).toBeGreaterThan(10);
    for (const route of lists) {
      const item = saved(route);
      expect(item, route).toMatchObject({ itemType: 'webpage', websiteTitle: 'Guarantees 2021', date: undefined, creators: [] });
      expect(item.title, route).not.toBe('Timeline');
    }
  });
});

describe('citation files read back with real parsers', () => {
  const records = [
    // In the bibliography's order: articles by date, then slug; claims as first reported.
    ...[...content.articles].sort((a, b) => a.data.date.localeCompare(b.data.date) || a.id.localeCompare(b.id)).map((a) => ({ kind: 'articles', record: articleRecord(a) })),
    ...claims.map((c) => ({ kind: 'claims', record: claimRecord(c) })),
  ];

  /** A partial date as CSL date parts ("1990s" counts as 1990). */
  const parts = (date: string) => date.replace(/0s$/, '0').split('-').map(Number);
  /** A CSL date's parts: citation-js keeps a news item's RIS PY as written ("2021/12/23/"), for citeproc to read. */
  const dateRead = (issued: { 'date-parts'?: number[][]; raw?: string }) => issued['date-parts']?.[0] ?? issued.raw!.split('/').filter(Boolean).map(Number);

  it('every page declares the version it cites, a date, in its head and its cite box', () => {
    for (const { record } of records) {
      expect(record.revised, record.url).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      const $ = loadPage(siteDir, new URL(record.url).pathname);
      expect($('#cite').nextAll('p.note').text()).toContain(`This page was last revised ${formatDate(record.revised!)}; cite this version.`);
      // The formatted styles, copied alone, name it too.
      $('#cite').nextAll('p.citation').each((_, citation) => expect(versionIn($(citation).attr('data-copy-text')), record.url).toBe(record.revised));
    }
  });

  function checkBibtex(text: string, expected: CitedRecord[]) {
    // As entered: the parser's sentence-casing, for reference managers that want it, is not the record.
    const independent = parseBibtex(text, { sentenceCase: false });
    expect(independent.errors).toEqual([]);
    const csl = new Cite(text).data as Record<string, unknown>[];
    expect(independent.entries.map((e) => e.key)).toEqual(expected.map((r) => r.key));
    expected.forEach((record, i) => {
      const entry = independent.entries[i];
      expect(entry.fields.title, record.key).toBe(record.title);
      expect(entry.fields.date).toBe(record.date.replace(/0s$/, '0'));
      expect(entry.fields.url).toBe(record.url);
      expect(entry.fields.journal ?? entry.fields.howpublished).toBe(record.outlet);
      expect(csl[i]).toMatchObject({ 'citation-key': record.key, title: record.title, URL: record.url, issued: { 'date-parts': [parts(record.date)] } });
      expect(csl[i]['container-title'] ?? csl[i].publisher).toBe(record.outlet);
      // BibTeX that LaTeX accepts: never an article without a journal, months as macros.
      if (entry.type === 'article') expect(entry.fields.journal).toBeTruthy();
      // A named outlet's article: biblatex's newspaper article, which Better BibTeX imports as one;
      // citation-js has no BibTeX type for it and reads a journal article of the genre "newspaper".
      if (record.newspaper && record.outlet) {
        expect([entry.type, entry.fields.entrysubtype]).toEqual(['article', 'newspaper']);
        expect([csl[i].type, csl[i].genre]).toEqual(['article-journal', 'newspaper']);
      } else {
        expect([entry.type, entry.fields.entrysubtype]).toEqual(['misc', undefined]);
        expect(csl[i].type).toBe('document');
      }
      expect(versionIn(entry.fields.note), record.key).toBe(record.revised);
      expect(versionIn(csl[i].note), record.key).toBe(record.revised);
    });
    expect(text).not.toMatch(/month = \{/);
  }

  function checkRis(text: string, expected: CitedRecord[]) {
    const lines = text.replace(/\n+$/, '').split('\n');
    for (const line of lines) expect(line, 'one tag per line, none wrapped').toMatch(/^[A-Z][A-Z0-9] {2}- /);
    const csl = new Cite(text).data as Record<string, unknown>[];
    expect(csl.map((c) => c.id)).toEqual(expected.map((r) => r.key));
    expected.forEach((record, i) => {
      expect(csl[i]).toMatchObject({ title: record.title, URL: record.url, type: record.newspaper ? 'article-newspaper' : 'webpage' });
      // The whole date: citation-js reads a news item's from PY, a web page's from DA (which Zotero reads for both).
      expect(dateRead(csl[i].issued as never), record.key).toEqual(parts(record.date));
      if (record.outlet && csl[i].type === 'article-newspaper') expect(csl[i]['container-title']).toBe(record.outlet);
      expect(versionIn(csl[i].note), record.key).toBe(record.revised);
    });
    const ris = (date: string) => `${[...parts(date), undefined, undefined].slice(0, 3).map((n, j) => (n === undefined ? '' : j ? String(n).padStart(2, '0') : n)).join('/')}/`;
    expect(text.match(/^DA {2}- .+$/gm)).toEqual(expected.map((r) => `DA  - ${ris(r.date)}`));
    expect(text.match(/^PY {2}- .+$/gm)).toEqual(expected.map((r) => `PY  - ${ris(r.date)}`));
  }

  it.each(records.map(({ kind, record }) => [`${kind}/${record.key}`, kind, record] as const))('%s, as BibTeX, RIS and CSL-JSON', (_name, kind, record) => {
    checkBibtex(file(`cite/${kind}/${record.key}.bib`), [record]);
    checkRis(file(`cite/${kind}/${record.key}.ris`), [record]);
    const [json] = JSON.parse(file(`cite/${kind}/${record.key}.json`));
    // A claim's summary is a sentence: marked so that no style title-cases it.
    const title = record.newspaper ? record.title : `<span class="nocase">${record.title}</span>`;
    expect(json).toMatchObject({ id: record.key, title, URL: record.url, type: record.newspaper ? 'article-newspaper' : 'webpage', issued: { 'date-parts': [parts(record.date)] } });
    expect(versionIn(json.note)).toBe(record.revised);
  });

  it.each(['articles', 'claims'])('every one of the %s in one file per format, keys unique', (kind) => {
    const expected = records.filter((r) => r.kind === kind).map((r) => r.record);
    checkBibtex(file(`cite/${kind}.bib`), expected);
    checkRis(file(`cite/${kind}.ris`), expected);
    expect(JSON.parse(file(`cite/${kind}.json`)).map((item: { id: string }) => item.id)).toEqual(expected.map((r) => r.key));
    expect(new Set(expected.map((r) => r.key)).size).toBe(expected.length);
  });
});
