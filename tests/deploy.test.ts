/**
 * Publishing, as a deployer does it: the site built for a sub-path of an origin and for an
 * origin's root, each served by Debian's nginx through the shipped configuration
 * (src/deploy/nginx.conf), read file by file over HTTP and used in Chromium; the guards that
 * keep a build for this machine from being published; and the GitHub Pages workflow, validated
 * against GitHub's workflow schema.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import * as cheerio from 'cheerio';
import yaml from 'js-yaml';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEXT_TYPES } from '../src/cli/static-site.mjs';
import { CACHE_FOREVER, CACHE_REVALIDATE, HASHED_FOLDERS, SECURITY_HEADERS } from '../src/lib/host-headers.ts';
import { launchChromium } from './browser.ts';
import { watchPage } from './checks.ts';
import { filesUnder } from './files.ts';
import { brokenLinks, routeOf } from './links.ts';
import { serveWithNginx, type NginxSite } from './nginx.ts';
import { buildSite, projectRoot } from './site-build.ts';

const work = mkdtempSync(path.join(os.tmpdir(), 'guarantees-deploy-'));
// nginx's workers drop to an unprivileged user when it is started as root: they must reach the builds.
chmodSync(work, 0o755);
const content = path.join(projectRoot, 'content');
const article = readFileSync(path.join(projectRoot, 'tests', 'permalinks.txt'), 'utf8').match(/^\/articles\/([^/#\s]+)\/$/m)![1];

const VARIANTS = [
  { name: 'under a sub-path', siteUrl: 'https://example.github.io', base: '/guarantees/' },
  // SITE_URL as a deployer may write it: every address is still spelt as its origin.
  { name: 'at the root of its origin', siteUrl: 'https://archive.example.org', given: 'https://Archive.Example.ORG:443/', base: '/' },
] as const;
type Variant = (typeof VARIANTS)[number];

const builds = new Map<Variant, { siteDir: string; site: NginxSite }>();
let browser: Browser;

// Each variant is built once (10–30 s) and served by its own nginx for every check below.
beforeAll(async () => {
  for (const variant of VARIANTS) {
    const siteDir = path.join(work, variant.base === '/' ? 'root' : 'sub', 'dist');
    const result = buildSite(content, siteDir, { SITE_URL: 'given' in variant ? variant.given : variant.siteUrl, BASE_PATH: variant.base });
    if (result.status !== 0) throw new Error(`The ${variant.name} build failed:\n${result.output}`);
    builds.set(variant, { siteDir, site: await serveWithNginx(siteDir, variant.base) });
  }
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  for (const { site } of builds.values()) await site.close();
  rmSync(work, { recursive: true, force: true });
});

/** A served file's expected Content-Type: every text type as UTF-8, anything else as bytes. */
const typeOf = (file: string) => {
  const text = TEXT_TYPES[path.extname(file)];
  return text ? `${text}; charset=utf-8` : 'application/octet-stream';
};

/** Every text file of a build, and the text of Pagefind's fragments (gzipped), which hold each page's address. */
const textsOf = (siteDir: string) =>
  filesUnder(siteDir).flatMap((file) =>
    TEXT_TYPES[path.extname(file)] ? [[file, readFileSync(file, 'utf8')]] : file.endsWith('.pf_fragment') ? [[file, gunzipSync(readFileSync(file)).toString('utf8')]] : [],
  );

