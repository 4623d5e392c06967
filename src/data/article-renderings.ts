/**
 * Each article body's rendering, its HTML and its text as the integrity rules read it, kept by
 * the articles' loader in the build cache as one pair of files per version of a body (the
 * entry's digest) rather than in Astro's data store: the build inlines the whole data store into
 * its server bundle as one string, where every byte of it costs memory many times over
 * (tests/bench/README.md). Pages read a body's HTML only when they render it.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { ArticleBody } from '../lib/article-text.ts';
import type { AnchorSource } from '../lib/remark-article-anchors.ts';

export interface ArticleRendering {
  html: string;
  text: ArticleBody;
}

const folder = (cacheDir: string) => path.join(cacheDir, 'article-renderings');
const filesOf = (cacheDir: string, digest: string) => ({ html: path.join(folder(cacheDir), `${digest}.html`), text: path.join(folder(cacheDir), `${digest}.json`) });

export function hasRendering(cacheDir: string, digest: string): boolean {
  const files = filesOf(cacheDir, digest);
  return existsSync(files.html) && existsSync(files.text);
}

/** Each file written whole and then moved into place, so a build never reads half of one another build is writing. */
export function writeRendering(cacheDir: string, digest: string, { html, text }: ArticleRendering): void {
  const files = filesOf(cacheDir, digest);
  mkdirSync(folder(cacheDir), { recursive: true });
  for (const [file, content] of [[files.html, html], [files.text, JSON.stringify(text)]]) {
    const partial = `${file}.${process.pid}.partial`;
    writeFileSync(partial, content);
    renameSync(partial, file);
  }
}

/**
 * One part of a body's rendering as its loader left it; rendered again here, and kept, if its
 * files have gone since (another store's loader pruned them, or the cache was cleared under a
 * running `astro dev`).
 */
export async function renderedPart<Part extends keyof ArticleRendering>(cacheDir: string, digest: string, part: Part, body: string, frontmatter: AnchorSource): Promise<ArticleRendering[Part]> {
  try {
    const content = readFileSync(filesOf(cacheDir, digest)[part], 'utf8');
    return (part === 'text' ? JSON.parse(content) : content) as ArticleRendering[Part];
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    // The renderer loads only here, when a rendering is missing: the content config imports this
    // module, and `npm run check` reads that config without rendering anything.
    const { renderArticleBody } = await import('../lib/render-article.ts');
    const rendering = await renderArticleBody(body, frontmatter);
    writeRendering(cacheDir, digest, rendering);
    return rendering[part];
  }
}

/** Removes the renderings of bodies the store no longer holds, so the cache does not grow without end. */
export function keepRenderings(cacheDir: string, digests: Set<string>): void {
  if (!existsSync(folder(cacheDir))) return;
  for (const name of readdirSync(folder(cacheDir))) {
    // `<digest>.html`, `<digest>.json`, or one of them being written (`<digest>.html.<pid>.partial`).
    if (!digests.has(name.slice(0, name.indexOf('.')))) rmSync(path.join(folder(cacheDir), name), { force: true });
  }
}
