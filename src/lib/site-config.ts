/**
 * Where the site is hosted: the origin (SITE_URL) and the path it is served under
 * (BASE_PATH). Permalinks, canonical links, feeds and citations are made from these two,
 * so a deployment sets them once and every absolute address follows.
 */

/** The origin of `npm start` and of a preview build when SITE_URL is not set. */
export const PREVIEW_ORIGIN = 'http://127.0.0.1:4321';

/**
 * An origin in the one spelling every address of the site uses, as the URL standard writes it:
 * host in lower case, no default port, no trailing slash ("https://Example.ORG:443/" →
 * "https://example.org"). Left as given, less its trailing slash, when it is not an address.
 */
export function siteOrigin(siteUrl: string): string {
  try {
    return new URL(siteUrl).origin;
  } catch {
    return siteUrl.replace(/\/+$/, '');
  }
}

/** SITE_URL as given; for local use the preview server's origin. */
export const GIVEN_SITE_URL = process.env.SITE_URL || PREVIEW_ORIGIN;

/** The origin every address is made from; a deployment sets SITE_URL. */
export const SITE_URL = siteOrigin(GIVEN_SITE_URL);

/** BASE_PATH as the site uses it: "/" or "/some/path/", always with a leading and a trailing slash. */
export function basePath(raw: string): string {
  return `/${raw.replace(/^\/+|\/+$/g, '')}/`.replace(/\/\/$/, '/');
}

export const BASE_PATH = basePath(process.env.BASE_PATH || '');

/** Why BASE_PATH cannot be the path the site is served under, or null. */
export function basePathProblem(raw: string): string | null {
  if (/^[a-z][a-z0-9+.-]*:/i.test(raw)) return `BASE_PATH is the path under SITE_URL alone, not an address: "${raw}" (e.g. BASE_PATH=/archive/)`;
  return /^\/(?:[A-Za-z0-9._~-]+\/)*$/.test(basePath(raw)) && !/(^|\/)\.{1,2}\//.test(basePath(raw))
    ? null
    : `BASE_PATH must be path segments of letters, digits and . _ ~ -, such as /archive/, not "${raw}"`;
}

/** Why this build's SITE_URL and BASE_PATH, as given, cannot say where the site is served, or null. */
export function siteAddressProblem(): string | null {
  return siteUrlProblem(GIVEN_SITE_URL) ?? basePathProblem(process.env.BASE_PATH || '');
}

/** A loopback origin, or one naming no host at all: the build is for this machine only, and its robots.txt turns crawlers away. */
export function isLoopbackOrigin(origin: string): boolean {
  // The URL standard reads every IPv4 spelling ("2130706433", "0x7f.1") as dotted decimal.
  const hostname = new URL(origin).hostname.replace(/\.$/, '');
  return (
    hostname === 'localhost' ||
    hostname.endsWith('.localhost') ||
    /^127(\.\d{1,3}){3}$/.test(hostname) ||
    hostname === '0.0.0.0' ||
    hostname === '[::1]' ||
    hostname === '[::]' ||
    /^\[::ffff:(7f[0-9a-f]{2}:[0-9a-f]{1,4}|0:0)\]$/.test(hostname)
  );
}

/** True when this build's addresses name this machine (a preview, never to be published). */
export const IS_PREVIEW = isLoopbackOrigin(SITE_URL);

/** Why SITE_URL cannot be a site's origin, or null. The path under it is BASE_PATH's, never SITE_URL's. */
export function siteUrlProblem(siteUrl: string): string | null {
  let url: URL;
  try {
    url = new URL(siteUrl);
  } catch {
    return `SITE_URL is not an absolute address: "${siteUrl}" (write the origin, e.g. https://example.org)`;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return `SITE_URL must be an http or https origin, not "${siteUrl}"`;
  if (url.pathname.replace(/\/+$/, '') !== '') {
    return `SITE_URL has a path, "${url.pathname}": set SITE_URL to the origin alone (${url.origin}) and BASE_PATH to the path (BASE_PATH=${url.pathname}), or every link would point outside the site`;
  }
  if (url.search || url.hash || url.username || url.password) return `SITE_URL must be the origin alone (${url.origin}), not "${siteUrl}"`;
  return null;
}

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
