/**
 * Debian's nginx serving a built site through the shipped configuration (src/deploy/nginx.conf),
 * set up as the example at its top shows: in the server block for a site at the root, in the
 * base path's location for a sub-path. Run in the foreground from a temporary folder (its config, pid
 * file, logs and temp files), on a free port of 127.0.0.1, and stopped by its PID.
 */
import { spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { projectRoot } from './site-build.ts';
import { freePort } from './static-server.ts';

export const NGINX = process.env.NGINX_PATH ?? '/usr/sbin/nginx';
export const SHIPPED_CONFIG = path.join(projectRoot, 'src', 'deploy', 'nginx.conf');

export function nginxMissing(): string | null {
  return existsSync(NGINX) ? null : `nginx not found at ${NGINX}: the deployment tests serve the site with it; install it with "apt-get install nginx" (or set NGINX_PATH).`;
}

/** The server block nginx.conf's example shows, for a site in `siteDir` served under `base` ("/" or "/path/"). */
function serverBlock(port: number, siteDir: string, base: string, work: string): string {
  if (base === '/') {
    return `server {
    listen 127.0.0.1:${port};
    root ${siteDir};
    error_page 404 /404.html;
    include ${SHIPPED_CONFIG};
  }`;
  }
  // The built site is the base path's folder under the server's root.
  const root = path.join(work, 'www');
  mkdirSync(path.dirname(path.join(root, base)), { recursive: true });
  symlinkSync(siteDir, path.join(root, base.slice(0, -1)));
  return `server {
    listen 127.0.0.1:${port};
    location ${base} {
      root ${root};
      error_page 404 ${base}404.html;
      include ${SHIPPED_CONFIG};
    }
    location = ${base.slice(0, -1)} { absolute_redirect off; return 301 ${base}$is_args$args; }
  }`;
}

export interface NginxSite {
  origin: string;
  close: () => Promise<void>;
}

export async function serveWithNginx(siteDir: string, base = '/'): Promise<NginxSite> {
  const work = mkdtempSync(path.join(os.tmpdir(), 'guarantees-nginx-'));
  // nginx's workers drop to an unprivileged user when started as root: they must reach the files.
  chmodSync(work, 0o755);
  const port = await freePort();
  const config = path.join(work, 'nginx.conf');
  const errorLog = path.join(work, 'error.log');
  writeFileSync(
    config,
    `daemon off;
worker_processes 1;
pid ${path.join(work, 'nginx.pid')};
error_log ${errorLog} warn;
events { worker_connections 64; }
http {
  access_log off;
  ${serverBlock(port, siteDir, base, work)}
}
`,
  );
  // -p: temp files under the work folder; -e: the log nginx opens before reading its config.
  const child = spawn(NGINX, ['-p', `${work}/`, '-c', config, '-e', errorLog], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const origin = `http://127.0.0.1:${port}`;
  const log = () => `${stderr}${existsSync(errorLog) ? readFileSync(errorLog, 'utf8') : ''}`;
  for (let tries = 0; ; tries++) {
    if (child.exitCode !== null) throw new Error(`nginx stopped at once:\n${log()}`);
    const up = await fetch(`${origin}${base}`).then(() => true, () => false);
    if (up) break;
    if (tries > 200) throw new Error(`nginx did not answer within 20 s:\n${log()}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    origin,
    close: async () => {
      if (child.exitCode === null) process.kill(child.pid!, 'SIGTERM');
      await exited;
      rmSync(work, { recursive: true, force: true });
    },
  };
}
