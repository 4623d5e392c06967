/** The in-site link checker: every address a built page names (links, stylesheets, scripts, forms) must land. */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import * as cheerio from 'cheerio';
import { htmlFiles } from './files.ts';

/** The URL path a built file is served at, under `base` ("/" or "/path/"). */
export function routeOf(siteDir: string, file: string, base = '/'): string {
  const rel = path.relative(siteDir, file).split(path.sep).join('/');
  return `${base}${rel === 'index.html' ? '' : rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel}`;
}

/**
 * Each in-site address on the built pages that leads nowhere: outside the base path, no page or
 * file at its path, or no element with its #fragment. Addresses with a scheme (other sites, and
 * this one's canonical links) are not checked here.
 */
export function brokenLinks(siteDir: string, base = '/'): string[] {
  const pages = new Map(htmlFiles(siteDir).map((file) => [routeOf(siteDir, file, base), cheerio.load(readFileSync(file, 'utf8'))]));
  const broken: string[] = [];
  for (const [route, $] of pages) {
    $('[href], [src], [action]').each((_, el) => {
      const href = $(el).attr('href') ?? $(el).attr('src') ?? $(el).attr('action')!;
      if (/^[a-z]+:/i.test(href)) return;
      const url = new URL(href, `http://site${route}`);
      if (!url.pathname.startsWith(base)) return void broken.push(`${route} → ${href} (outside ${base})`);
      const target = pages.get(url.pathname);
      if (!target) {
        // Not a page: a data file, a download, a capture, a stylesheet or a script, which must exist as a file.
        const file = path.join(siteDir, url.pathname.slice(base.length));
        if (!existsSync(file) || url.pathname.endsWith('/')) broken.push(`${route} → ${href} (nothing there)`);
        return;
      }
      // A text fragment (#p-3:~:text=…, #:~:text=…) names an element only before its ':~:'.
      const id = decodeURIComponent(url.hash.slice(1).split(':~:')[0]);
      if (id && target(`[id="${id}"]`).length === 0) broken.push(`${route} → ${href} (no #${id})`);
    });
  }
  return broken;
}
