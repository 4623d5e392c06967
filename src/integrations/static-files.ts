/**
 * The files the site serves as they are, written next to Astro's pages instead of being Astro
 * routes: a route costs Astro about a millisecond however small its file, and these are four in
 * five of the site's addresses (tests/bench/README.md):
 * - each raw capture, copied byte for byte;
 * - each page's citation files, from the whole bibliography that src/pages/cite/[file].ts
 *   publishes as CSL-JSON;
 * - `_headers`, the response headers for Netlify and Cloudflare Pages, under the base path
 *   (Astro leaves out routes whose names begin with "_").
 * `astro dev` serves the same addresses from the same sources.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { itemFiles } from '../lib/citation-files.ts';
import { headersFile } from '../lib/host-headers.ts';
import { BASE_PATH } from '../lib/site-config.ts';
import { CITATION_FORMATS, paths } from '../lib/urls.ts';

const CITED_KINDS = ['articles', 'claims'] as const;

export function staticFiles(capturesDir: string): AstroIntegration {
  const captures = () => readdirSync(capturesDir).filter((name) => name.endsWith('.txt'));
  return {
    name: 'guarantees-static-files',
    hooks: {
      'astro:build:done': ({ dir }) => {
        const onDisk = (address: string) => path.join(fileURLToPath(dir), address.slice(BASE_PATH.length));
        const folders = new Set<string>();
        const write = (address: string, copy: (file: string) => void) => {
          const folder = path.dirname(onDisk(address));
          if (!folders.has(folder)) mkdirSync(folder, { recursive: true });
          folders.add(folder);
          copy(onDisk(address));
        };
        for (const name of captures()) write(paths.capture(name), (file) => copyFileSync(path.join(capturesDir, name), file));
        for (const kind of CITED_KINDS) {
          for (const { id, extension, body } of itemFiles(readFileSync(onDisk(paths.bibliography(kind, 'json')), 'utf8'))) {
            write(paths.citation(kind, id, extension), (file) => writeFileSync(file, body));
          }
        }
        writeFileSync(path.join(fileURLToPath(dir), '_headers'), headersFile(BASE_PATH));
      },
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((request, response, next) => {
          // The address as requested: Astro's dev server has already taken the base path off `url`.
          const requested = (request as { originalUrl?: string }).originalUrl ?? request.url ?? '/';
          const address = decodeURIComponent(new URL(requested, 'http://dev').pathname);
          const send = (type: string, body: string | Buffer) => {
            response.setHeader('content-type', type);
            response.end(body);
          };
          const capture = existsSync(capturesDir) ? captures().find((name) => paths.capture(name) === address) : undefined;
          if (capture) return send('text/plain; charset=utf-8', readFileSync(path.join(capturesDir, capture)));
          const kind = CITED_KINDS.find((k) => address.startsWith(path.posix.dirname(paths.citation(k, 'x', 'json')) + '/'));
          if (!kind) return next();
          // The whole bibliography from this server's own route, as the build reads it from its output.
          const origin = `${'encrypted' in request.socket ? 'https' : 'http'}://${request.headers.host}`;
          fetch(`${origin}${paths.bibliography(kind, 'json')}`)
            .then((whole) => (whole.ok ? whole.text() : Promise.reject(new Error(`${paths.bibliography(kind, 'json')}: ${whole.status}`))))
            .then((json) => {
              const file = itemFiles(json).find(({ id, extension }) => paths.citation(kind, id, extension) === address);
              if (file) send(CITATION_FORMATS[file.extension].type, file.body);
              else next();
            })
            .catch(next);
        });
      },
    },
  };
}
