/**
 * The archive grows: a sixth article, added as an editor would (a new slug, its capture under the
 * next name, its original address known), passes the checks and builds, every shipped permalink
 * keeps its words, and the site counts, lists and cites the new article like the others; and a
 * long report (3,000 words) keeps the article page's budget for what the project controls. Works
 * on a copy of content/, so it holds for whatever content/ holds.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readContent } from '../src/cli/read-content.ts';
import { captureName } from '../src/lib/article-draft.ts';
import { readArticleBody } from '../src/lib/article-text.ts';
import { ARTICLE_MARKUP_BUDGET_KB, pageWeight } from './checks.ts';
import { checkIntegrity, formatProblem } from '../src/lib/integrity.ts';
import { filesUnder } from './files.ts';
import { brokenPromises, loadPage, publicRoutes, readManifest } from './permalinks.ts';
import { buildSite, projectRoot, removeBuildCache } from './site-build.ts';

const ORIGINAL = 'https://example.org/news/2021/12/a-sixth-article';
const scratch = mkdtempSync(path.join(os.tmpdir(), 'guarantees-growth-'));
afterAll(() => {
  removeBuildCache(root);
  rmSync(scratch, { recursive: true, force: true });
});

const root = path.join(scratch, 'content');
cpSync(path.join(projectRoot, 'content'), root, { recursive: true });
const before = readContent(root);
// The article reporting the most claims: its copy touches the most pages.
const model = [...before.articles].sort((a, b) => b.data.claims.length - a.data.claims.length)[0];
const slug = `${model.id}-b`;
const captures = path.join(root, 'captures');
const capture = captureName(readdirSync(captures), createHash('sha256').update(readFileSync(path.join(captures, model.data.source.capture))).digest('hex'));
copyFileSync(path.join(captures, model.data.source.capture), path.join(captures, capture));
const source = readFileSync(path.join(root, 'articles', `${model.id}.mdx`), 'utf8');
const copy = source.replace(`capture: ${model.data.source.capture}`, `capture: ${capture}`).replace(/^( {2}url:) null$/m, `$1 ${ORIGINAL}`);
writeFileSync(path.join(root, 'articles', `${slug}.mdx`), copy);

// A long report: the archive's paragraphs, in order, until 3,000 words, as one unattributed article with its own capture.
const LONG_WORDS = 3000;
const longSlug = 'unattributed-2022-02-11';
const longParagraphs: { mdx: string; text: string }[] = [];
for (let words = 0; words < LONG_WORDS; ) {
  for (const article of before.articles) {
    const texts = readArticleBody(article.body).paragraphs;
    const sources = article.body.trim().split(/\n{2,}/);
    if (texts.length !== sources.length) continue;
    for (const [i, text] of texts.entries()) {
      if (words >= LONG_WORDS) break;
      longParagraphs.push({ mdx: sources[i], text });
      words += text.split(/\s+/).length;
    }
  }
}
const longTitle = 'A long report, made of the archive’s paragraphs';
const longCaptureText = `${longTitle}\n\n${longParagraphs.map((p) => p.text).join('\n\n')}\n`;
const longCapture = captureName(readdirSync(captures), createHash('sha256').update(longCaptureText).digest('hex'));
writeFileSync(path.join(captures, longCapture), longCaptureText);
const longFrontmatter = [
  `title: "${longTitle}"`,
  'outlet: null',
  'author: null',
  'date: "2022-02-11"',
  'dateline: null',
  `speaker: ${model.data.speaker}`,
  'event: null',
  'source:',
  `  capture: ${longCapture}`,
  '  url: null',
  'completeness:',
  '  status: complete',
  '  basis: Synthetic, for the page budget; the capture is the title and the text.',
  'inferred:',
  '  outlet: Synthetic, for the page budget.',
  '  date: Synthetic, for the page budget.',
];
writeFileSync(path.join(root, 'articles', `${longSlug}.mdx`), `---\n${longFrontmatter.join('\n')}\n---\n\n${longParagraphs.map((p) => p.mdx).join('\n\n')}\n`);

const outDir = path.join(scratch, 'dist');
const after = readContent(root);
const build = buildSite(root, outDir);
const page = (route: string) => loadPage(outDir, route);

describe('a sixth article, added in a copy of content/', () => {
  it('is a real addition: a new slug, its capture under the next name, its original address known', () => {
    expect(copy).toContain(`capture: ${capture}`);
    expect(copy).toContain(ORIGINAL);
    expect(after.articles.map((a) => a.id)).toEqual(expect.arrayContaining([...before.articles.map((a) => a.id), slug, longSlug]));
    expect(after.articles).toHaveLength(before.articles.length + 2);
  });

  it('passes the schema and every integrity and capture rule', () => {
    expect(after.schemaProblems.map((p) => formatProblem(p))).toEqual([]);
    expect(checkIntegrity(after.archive, new Date().toISOString().slice(0, 10)).map((p) => formatProblem(p))).toEqual([]);
  });

  it('builds', () => {
    expect(build.status, build.output).toBe(0);
  });

  it('moves no shipped permalink: every address and anchor keeps its words', () => {
    expect(brokenPromises(readManifest(), outDir, publicRoutes(filesUnder(outDir), outDir))).toEqual([]);
  });

  it('is listed and counted with the others', () => {
    expect(page('/').html()).toContain(`href="/articles/${slug}/"`);
    for (const claim of model.data.claims) {
      const $ = page(`/claims/${claim.id}/`);
      expect($(`a[href^="/articles/${slug}/#"]`).length, claim.id).toBeGreaterThan(0);
      expect($(`a[href^="/articles/${model.id}/#"]`).length, claim.id).toBeGreaterThan(0);
    }
  });

  it('says its original address and links it, and cites the permalink with the original in the note', () => {
    const $ = page(`/articles/${slug}/`);
    const permalink = $('link[rel="canonical"]').attr('href')!;
    expect(permalink).toMatch(new RegExp(`/articles/${slug}/$`));
    expect($('meta[property="og:url"]').attr('content')).toBe(permalink);
    expect($(`#about ~ p a[href="${ORIGINAL}"]`).text()).toBe(ORIGINAL);
    const box = $('.cite-box').text();
    expect(box).toContain(ORIGINAL);
    expect(box).not.toContain('not known');
    expect($('meta[name="z:extra"]').attr('content')).toContain(ORIGINAL);
    const bib = readFileSync(path.join(outDir, 'cite', 'articles', `${slug}.bib`), 'utf8');
    expect(bib).toContain(`url = {${permalink}}`);
    expect(bib).toContain(ORIGINAL);
    const ris = readFileSync(path.join(outDir, 'cite', 'articles', `${slug}.ris`), 'utf8');
    expect(ris).toContain(`UR  - ${permalink}`);
    expect(ris).toMatch(new RegExp(`^N1  - .*${ORIGINAL.replace(/[./]/g, '\\$&')}`, 'm'));
    // The model, whose original address is not known, still says so.
    expect(page(`/articles/${model.id}/`)('.cite-box').text()).toContain('the original address is not known');
  });
});

describe('a long report, 3,000 words', () => {
  it('is as long as that, and its page grows with its words only', () => {
    const { paragraphs } = readArticleBody(after.articles.find((a) => a.id === longSlug)!.body);
    expect(paragraphs.join(' ').split(/\s+/).length).toBeGreaterThanOrEqual(LONG_WORDS);
    expect(page(`/articles/${longSlug}/`)('.article-text p').length).toBe(paragraphs.length);
  });

  it(`keeps the page's markup and CSS, beyond the outlet's words, within ${ARTICLE_MARKUP_BUDGET_KB} KB gzipped`, () => {
    const weight = pageWeight(outDir, `articles/${longSlug}/`);
    const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
    console.log(`A ${LONG_WORDS}-word report's page, gzipped: HTML ${kb(weight.htmlGzip)}, its markup without the outlet's words ${kb(weight.markupGzip)}, CSS ${kb(weight.cssGzip)}`);
    // The whole page outgrows a budget on it: the outlet's words are most of it.
    expect(weight.htmlGzip).toBeGreaterThan(weight.markupGzip * 1.5);
    expect(weight.markupGzip + weight.cssGzip).toBeLessThanOrEqual(ARTICLE_MARKUP_BUDGET_KB * 1024);
  });
});
