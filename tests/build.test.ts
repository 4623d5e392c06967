/**
 * The build itself: the real site lists and renders every article, the Markdown pipeline
 * keeps the outlets' text as printed, and broken content fails the build with the file and
 * field named. Fixture builds use CONTENT_ROOT and temporary folders; content/ is never touched.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as cheerio from 'cheerio';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { readContent } from '../src/cli/read-content.ts';
import { readArticleBody } from '../src/lib/article-text.ts';
import { cacheDirFor } from '../src/lib/content-root.ts';
import { filesUnder } from './files.ts';
import { buildSite, projectRoot, removeBuildCache } from './site-build.ts';

const siteDir = inject('siteDir');
const fixture = path.join(projectRoot, 'tests', 'fixtures', 'content');
const scratch = mkdtempSync(path.join(os.tmpdir(), 'guarantees-fixture-'));
afterAll(() => {
  for (const root of ['rebuilt', 'stale-data']) removeBuildCache(path.join(scratch, root));
  rmSync(scratch, { recursive: true, force: true });
});

const page = (dir: string, route: string) => readFileSync(path.join(dir, route, 'index.html'), 'utf8');
/** The article's text as a reader sees it (markup gone). */
const articleText = (dir: string, route: string) => cheerio.load(page(dir, route))('.article-text').text();

/** Copies the valid fixture, applies one edit to one file, builds it. */
function buildBroken(name: string, file: string, edit: (source: string) => string) {
  const root = path.join(scratch, name);
  cpSync(fixture, root, { recursive: true });
  const target = path.join(root, file);
  const source = readFileSync(target, 'utf8');
  const edited = edit(source);
  expect(edited, 'the edit must change the fixture').not.toBe(source);
  writeFileSync(target, edited);
  return { ...buildSite(root, path.join(root, 'dist')), file: target };
}

describe('the site built from content/', () => {
  const articles = readContent(path.join(projectRoot, 'content')).articles;

  it('has a page at /articles/<slug>/ for every article, with its title and text', () => {
    for (const article of articles) {
      const $ = cheerio.load(page(siteDir, `articles/${article.id}`));
      expect($('h1').text()).toBe(article.data.title);
      expect($('.article-text').text()).toContain(article.body.split('\n')[0].slice(0, 60));
    }
  });

  it('lists every article on the home page, linking to its permalink', () => {
    const html = page(siteDir, '');
    for (const article of articles) expect(html).toContain(`href="/articles/${article.id}/"`);
  });

  it('renders every paragraph verbatim, the outlets’ straight and curly quotes as printed', () => {
    for (const article of articles) {
      const text = articleText(siteDir, `articles/${article.id}`);
      for (const paragraph of readArticleBody(article.body).paragraphs) expect(text, article.id).toContain(paragraph);
    }
  });
});

describe('a build from the valid fixture, SITE_URL not set', () => {
  const outDir = path.join(scratch, 'valid-dist');
  const result = buildSite(fixture, outDir, { SITE_URL: '' });

  it('succeeds, printing no warning', () => {
    expect(result.status, result.output).toBe(0);
    expect(result.output.split('\n').filter((line) => /\bwarn(ing)?\b|\[WARN\]|deprecat/i.test(line))).toEqual([]);
  });

  it('says in one line that links point at the local preview', () => {
    expect(result.output.split('\n').filter((line) => line.includes('SITE_URL'))).toEqual([
      'SITE_URL is not set: links, canonical addresses and citations point at the local preview, http://127.0.0.1:4321 (set SITE_URL to where the site will be served).',
    ]);
  });

  it('renders GFM tables and footnotes through remark-gfm', () => {
    const html = page(outDir, 'articles/alpha');
    expect(html).toMatch(/<table>\s*<thead>\s*<tr>\s*<th>Side<\/th>/);
    expect(html).toContain('data-footnote-ref');
    expect(html).toContain('The footnote text.');
  });

  it('keeps the space between adjacent inline elements, so words stay apart', () => {
    expect(page(outDir, 'articles/alpha')).toContain('<em>alpha</em> <em>beta</em>');
  });

  it('shows escaped MDX characters as text and converts no quotes', () => {
    expect(articleText(outDir, 'articles/alpha')).toContain('"Guarantees "now", not in {decades} <later>", and called it ‘fair’.');
    expect(articleText(outDir, 'articles/beta')).toContain('“We want guarantees now,” Speaker A said');
  });

  it('never writes into content/ or dist/', () => {
    expect(existsSync(path.join(outDir, 'index.html'))).toBe(true);
  });
});

