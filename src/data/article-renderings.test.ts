import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { renderArticleBody } from '../lib/render-article.ts';
import { hasRendering, keepRenderings, renderedPart, writeRendering } from './article-renderings.ts';

const cacheDir = mkdtempSync(path.join(os.tmpdir(), 'guarantees-renderings-'));
afterAll(() => rmSync(cacheDir, { recursive: true, force: true }));
const body = 'MOSCOW. “We want guarantees now,” he said. Talks follow.\n\nA second paragraph.\n';
const frontmatter = { dateline: 'MOSCOW.', claims: [{ id: 'now', quotes: [{ text: 'We want guarantees now' }] }] };

describe('an article body’s rendering in the build cache', () => {
  it('is read back as the loader wrote it', async () => {
    const written = { html: '<p>as the loader wrote it</p>', text: { paragraphs: ['as the loader wrote it'], mdxCode: [] } };
    writeRendering(cacheDir, 'aaaa', written);
    expect(hasRendering(cacheDir, 'aaaa')).toBe(true);
    expect(await renderedPart(cacheDir, 'aaaa', 'html', body, frontmatter)).toEqual(written.html);
    expect(await renderedPart(cacheDir, 'aaaa', 'text', body, frontmatter)).toEqual(written.text);
  });

  it('is rendered again, and kept, when its files have gone', async () => {
    expect(hasRendering(cacheDir, 'bbbb')).toBe(false);
    const rendering = await renderArticleBody(body, frontmatter);
    const html = await renderedPart(cacheDir, 'bbbb', 'html', body, frontmatter);
    expect(html).toEqual(rendering.html);
    expect(html).toContain('<mark');
    expect(await renderedPart(cacheDir, 'bbbb', 'text', body, frontmatter)).toEqual(rendering.text);
    expect(hasRendering(cacheDir, 'bbbb')).toBe(true);
  });

  it('is removed once no entry of the store has its digest', () => {
    keepRenderings(cacheDir, new Set(['bbbb']));
    expect(readdirSync(path.join(cacheDir, 'article-renderings')).sort()).toEqual(['bbbb.html', 'bbbb.json']);
  });
});