describe.each(VARIANTS)('the site $name, served by nginx with the shipped configuration', (variant) => {
  const { siteUrl, base } = variant;
  const built = () => builds.get(variant)!;
  const get = (address: string) => fetch(`${built().site.origin}${address}`, { redirect: 'manual' });

  it('answers every page and file with 200, its type as UTF-8 where it is text, the security headers and its caching', async () => {
    const wrong: string[] = [];
    const files = filesUnder(built().siteDir);
    expect(files.length).toBeGreaterThan(100);
    for (const file of files) {
      const address = routeOf(built().siteDir, file, base);
      const response = await get(address.endsWith('/index.html') ? address.slice(0, -'index.html'.length) : address);
      await response.arrayBuffer();
      const hashed = HASHED_FOLDERS.some((folder) => address.startsWith(`${base}${folder}`));
      const expected = { status: 200, 'content-type': typeOf(file), 'cache-control': hashed ? CACHE_FOREVER : CACHE_REVALIDATE, ...SECURITY_HEADERS };
      const got = Object.fromEntries(Object.keys(expected).map((name) => [name, name === 'status' ? response.status : response.headers.get(name)]));
      if (JSON.stringify(got) !== JSON.stringify(expected)) wrong.push(`${address}: ${JSON.stringify(got)}`);
      // Cached for good only where a changed file gets a new name: a content hash in every name.
      if (hashed && !/[._][\w-]{7,}\.\w+$/.test(path.basename(file))) wrong.push(`${address}: cached for good, but its name holds no hash`);
    }
    expect(wrong).toEqual([]);
  });

  it('compresses text as it serves it', async () => {
    const response = await fetch(`${built().site.origin}${base}`, { headers: { 'accept-encoding': 'gzip' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-encoding')).toBe('gzip');
    expect(response.headers.get('vary')).toBe('Accept-Encoding');
  });

  it('answers a missing address with the 404 page, its security headers included', async () => {
    for (const missing of [`${base}no-such-page/`, `${base}articles/no-such-article/`, `${base}_astro/no-such-file.css`]) {
      const response = await get(missing);
      expect(response.status, missing).toBe(404);
      expect(response.headers.get('content-type'), missing).toBe('text/html; charset=utf-8');
      expect(cheerio.load(await response.text())('h1').text(), missing).toBe('Page not found');
      expect(response.headers.get('cache-control'), missing).toBe(CACHE_REVALIDATE);
      for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(response.headers.get(name), `${missing}: ${name}`).toBe(value);
    }
  });

  it('redirects a folder’s address without its slash to the address with it, by a relative Location that keeps the query', async () => {
    for (const [from, to] of [[`${base}articles`, `${base}articles/`], ...(base === '/' ? [] : [[base.slice(0, -1), base]])]) {
      const response = await get(`${from}?q=not+an+inch`);
      expect(response.status, from).toBe(301);
      expect(response.headers.get('location'), from).toBe(`${to}?q=not+an+inch`);
    }
  });

  it('ships .nojekyll for GitHub Pages, and the same headers for Netlify and Cloudflare Pages under the base path', () => {
    expect(existsSync(path.join(built().siteDir, '.nojekyll'))).toBe(true);
    const headers = readFileSync(path.join(built().siteDir, '_headers'), 'utf8');
    expect(headers).toContain(`${base}*\n${Object.entries(SECURITY_HEADERS).map(([name, value]) => `  ${name}: ${value}`).join('\n')}\n`);
    expect(headers).toContain(`${base}_astro/*\n  Cache-Control: ${CACHE_FOREVER}\n`);
  });

  it('links only to pages, files and #fragments that exist, all under the base path', () => {
    expect(brokenLinks(built().siteDir, base)).toEqual([]);
  });

  it('names no loopback address anywhere, and every absolute address of its own is under the base path', () => {
    const loopback: string[] = [];
    const outside: string[] = [];
    const ownAddress = new RegExp(`${siteUrl.replace(/[.]/g, '\\.')}([^\\s"'<>\\\\)}\\]]*)`, 'g');
    for (const [file, text] of textsOf(built().siteDir)) {
      if (/127\.0\.0\.1|localhost|\[::1\]/.test(text)) loopback.push(path.relative(built().siteDir, file));
      if ('given' in variant && /Archive\.Example\.ORG|example\.org:443/.test(text)) outside.push(`${path.relative(built().siteDir, file)}: SITE_URL as given, not as its origin`);
      for (const [address, pathname] of text.matchAll(ownAddress)) if (!(pathname || '/').startsWith(base)) outside.push(`${path.relative(built().siteDir, file)}: ${address}`);
    }
    expect(loopback).toEqual([]);
    expect([...new Set(outside)]).toEqual([]);
    const $ = cheerio.load(readFileSync(path.join(built().siteDir, 'articles', article, 'index.html'), 'utf8'));
    expect($('link[rel="canonical"]').attr('href')).toBe(`${siteUrl}${base}articles/${article}/`);
  });

  it('is open to crawlers, and its robots.txt says where it has no effect', () => {
    const robots = readFileSync(path.join(built().siteDir, 'robots.txt'), 'utf8');
    expect(robots).toContain(`User-agent: *\nAllow: /\n\nSitemap: ${siteUrl}${base}sitemap-index.xml\n`);
    expect(readFileSync(path.join(built().siteDir, 'index.html'), 'utf8')).not.toContain('name="robots"');
    if (base === '/') expect(robots).not.toContain('#');
    else expect(robots).toMatch(/^# Crawlers read only the origin's \/robots\.txt: under \/guarantees\/ this file has no effect\./);
  });

  it('searches, cites and downloads a citation in Chromium, asking nothing outside the base path', async () => {
    const { origin } = built().site;
    const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await context.newPage();
    const watched = watchPage(page, origin);
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));

    await page.goto(`${origin}${base}search/?q=${encodeURIComponent('"not an inch"')}`);
    await page.waitForFunction(() => /^\d+ results?/.test(document.querySelector('#search-status')?.textContent ?? ''), null, { timeout: 30_000 });
    const result = page.locator('#search-results > li h2 a').first();
    const href = (await result.getAttribute('href'))!;
    expect(href.startsWith(base)).toBe(true);
    await result.click();
    await page.waitForURL((url) => url.pathname === href.split('#')[0]);

    await page.goto(`${origin}${base}articles/${article}/`);
    const permalink = `${siteUrl}${base}articles/${article}/`;
    const copy = page.locator('.cite-box p.citation + button').first();
    await copy.click();
    // Read until written: the button's "Copied" lasts two seconds, which a busy machine can miss.
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toContain(permalink);
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('.cite-box a[href$=".bib"]').click()]);
    const saved = await download.path();
    // Read until written out: on a busy machine the file has been seen empty just after the download finished.
    await expect.poll(() => readFileSync(saved, 'utf8'), { timeout: 10_000, message: download.url() }).toContain(`url = {${permalink}}`);

    expect(watched).toEqual({ csp: [], foreign: [] });
    expect(requested.filter((url) => !url.startsWith(`${origin}${base}`))).toEqual([]);
    await context.close();
  });
});