describe('a rebuild with warm caches', () => {
  const root = path.join(scratch, 'rebuilt');
  const cold = (step: number) => path.join(scratch, `cold-${step}`);
  const files = (dir: string) => filesUnder(dir).map((file) => path.relative(dir, file)).sort();
  /** Replaces text in one file of the rebuilt content; an edit that changes nothing is the test's mistake. */
  function edit(file: string, from: string, to: string) {
    const target = path.join(root, file);
    const source = readFileSync(target, 'utf8');
    expect(source, `${file} holds the text to change`).toContain(from);
    writeFileSync(target, source.replace(from, to));
  }
  /** Rebuilds on the caches the last build left, and builds the same content cold, from a copy with no cache. */
  function rebuildAndBuildCold(step: number) {
    const warm = path.join(scratch, `warm-${step}`);
    const rebuilt = buildSite(root, warm);
    expect(rebuilt.status, rebuilt.output).toBe(0);
    cpSync(root, cold(step), { recursive: true });
    const built = buildSite(cold(step), path.join(cold(step), 'dist'));
    expect(built.status, built.output).toBe(0);
    return { warm, coldDir: path.join(cold(step), 'dist'), restored: rebuilt.output.split('(restored)').length - 1 };
  }
  /** The rebuild wrote exactly the files, byte for byte, that the cold build wrote. */
  function expectSameSite(warm: string, coldDir: string) {
    expect(files(warm)).toEqual(files(coldDir));
    expect(files(coldDir).filter((file) => !readFileSync(path.join(warm, file)).equals(readFileSync(path.join(coldDir, file))))).toEqual([]);
  }
  afterAll(() => {
    for (let step = 1; step <= 4; step++) removeBuildCache(cold(step));
  });

  it('after one article changed, writes exactly the files a cold build writes', () => {
    cpSync(fixture, root, { recursive: true });
    const cache = cacheDirFor(projectRoot, root);
    const first = buildSite(root, path.join(scratch, 'rebuilt-1'));
    expect(first.status, first.output).toBe(0);
    // The caches the rebuild is to use: the entries in Astro's data store, their bodies' renderings, formatted citations, pages.
    expect(existsSync(path.join(cache, 'data-store.json'))).toBe(true);
    const renderings = () => readdirSync(path.join(cache, 'article-renderings')).sort();
    const articleCount = readdirSync(path.join(root, 'articles')).filter((name) => name.endsWith('.mdx')).length;
    expect(renderings()).toHaveLength(2 * articleCount);
    const before = renderings();
    expect(existsSync(path.join(cache, 'citation-styles.json'))).toBe(true);

    // Two articles changed: a quote (its marks in the body move) and a claim's summary (its citations change).
    edit('articles/alpha.mdx', 'summary: Speaker A says the shared test claim.', 'summary: Speaker A says the shared test claim, again.');
    edit('articles/beta.mdx', '- text: "We want guarantees now"', '- text: "We want guarantees"');
    const { warm, coldDir } = rebuildAndBuildCold(1);
    // The two changed bodies were rendered again, and their old renderings removed.
    expect(renderings()).toHaveLength(2 * articleCount);
    expect(renderings().filter((name) => !before.includes(name))).toHaveLength(4);
    expect(page(warm, 'claims/shared-claim')).toContain('Speaker A says the shared test claim, again.');
    expect(page(warm, 'articles/beta')).toContain('data-claim="shared-claim">We want guarantees</mark>');
    expectSameSite(warm, coldDir);
  });

  // Pages unchanged since the last build are copied from it: each edit reaches pages other than its article's.
  it.each([
    ['a speaker’s role in the data files', 2, () => edit('speakers.yaml', 'role: Test responder', 'role: Test respondent')],
    ['an article’s title and its capture', 3, () => {
      edit('articles/alpha.mdx', 'title: Alpha reports', 'title: Alpha now reports');
      edit('captures/alpha.txt', 'Alpha reports', 'Alpha now reports');
    }],
    ['an outlet’s name in the data files', 4, () => edit('outlets.yaml', 'name: Example Wire', 'name: Example Wire Service')],
  ])('after an edit to %s, copies the pages it leaves alone and writes exactly the files a cold build writes', (_, step, change) => {
    change();
    const { warm, coldDir, restored } = rebuildAndBuildCold(step);
    expect(restored, 'pages copied from the last build').toBeGreaterThan(0);
    expectSameSite(warm, coldDir);
  });
});

