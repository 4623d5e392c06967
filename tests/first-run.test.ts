/**
 * The two commands as a new user meets them. `npm start` refuses a busy port at once instead of
 * moving to another one, serves text as UTF-8 on the port its links name (under BASE_PATH when
 * one is set), and stops completely, child processes included, when its process is stopped
 * (built from the fixture into a temporary folder). `npm run dev` serves the files the build
 * writes beside its pages. `npm test` says at once, in one line each, what the machine lacks.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { projectRoot } from './site-build.ts';
import { freePort } from './static-server.ts';

const work = mkdtempSync(path.join(os.tmpdir(), 'guarantees-start-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const fixture = path.join(projectRoot, 'tests', 'fixtures', 'content');

function start(port: number, outDir: string, env: Record<string, string> = {}) {
  const child = spawn(process.execPath, [path.join(projectRoot, 'src/cli/start.mjs'), '--outDir', outDir], {
    cwd: projectRoot,
    env: { ...process.env, PORT: String(port), CONTENT_ROOT: fixture, SITE_URL: '', NO_COLOR: '1', ...env },
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, output: () => output, exited };
}

/** Processes whose command line names a folder: what a stopped start must not leave behind. */
const processesUsing = (folder: string) =>
  readdirSync('/proc')
    .filter((pid) => /^\d+$/.test(pid))
    .filter((pid) => {
      try {
        return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(folder);
      } catch {
        return false;
      }
    });

describe('npm start', () => {
  it('refuses a busy port at once, saying so, rather than serving elsewhere', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const { port } = blocker.address() as AddressInfo;
    try {
      const run = start(port, path.join(work, 'busy'));
      expect(await run.exited).toBe(1);
      expect(run.output()).toContain(`Port ${port} on 127.0.0.1 is in use`);
      expect(run.output()).not.toContain('astro');
    } finally {
      blocker.close();
    }
  });

  it('serves on the port its links name, captures as UTF-8, and stops completely when stopped', async () => {
    const port = await freePort();
    const outDir = path.join(work, 'served');
    const run = start(port, outDir);
    await expect.poll(run.output, { timeout: 120_000, interval: 250 }).toContain(`Serving the site at http://127.0.0.1:${port}/`);
    const page = await fetch(`http://127.0.0.1:${port}/articles/alpha/`);
    expect(await page.text()).toContain(`<link rel="canonical" href="http://127.0.0.1:${port}/articles/alpha/">`);
    const capture = await fetch(`http://127.0.0.1:${port}/captures/alpha.txt`);
    expect(capture.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(await capture.text()).toBe(readFileSync(path.join(fixture, 'captures', 'alpha.txt'), 'utf8'));
    run.child.kill('SIGTERM');
    expect(await run.exited).not.toBe(0);
    expect(processesUsing(outDir)).toEqual([]);
    await expect(fetch(`http://127.0.0.1:${port}/`)).rejects.toThrow();
  });

  it('serves a build for a BASE_PATH under that path, as its host will', async () => {
    const port = await freePort();
    const run = start(port, path.join(work, 'sub-path'), { BASE_PATH: '/sub/' });
    try {
      await expect.poll(run.output, { timeout: 120_000, interval: 250 }).toContain(`Serving the site at http://127.0.0.1:${port}/sub/`);
      const at = (address: string) => fetch(`http://127.0.0.1:${port}${address}`, { redirect: 'manual' });
      const page = await at('/sub/articles/alpha/');
      expect(page.status).toBe(200);
      expect(await page.text()).toContain(`<link rel="canonical" href="http://127.0.0.1:${port}/sub/articles/alpha/">`);
      expect((await at('/sub/captures/alpha.txt')).headers.get('content-type')).toBe('text/plain; charset=utf-8');
      const redirect = await at('/sub?q=x');
      expect([redirect.status, redirect.headers.get('location')]).toEqual([301, '/sub/?q=x']);
      for (const outside of ['/', '/articles/alpha/']) {
        const response = await at(outside);
        expect(response.status, outside).toBe(404);
        expect(await response.text(), outside).toContain('Page not found');
      }
    } finally {
      run.child.kill('SIGTERM');
      await run.exited;
    }
  });

  it('stops its build too when stopped mid-build', async () => {
    const outDir = path.join(work, 'interrupted');
    const run = start(await freePort(), outDir);
    await expect.poll(() => processesUsing(outDir).length, { timeout: 30_000, interval: 100 }).toBeGreaterThan(1);
    run.child.kill('SIGTERM');
    await run.exited;
    await expect.poll(() => processesUsing(outDir), { timeout: 5_000, interval: 100 }).toEqual([]);
  });
});

