// Serves a built site as a static host would: files, index.html for folders, 404.html for the
// rest, and text served as UTF-8 (so a capture's typographic quotes read as printed, not as
// mojibake); a site built for a base path is served under it, and the base path without its
// trailing slash redirects to it. `npm start` and the tests both serve the site through this.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import sirv from 'sirv';

/** Every text file the site serves, by extension, served as UTF-8 (sirv names only HTML's charset); src/deploy/nginx.conf names the same. */
export const TEXT_TYPES = {
  '.html': 'text/html',
  '.txt': 'text/plain',
  '.csv': 'text/csv',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.bib': 'application/x-bibtex',
  '.ris': 'application/x-research-info-systems',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.jsonld': 'application/ld+json',
  '.svg': 'image/svg+xml',
};

/** Resolves once listening; fails with EADDRINUSE, never moving to another port. `base` is "/" or "/path/". */
export function serveStatic(dir, { port = 0, host = '127.0.0.1', headers = {}, base = '/' } = {}) {
  const files = sirv(dir, {
    dev: false,
    etag: true,
    setHeaders: (res, pathname) => {
      const type = TEXT_TYPES[path.extname(pathname)];
      if (type) res.setHeader('content-type', `${type}; charset=utf-8`);
      for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
    },
  });
  const notFound = readFileSync(path.join(dir, '404.html'));
  const answerNotFound = (res) => {
    res.writeHead(404, { 'content-type': 'text/html; charset=utf-8', ...headers });
    res.end(notFound);
  };
  const server = createServer((req, res) => {
    const { pathname, search } = new URL(req.url ?? '/', 'http://host');
    if (base !== '/') {
      if (`${pathname}/` === base) {
        res.writeHead(301, { location: `${base}${search}`, ...headers });
        return res.end();
      }
      if (!pathname.startsWith(base)) return answerNotFound(res);
      req.url = req.url.slice(base.length - 1);
    }
    files(req, res, () => answerNotFound(res));
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve(server));
  });
}
