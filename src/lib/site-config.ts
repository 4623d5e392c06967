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

/**
 * Where readers report a mistake (REPORT_URL): a repository's issue page or a mailto: address.
 * Pages offer it only when it is set; a value that is neither fails the build.
 */
export const REPORT_URL = reportUrl(process.env.REPORT_URL);

function reportUrl(value: string | undefined): string | null {
  if (!value) return null;
  if (!/^(https?:\/\/[^\s/]+\S*|mailto:[^\s@]+@[^\s@]+)$/.test(value)) {
    throw new Error(`REPORT_URL must be an http(s) address (an issue page) or mailto:someone@example.org, not "${value}"`);
  }
  return value;
}
