import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { EVERY_PAGE, MOST_FOLDERS, pagefindGlob } from './search-index.ts';

const PAGEFIND = path.join(process.cwd(), 'node_modules', 'pagefind', 'lib', 'runner', 'bin.cjs');
const page = (marked: boolean, words: string) => `<!doctype html><html lang="en"><head><title>${words}</title></head><body>${marked ? `<main data-pagefind-body><p>${words}</p></main>` : `<p>${words}</p>`}</body></html>`;

let site: string;
afterEach(() => rmSync(site, { recursive: true, force: true }));

/** A site of these pages (path → marked?), indexed by the real Pagefind with the glob made from its marked pages. */
function indexSite(pages: Record<string, boolean>) {
  site = mkdtempSync(path.join(os.tmpdir(), 'search-index-'));
  for (const [file, marked] of Object.entries(pages)) {
    mkdirSync(path.dirname(path.join(site, file)), { recursive: true });
    writeFileSync(path.join(site, file), page(marked, `words of ${file}`));
  }
  const glob = pagefindGlob(Object.keys(pages).filter((file) => pages[file]));
  const log = execFileSync(process.execPath, [PAGEFIND, '--site', site, '--glob', glob], { encoding: 'utf8' });
  const entry = JSON.parse(readFileSync(path.join(site, 'pagefind', 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
  return { glob, indexed: Object.values(entry.languages).reduce((sum, { page_count }) => sum + page_count, 0), read: Number(/Found (\d+) files? matching/.exec(log)?.[1]) };
}

describe('pagefindGlob: the pages Pagefind reads', () => {
  it('reads only the folders holding marked pages, and indexes every marked page', () => {
    const { glob, indexed, read } = indexSite({
      'articles/a/index.html': true,
      'articles/index.html': false,
      'claims/c/index.html': true,
      'captures/x/index.html': false,
      'timeline/index.html': false,
      'index.html': false,
    });
    expect(glob).toBe('{articles,claims}/**/*.html');
    expect(indexed).toBe(2);
    expect(read).toBe(3);
  });

  it('reads every page when a marked page lies at the top of the site', () => {
    const { glob, indexed, read } = indexSite({ 'index.html': true, 'articles/a/index.html': true, 'timeline/index.html': false });
    expect(glob).toBe(EVERY_PAGE);
    expect([indexed, read]).toEqual([2, 3]);
  });

  it('reads every page when no page is marked, so Pagefind indexes them all (and the build fails on the count)', () => {
    const { glob, indexed } = indexSite({ 'articles/a/index.html': false, 'index.html': false });
    expect(glob).toBe(EVERY_PAGE);
    expect(indexed).toBe(2);
  });

  it('reads every page when marked pages lie in more folders than one argument should name', () => {
    const many = Object.fromEntries(Array.from({ length: MOST_FOLDERS + 1 }, (_, i) => [`folder-${i}/index.html`, true]));
    const { glob, indexed, read } = indexSite({ ...many, 'timeline/index.html': false });
    expect(glob).toBe(EVERY_PAGE);
    expect([indexed, read]).toEqual([MOST_FOLDERS + 1, MOST_FOLDERS + 2]);
  });

  it('reads every page when a folder name holds a character a glob would read as a pattern', () => {
    const { glob, indexed } = indexSite({ 'a{b}/index.html': true, 'articles/a/index.html': true });
    expect(glob).toBe(EVERY_PAGE);
    expect(indexed).toBe(2);
  });
});
