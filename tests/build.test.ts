/**
 * The build itself: the real site lists and renders every article, the Markdown pipeline
 * keeps the outlets' text as printed, and broken content fails the build with the file and
 * field named. Fixture builds use CONTENT_ROOT and temporary folders; content/ is never touched.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as cheerio from 'cheerio';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { readArticles } from './content-folder.ts';
import { buildSite, projectRoot } from './site-build.ts';

const siteDir = inject('siteDir');
const fixture = path.join(projectRoot, 'tests', 'fixtures', 'content');
const scratch = mkdtempSync(path.join(os.tmpdir(), 'guarantees-fixture-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

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
  const articles = readArticles(path.join(projectRoot, 'content'));

  it('has a page at /articles/<slug>/ for every article, with its title and text', () => {
    for (const article of articles) {
      const $ = cheerio.load(page(siteDir, `articles/${article.id}`));
      expect($('h1').text()).toBe(article.frontmatter.title);
      expect($('.article-text').text()).toContain(article.body.split('\n')[0].slice(0, 60));
    }
  });

  it('lists every article on the home page, linking to its permalink', () => {
    const html = page(siteDir, '');
    for (const article of articles) expect(html).toContain(`href="/articles/${article.id}/"`);
  });

  it('keeps the outlet’s straight quotes straight and curly quotes curly', () => {
    const text = articleText(siteDir, 'articles/tass-2021-12-23');
    expect(text).toContain('"’Not an inch towards the east’, we were told in the 1990s.');
    expect(text).toContain('they say ‘Ukraine will be a NATO member.’');
  });
});

describe('a build from the valid fixture', () => {
  const outDir = path.join(scratch, 'valid-dist');
  const result = buildSite(fixture, outDir);

  it('succeeds', () => {
    expect(result.status, result.output).toBe(0);
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

describe('a build from broken content fails, naming file and field', () => {
  it('for a date that does not exist', () => {
    const { status, output } = buildBroken('bad-date', 'articles/alpha.mdx', (s) =>
      s.replace('date: "2021-12-23"', 'date: "2021-02-30"'),
    );
    expect(status).not.toBe(0);
    expect(output).toContain('articles → alpha data does not match collection schema');
    expect(output).toContain('date: must be a real date written "YYYY-MM-DD", in quotes');
    expect(output).toMatch(/bad-date\/articles\/alpha\.mdx/);
  });

  it('for a missing outlet', () => {
    const { status, output } = buildBroken('no-outlet', 'articles/alpha.mdx', (s) =>
      s.replace('outlet: example-wire\n', ''),
    );
    expect(status).not.toBe(0);
    expect(output).toContain('articles → alpha data does not match collection schema');
    expect(output).toContain('outlet: is required: an outlet id, or null when the capture names no outlet');
    expect(output).toMatch(/no-outlet\/articles\/alpha\.mdx/);
  });

  it('for an unknown speaker', () => {
    const { status, output, file } = buildBroken('unknown-speaker', 'articles/beta.mdx', (s) =>
      s.replace('speaker: speaker-b', 'speaker: speaker-c'),
    );
    expect(status).not.toBe(0);
    expect(output).toContain(`${file}: claims[1].speaker "speaker-c" does not match any entry in speakers`);
  });

  it('for a quote that is not in the article text', () => {
    const { status, output, file } = buildBroken('missing-quote', 'articles/beta.mdx', (s) =>
      s.replace('text: "We want guarantees now"', 'text: "We want guarantees at once"'),
    );
    expect(status).not.toBe(0);
    expect(output).toContain(`${file}: claims[0].quotes[0] not found in the article text: "We want guarantees at once"`);
  });

  it('for an event citing an article that does not exist', () => {
    const { status, output, file } = buildBroken('dangling-reference', 'events.yaml', (s) =>
      s.replace('article: alpha', 'article: gamma'),
    );
    expect(status).not.toBe(0);
    expect(output).toContain(`${file}: event-a.citations[0].article "gamma" does not match any entry in articles`);
  });
});
