/**
 * Each article body's rendering, its HTML and its text as the integrity rules read it, kept by
 * the articles' loader in the build cache as one pair of files per version of a body (the
 * entry's digest) rather than in Astro's data store: the build inlines the whole data store into
 * its server bundle as one string, where every byte of it costs memory many times over (README,
 * "Benchmark"). Pages read a body's HTML only when they render it.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { ArticleBody } from '../lib/article-text.ts';

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

export function writeRendering(cacheDir: string, digest: string, { html, text }: ArticleRendering): void {
  const files = filesOf(cacheDir, digest);
  mkdirSync(folder(cacheDir), { recursive: true });
  writeFileSync(files.html, html);
  writeFileSync(files.text, JSON.stringify(text));
}

export const renderedHtml = (cacheDir: string, digest: string): string => readFileSync(filesOf(cacheDir, digest).html, 'utf8');

export const renderedText = (cacheDir: string, digest: string): ArticleBody => JSON.parse(readFileSync(filesOf(cacheDir, digest).text, 'utf8')) as ArticleBody;

/** Removes the renderings of bodies the store no longer holds, so the cache does not grow without end. */
export function keepRenderings(cacheDir: string, digests: Set<string>): void {
  if (!existsSync(folder(cacheDir))) return;
  for (const name of readdirSync(folder(cacheDir))) {
    if (!digests.has(name.replace(/\.(html|json)$/, ''))) rmSync(path.join(folder(cacheDir), name), { force: true });
  }
}