describe('a build that must not be published', () => {
  const build = (env: Record<string, string | undefined>, ...args: string[]) => {
    // A variable given as undefined is left out, as on a machine where it was never set.
    const environment = Object.fromEntries(
      Object.entries({ ...process.env, CONTENT_ROOT: path.join(projectRoot, 'tests', 'fixtures', 'content'), NO_COLOR: '1', ...env }).filter(([, value]) => value !== undefined),
    );
    return spawnSync(process.execPath, [path.join(projectRoot, 'src', 'cli', 'build.mjs'), '--outDir', path.join(work, 'refused'), ...args], { cwd: projectRoot, encoding: 'utf8', env: environment });
  };

  it('is refused without SITE_URL unless asked for as a local preview, before anything is built', () => {
    const result = build({ SITE_URL: undefined, BASE_PATH: undefined });
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe(
      'build refused: SITE_URL is not set, so every link, canonical address and citation would point at http://127.0.0.1:4321. Set SITE_URL to the origin the site will be served from (and BASE_PATH to the path under it, if any), or build a preview for this machine only with: npm run build -- --preview',
    );
    expect(existsSync(path.join(work, 'refused'))).toBe(false);
  });

  it.each(['http://localhost:8080', 'http://0.0.0.0:8731', 'http://localhost.:4321'])('is refused for an address of this machine: %s', (siteUrl) => {
    const result = build({ SITE_URL: siteUrl });
    expect(result.status).toBe(1);
    expect(result.stderr.startsWith(`build refused: SITE_URL is ${siteUrl}, this machine, so every link`), result.stderr).toBe(true);
  });

  it('is refused when BASE_PATH is not a plain path', () => {
    const result = build({ SITE_URL: 'https://example.github.io', BASE_PATH: 'https://example.github.io/guarantees/' });
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe('build refused: BASE_PATH is the path under SITE_URL alone, not an address: "https://example.github.io/guarantees/" (e.g. BASE_PATH=/archive/).');
  });

  it('is refused when SITE_URL has a path, naming BASE_PATH', () => {
    const result = build({ SITE_URL: 'https://example.github.io/guarantees', BASE_PATH: undefined });
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe(
      'build refused: SITE_URL has a path, "/guarantees": set SITE_URL to the origin alone (https://example.github.io) and BASE_PATH to the path (BASE_PATH=/guarantees), or every link would point outside the site.',
    );
  });
});

