/**
 * Where the site is hosted: the origin (SITE_URL) and the path it is served under
 * (BASE_PATH). Permalinks, canonical links, feeds and citations are made from these two,
 * so a deployment sets them once and every absolute address follows.
 */
/** For local use the origin is the preview server's; a deployment sets SITE_URL. */
export const SITE_URL = (process.env.SITE_URL || 'http://127.0.0.1:4321').replace(/\/+$/, '');

/** "/" or "/some/path/": always with a leading and a trailing slash. */
export const BASE_PATH = `/${(process.env.BASE_PATH || '').replace(/^\/+|\/+$/g, '')}/`.replace(/\/\/$/, '/');

/** The absolute address of a site path ("/articles/x/" → "https://host/base/articles/x/"). */
export function absoluteUrl(sitePath: string): string {
  return `${SITE_URL}${sitePath.startsWith(BASE_PATH) ? sitePath : `${BASE_PATH}${sitePath.replace(/^\//, '')}`}`;
}
