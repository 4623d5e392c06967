// Serves a built site as a static host would: files, index.html for folders, 404.html for the
// rest, and text served as UTF-8 (so a capture's typographic quotes read as printed, not as
// mojibake). `npm start` and the tests both serve the site through this.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import sirv from 'sirv';

/** Text files by extension, served as UTF-8: sirv names only HTML's charset. */
const TEXT_TYPES = {
  '.txt': 'text/plain',
  '.csv': 'text/csv',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.bib': 'application/x-bibtex',
  '.ris': 'application/x-research-info-systems',
  '.css': 'text/css',
  '.js': 'text/javascript',
};

/** Resolves once listening; fails with EADDRINUSE, never moving to another port. */
export function serveStatic(dir, { port = 0, host = '127.0.0.1', headers = {} } = {}) {
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
  const server = createServer((req, res) =>
    files(req, res, () => {
      res.writeHead(404, { 'content-type': 'text/html; charset=utf-8', ...headers });
      res.end(notFound);
    }),
  );
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve(server));
  });
}
