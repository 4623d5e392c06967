/**
 * The permalink manifest (tests/permalinks.txt): every public address the site has served.
 * An address in it must always be produced, as the page or as a redirect page; new addresses
 * are added with `npm run permalinks:update`, which never removes one.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from './site-build.ts';

export const MANIFEST = path.join(projectRoot, 'tests', 'permalinks.txt');

/** Build output that is not an address people cite: hashed assets, the search index, the error page. */
const INTERNAL = [/^_astro\//, /^pagefind\//, /^favicon\.svg$/, /^404\.html$/, /^sitemap-\d+\.xml$/];

/** The public addresses of a built site, from its files. */
export function publicRoutes(files: string[], siteDir: string): string[] {
  return files
    .map((file) => path.relative(siteDir, file).split(path.sep).join('/'))
    .filter((rel) => !INTERNAL.some((pattern) => pattern.test(rel)))
    .map((rel) => (rel === 'index.html' ? '/' : rel.endsWith('/index.html') ? `/${rel.slice(0, -'index.html'.length)}` : `/${rel}`))
    .sort();
}

/** The file a route is served from. */
export function fileOf(siteDir: string, route: string): string {
  return path.join(siteDir, route.endsWith('/') ? `${route}index.html` : route);
}

export function readManifest(): string[] {
  return readFileSync(MANIFEST, 'utf8').split('\n').filter((line) => line && !line.startsWith('#'));
}

export function writeManifest(routes: string[]): void {
  const header = '# Every public address the site has served. Never remove a line: a removed page needs a redirect.';
  writeFileSync(MANIFEST, `${header}\n${[...new Set(routes)].sort().join('\n')}\n`);
}