describe('npm run dev', () => {
  it('serves the captures and citation files the build writes beside its pages, under a base path', async () => {
    const port = await freePort();
    const outsideVitest = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('VITEST') && name !== 'NODE_ENV'));
    const child = spawn(process.execPath, [path.join(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'dev', '--host', '127.0.0.1', '--port', String(port)], {
      cwd: projectRoot,
      // Without Vitest's variables: a dev server that sees VITEST set answers every page with a 404.
      env: { ...outsideVitest, CONTENT_ROOT: fixture, SITE_URL: '', BASE_PATH: '/sub/', ASTRO_TELEMETRY_DISABLED: '1' },
      detached: true,
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    const at = (address: string) => fetch(`http://127.0.0.1:${port}/sub/${address}`);
    try {
      // A cold dev server syncs the content and renders the first page on demand: on a busy machine, a minute or more.
      await expect.poll(() => at('articles/alpha/').then((r) => r.status, () => 0), { timeout: 180_000, interval: 500, message: 'npm run dev never served /sub/articles/alpha/' }).toBe(200);
      const capture = await at('captures/alpha.txt');
      expect(capture.headers.get('content-type')).toBe('text/plain; charset=utf-8');
      expect(Buffer.from(await capture.arrayBuffer())).toEqual(readFileSync(path.join(fixture, 'captures', 'alpha.txt')));
      const bib = await at('cite/articles/alpha.bib');
      expect(bib.headers.get('content-type')).toBe('application/x-bibtex; charset=utf-8');
      const entry = await bib.text();
      expect(entry).toMatch(/^@\w+\{alpha,\n/);
      expect(await (await at('cite/articles.bib')).text()).toContain(entry.trimEnd());
      expect((await at('cite/articles/no-such-article.bib')).status).toBe(404);
    } catch (error) {
      throw new Error(`${(error as Error).message}\n${output}`);
    } finally {
      // Stopped, and waited for, before the next test builds from the same fixture.
      if (child.exitCode === null && child.signalCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        process.kill(-child.pid!, 'SIGTERM');
        await exited;
      }
    }
  });
});

describe('npm test, on a machine without Chromium, Java or nginx', () => {
  it('stops at once, saying in one line each what to install', () => {
    const result = spawnSync(process.execPath, [path.join(projectRoot, 'tests', 'prerequisites.ts')], {
      cwd: projectRoot,
      encoding: 'utf8',
      env: { ...process.env, PATH: path.join(work, 'no-such-bin'), CHROMIUM_PATH: path.join(work, 'no-chromium'), NGINX_PATH: path.join(work, 'no-nginx') },
    });
    expect(result.status).toBe(1);
    expect(result.stderr.trim().split('\n')).toEqual([
      `npm test: Chromium not found at ${path.join(work, 'no-chromium')}: install it with "apt-get install chromium" (or set CHROMIUM_PATH).`,
      'npm test: Java not found: the HTML checks run the W3C Nu HTML Checker on it; install it with "apt-get install default-jre-headless".',
      `npm test: nginx not found at ${path.join(work, 'no-nginx')}: the deployment tests serve the site with it; install it with "apt-get install nginx" (or set NGINX_PATH).`,
    ]);
  });

  it('goes on where all are installed', () => {
    const result = spawnSync(process.execPath, [path.join(projectRoot, 'tests', 'prerequisites.ts')], { cwd: projectRoot, encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });
});
