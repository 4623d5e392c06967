// `npm start`: builds the site for the address it will be served at, then serves it there, in
// this one process, until stopped (Ctrl+C, or a signal to this process or to npm). The port is
// PORT, default 4321; when it is taken, start says so and stops, rather than serving on another
// port while every link and citation in the pages names this one. A build for a BASE_PATH is
// served under that path, as its host will serve it.
// Usage: node src/cli/start.mjs [--outDir DIR]   (content from CONTENT_ROOT, default content/)
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { BASE_PATH } from '../lib/site-config.ts';
import { serveStatic } from './static-site.mjs';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const host = '127.0.0.1';
const port = Number(process.env.PORT || 4321);
const at = process.argv.indexOf('--outDir');
const outDir = path.resolve(at > 0 ? process.argv[at + 1] : path.join(projectRoot, 'dist'));

const busy = () => {
  console.error(`Port ${port} on ${host} is in use, so the site cannot be served there. Stop what uses it, or run PORT=<another port> npm start (the pages' links and citations are built for the port chosen).`);
  process.exit(1);
};
// Try the port first, so a busy one fails in a second, not after a build.
await new Promise((resolve) => {
  const probe = createServer();
  probe.once('error', (error) => (error.code === 'EADDRINUSE' ? busy() : resolve()));
  probe.listen(port, host, () => probe.close(resolve));
});

const siteUrl = process.env.SITE_URL || `http://${host}:${port}`;
let child;
const stop = (signal) => {
  if (child && child.exitCode === null) child.kill(signal);
  process.exit(signal === 'SIGINT' ? 130 : 143);
};
process.once('SIGINT', () => stop('SIGINT'));
process.once('SIGTERM', () => stop('SIGTERM'));

child = spawn(process.execPath, [path.join(projectRoot, 'src/cli/build.mjs'), '--outDir', outDir, '--preview'], { stdio: 'inherit', env: { ...process.env, SITE_URL: siteUrl } });
const status = await new Promise((resolve) => child.once('exit', (code) => resolve(code)));
if (status !== 0) process.exit(status ?? 1);

await serveStatic(outDir, { port, host, base: BASE_PATH }).catch((error) => (error.code === 'EADDRINUSE' ? busy() : Promise.reject(error)));
console.log(`Serving the site at ${siteUrl}${BASE_PATH} (Ctrl+C stops it)`);
