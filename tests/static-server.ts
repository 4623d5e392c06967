/** The built site on 127.0.0.1, on a free port, as `npm start` serves it (src/cli/static-site.mjs). */
import { createServer, type AddressInfo } from 'node:net';
import { serveStatic } from '../src/cli/static-site.mjs';

export interface StaticSite {
  origin: string;
  close: () => Promise<void>;
}

export async function serveSite(dir: string, headers: Record<string, string> = {}): Promise<StaticSite> {
  const server = await serveStatic(dir, { headers });
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** A port free on 127.0.0.1 now, for a server a test starts itself (nginx, npm start). */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}
