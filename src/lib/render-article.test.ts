import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseArticleFile } from './article-file.ts';
import { readArticleBody } from './article-text.ts';
import type { AnchorSource } from './remark-article-anchors.ts';
import { renderArticleBody } from './render-article.ts';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const golden = JSON.parse(readFileSync(path.join(projectRoot, 'tests/fixtures/mdx-rendered/rendered.json'), 'utf8')) as {
  entries: { file: string; sha256: string; html: string }[];
};

describe('an article body rendered in the content layer', () => {
  // Every file still as it was when @astrojs/mdx rendered it: the five articles while unedited,
  // the GFM fixture and the file of Markdown features always.
  const current = golden.entries.filter(({ file, sha256 }) => createHash('sha256').update(readFileSync(path.join(projectRoot, file))).digest('hex') === sha256);

  it('is compared on the fixtures whatever content/ holds', () => {
    expect(current.map((e) => e.file)).toEqual(expect.arrayContaining(['tests/fixtures/content/articles/alpha.mdx', 'tests/fixtures/content/articles/beta.mdx', 'tests/fixtures/mdx-rendered/markdown-features.mdx']));
  });

  it('reads the body as the integrity rules read it, from the same parse', async () => {
    const { data, body } = parseArticleFile(readFileSync(path.join(projectRoot, 'tests/fixtures/content/articles/alpha.mdx'), 'utf8'))!;
    expect((await renderArticleBody(body, data as AnchorSource)).text).toEqual(readArticleBody(body));
  });

  it.each(current.map((entry) => [entry.file, entry] as const))('is the HTML @astrojs/mdx rendered, byte for byte: %s', async (_, { file, html }) => {
    const { data, body } = parseArticleFile(readFileSync(path.join(projectRoot, file), 'utf8'))!;
    expect((await renderArticleBody(body, data as AnchorSource)).html).toBe(html);
  });
});
