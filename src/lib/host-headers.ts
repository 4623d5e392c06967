/**
 * What a static host adds to the built site's responses: security headers on every response,
 * and how long each file may be cached. The `_headers` file (Netlify, Cloudflare Pages) is made
 * from these at build time; src/deploy/nginx.conf sets the same, held to these by tests/deploy.test.ts.
 */

/**
 * On every response, error pages included. The pages' own policy is a <meta> CSP (astro.config.mjs),
 * which cannot say frame-ancestors; this header adds only that, so it never tightens what pages load.
 */
export const SECURITY_HEADERS = {
  'Content-Security-Policy': "frame-ancestors 'none'",
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), geolocation=(), microphone=(), payment=(), usb=()',
} as const;

/** Folders (under the base path) whose files are named by a hash of their content: a changed file gets a new name. */
export const HASHED_FOLDERS = ['_astro/', 'pagefind/index/', 'pagefind/fragment/', 'pagefind/filter/'] as const;

/** For files in HASHED_FOLDERS. */
export const CACHE_FOREVER = 'public, max-age=31536000, immutable';

/** For everything else (pages, data, citations, pagefind.js and its entry file): ask the host each time. */
export const CACHE_REVALIDATE = 'no-cache';

/**
 * The `_headers` file for a site under `basePath` ("/" or "/path/"). No Cache-Control on the
 * rest: both hosts join the values of every rule a path matches, and revalidate by default.
 */
export function headersFile(basePath: string): string {
  const rule = (pattern: string, headers: Record<string, string>) =>
    [pattern, ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`)].join('\n');
  return [
    '# Response headers for Netlify and Cloudflare Pages; nginx: src/deploy/nginx.conf in the source.',
    rule(`${basePath}*`, SECURITY_HEADERS),
    ...HASHED_FOLDERS.map((folder) => rule(`${basePath}${folder}*`, { 'Cache-Control': CACHE_FOREVER })),
    '',
  ].join('\n');
}
