/**
 * The archive's articles against their raw captures: the text is the outlet's, verbatim and
 * in order; everything else in a capture is accounted for as removed page chrome.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { toString } from 'mdast-util-to-string';
import { describe, expect, it } from 'vitest';
import { articleParagraphs, normalizeWhitespace, parseArticleBody } from '../src/lib/article-text.ts';
import { checkIntegrity, formatProblem } from '../src/lib/integrity.ts';
import { readArchive, readArticles } from './content-folder.ts';
import { projectRoot } from './site-build.ts';

const contentRoot = path.join(projectRoot, 'content');
const capturesDir = path.join(contentRoot, 'captures');
const articles = readArticles(contentRoot);

describe('the archive content', () => {
  it('holds the five articles, one for each capture', () => {
    const captures = readdirSync(capturesDir).sort();
    expect(captures).toHaveLength(5);
    expect(articles.map((a) => a.frontmatter.source.capture).sort()).toEqual(captures);
  });

  it('keeps every integrity rule', () => {
    const today = new Date().toISOString().slice(0, 10);
    expect(checkIntegrity(readArchive(contentRoot), today).map(formatProblem)).toEqual([]);
  });

  it('records unknowns as unknown: the unattributed article has no outlet and says why', () => {
    const unattributed = articles.filter((a) => a.frontmatter.outlet === null);
    expect(unattributed.map((a) => a.id)).toEqual(['unattributed-2021-12-23']);
    expect(unattributed[0].frontmatter.inferred.outlet).toMatch(/names no outlet/);
    for (const article of articles) {
      expect(article.frontmatter.source.url, article.id).toBeNull();
      expect(article.frontmatter.author, article.id).toBeNull();
      // Every date here is inferred in part, and each says how.
      expect(article.frontmatter.inferred.date, article.id).toBeTruthy();
    }
  });
});

describe.each(articles.map((a) => [a.id, a] as const))('%s against its capture', (_id, article) => {
  const capture = readFileSync(path.join(capturesDir, article.frontmatter.source.capture), 'utf8');
  const paragraphs = articleParagraphs(parseArticleBody(article.body)).map((p) => toString(p));

  it('has every paragraph verbatim in the capture, in the capture’s order', () => {
    expect(paragraphs.length).toBeGreaterThan(0);
    let from = 0;
    for (const paragraph of paragraphs) {
      const at = capture.indexOf(paragraph, from);
      expect(at, `not verbatim, or out of order: "${paragraph.slice(0, 60)}"`).toBeGreaterThanOrEqual(0);
      from = at + paragraph.length;
    }
  });

  it('accounts for every word of the capture as title, text or removed chrome', () => {
    const flat = normalizeWhitespace(capture);
    const covered = new Array<boolean>(flat.length).fill(false);
    const cover = (piece: string, label: string) => {
      const needle = normalizeWhitespace(piece);
      let at = flat.indexOf(needle);
      while (at >= 0 && covered[at]) at = flat.indexOf(needle, at + 1);
      expect(at, `${label} is not in the capture: "${needle.slice(0, 60)}"`).toBeGreaterThanOrEqual(0);
      covered.fill(true, at, at + needle.length);
    };
    cover(article.frontmatter.title, 'title');
    if (article.frontmatter.standfirst) cover(article.frontmatter.standfirst, 'standfirst');
    paragraphs.forEach((p, i) => cover(p, `paragraph ${i + 1}`));
    for (const removed of article.frontmatter.removed ?? []) cover(removed.text, `removed ${removed.kind}`);
    const leftover = [...flat].filter((ch, i) => !covered[i] && ch !== ' ').join('');
    expect(leftover, 'capture text neither kept nor recorded as removed').toBe('');
  });

  it('keeps no page chrome in the text', () => {
    const text = paragraphs.join('\n');
    for (const chrome of ['cookies', 'Read more', 'You May Also Like', 'Leave A Reply', 'Post a Comment', 'Subscribe']) {
      expect(text).not.toContain(chrome);
    }
  });
});