describe('a build from broken content fails, naming file, line, column and field, without a stack trace', () => {
  /** Fails, printing the message at the line and column of the field, and nothing of Astro's internals. */
  function expectFailure({ status, output }: { status: number | null; output: string }, file: string, line: number, column: number, message: string) {
    expect(status).not.toBe(0);
    expect(output).toContain(`${file}:${line}:${column}: ${message}`);
    expect(output).toContain('build failed: the content breaks the rules above');
    expect(output).not.toMatch(/^\s+at /m);
    expect(output).not.toContain('node_modules/astro');
  }

  it('for a date that does not exist', () => {
    const broken = buildBroken('bad-date', 'articles/alpha.mdx', (s) => s.replace('date: "2021-12-23"', 'date: "2021-02-30"'));
    expectFailure(broken, broken.file, 5, 7, 'date: must be a real date written "YYYY-MM-DD", in quotes');
  });

  it('for a missing outlet', () => {
    const broken = buildBroken('no-outlet', 'articles/alpha.mdx', (s) => s.replace('outlet: example-wire\n', ''));
    expectFailure(broken, broken.file, 2, 1, 'outlet: is required: an outlet id, or null when the capture names no outlet');
  });

  it('for an unknown speaker', () => {
    const broken = buildBroken('unknown-speaker', 'articles/beta.mdx', (s) => s.replace('speaker: speaker-b', 'speaker: speaker-c'));
    expectFailure(broken, broken.file, 26, 14, 'claims[1].speaker: "speaker-c" does not match any entry in speakers');
  });

  it('for a quote that is not in the article text, showing where it differs', () => {
    const broken = buildBroken('missing-quote', 'articles/beta.mdx', (s) => s.replace('text: "We want guarantees now"', 'text: "We want guarantees at once"'));
    expectFailure(broken, broken.file, 23, 15, 'claims[0].quotes[0].text: not found in the article text: "We want guarantees at once"; it differs at character 20: "We want guarantees ⟨a⟩t once", where the text has "now,” Speaker A said, as');
  });

  it('for an event citing an article that does not exist', () => {
    const broken = buildBroken('dangling-reference', 'events.yaml', (s) => s.replace('article: alpha', 'article: gamma'));
    expectFailure(broken, broken.file, 7, 16, 'event-a.citations[0].article: "gamma" does not match any entry in articles');
  });

  it('for an entry of a data file without an id, or with another entry’s id', () => {
    const noId = buildBroken('entry-without-id', 'topics.yaml', (s) => `${s}- name: Topic B\n  description: Another test topic.\n`);
    expectFailure(noId, noId.file, 4, 3, '[1].id: is missing: write the topic’s id: a-z, 0-9 and hyphens');
    const twice = buildBroken('id-twice', 'topics.yaml', (s) => `${s}- id: "topic-a "\n  name: Topic A again\n  description: The same id.\n`);
    expectFailure(twice, twice.file, 4, 7, '[1].id: "topic-a" is also the id of [0]: every entry needs its own id');
  });

  it('for a data file that stops parsing after a build, never building on with the entries it had', () => {
    const root = path.join(scratch, 'stale-data');
    cpSync(fixture, root, { recursive: true });
    expect(buildSite(root, path.join(root, 'dist')).status).toBe(0);
    const events = path.join(root, 'events.yaml');
    writeFileSync(events, `${readFileSync(events, 'utf8')}- id: event-b\n  title: "unterminated\n`);
    expectFailure(buildSite(root, path.join(root, 'dist')), events, 18, 1, 'is not valid YAML: unexpected end of the stream within a double quoted scalar');
  });

  it('but a build that fails with sound content shows Astro’s own error', () => {
    const blocker = path.join(scratch, 'a-file');
    writeFileSync(blocker, '');
    const { status, output } = buildSite(fixture, path.join(blocker, 'dist'));
    expect(status).not.toBe(0);
    expect(output).toContain('ENOTDIR');
    expect(output).toContain('build failed: astro build');
    expect(output).not.toContain('the content breaks the rules');
  });
});
