/** Serves a built site on 127.0.0.1, as a static host would: files, index.html, and 404.html for the rest. */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import sirv from 'sirv';

export interface StaticSite {
  origin: string;
  close: () => Promise<void>;
}

export async function serveSite(dir: string, headers: Record<string, string> = {}): Promise<StaticSite> {
  const files = sirv(dir, { dev: false, etag: true, setHeaders: (res) => {
    for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
  } });
  const notFound = readFileSync(path.join(dir, '404.html'));
  const server: Server = createServer((req, res) =>
    files(req, res, () => {
      res.writeHead(404, { 'content-type': 'text/html; charset=utf-8', ...headers });
      res.end(notFound);
    }),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
