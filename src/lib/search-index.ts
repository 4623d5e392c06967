/**
 * Which pages Pagefind reads when `npm run build` (src/cli/build.mjs) indexes the site. Pagefind
 * parses every page it finds and keeps them all in memory until it knows which carry
 * data-pagefind-body; a third of the site's pages (captures, the timeline, lists) never do.
 */

/** Pagefind's own glob: every page. */
export const EVERY_PAGE = '**/*.{html}';

/** The glob is one command-line argument, which the system caps in length: past this many folders, every page is read. */
export const MOST_FOLDERS = 100;

/**
 * A Pagefind glob for the top folders holding the marked pages (paths under the site's folder,
 * with `/`): `{articles,claims}/**\/*.html`. Every page when no page is marked, when a marked
 * page lies at the top, in a folder whose name a glob would read otherwise, or in more than
 * MOST_FOLDERS folders.
 */
export function pagefindGlob(markedPages: string[]): string {
  const folders = [...new Set(markedPages.map((page) => page.split('/')[0]))];
  const plain = markedPages.every((page) => page.includes('/')) && folders.every((name) => /^[\w.-]+$/.test(name));
  return plain && folders.length > 0 && folders.length <= MOST_FOLDERS ? `{${folders.join(',')}}/**/*.html` : EVERY_PAGE;
}