describe('the GitHub Pages workflow', () => {
  const file = path.join(projectRoot, '.github', 'workflows', 'deploy.yml');
  const source = readFileSync(file, 'utf8');
  const workflow = yaml.load(source) as {
    on: Record<string, unknown>;
    permissions: Record<string, string>;
    concurrency: { group: string; 'cancel-in-progress': boolean };
    jobs: Record<string, { needs?: string; steps: { id?: string; uses?: string; run?: string; with?: Record<string, string>; env?: Record<string, string> }[] }>;
  };
  const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);
  /** @action-validator/cli checks a workflow against GitHub's schema (SchemaStore's, built into it): no network. */
  const validate = (workflowFile: string) =>
    spawnSync(process.execPath, [path.join(projectRoot, 'node_modules', '@action-validator', 'cli', 'cli.mjs'), workflowFile], { encoding: 'utf8' });

  it('is valid against the GitHub Actions workflow schema', () => {
    const result = validate(file);
    expect(result.stderr + result.stdout).toBe('');
    expect(result.status).toBe(0);
  });

  it('would fail the schema with a permission misspelt (the validator can fail)', () => {
    const planted = path.join(work, 'deploy.yml');
    writeFileSync(planted, source.replace('pages: write', 'pages: wirte'));
    expect(validate(planted).status).toBe(1);
  });

  it('runs on a push to main and by hand, one deployment at a time, with the least permissions Pages needs', () => {
    expect(workflow.on).toEqual({ push: { branches: ['main'] }, workflow_dispatch: null });
    expect(workflow.permissions).toEqual({ contents: 'read', pages: 'write', 'id-token': 'write' });
    expect(workflow.concurrency).toEqual({ group: 'pages', 'cancel-in-progress': false });
  });

  it('builds with npm ci and npm run build for the origin and base path Pages gives, and deploys dist/ with the official actions', () => {
    const actions = steps.filter((step) => step.uses).map((step) => step.uses!.split('@')[0]);
    expect(actions).toEqual(['actions/checkout', 'actions/configure-pages', 'actions/setup-node', 'actions/upload-pages-artifact', 'actions/deploy-pages']);
    const pages = steps.find((step) => step.uses?.startsWith('actions/configure-pages@'))!;
    const build = steps.find((step) => step.run === 'npm run build')!;
    expect(build.env).toMatchObject({ SITE_URL: `\${{ steps.${pages.id}.outputs.origin }}`, BASE_PATH: `\${{ steps.${pages.id}.outputs.base_path }}` });
    expect(steps.filter((step) => step.run).map((step) => step.run)).toEqual(['npm ci --no-audit --no-fund', 'npm run build']);
    expect(steps.find((step) => step.uses?.startsWith('actions/upload-pages-artifact@'))!.with).toEqual({ path: 'dist' });
    expect(workflow.jobs.deploy.needs).toBe('build');
  });
});
