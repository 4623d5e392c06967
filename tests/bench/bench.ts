/**
 * `npm run bench`: builds synthetic archives (tests/bench/corpus.ts) through the real build
 * (content check, Astro, Pagefind) and, side by side, through a plain Astro + @astrojs/mdx site
 * with remark-gfm and one trivial page per article, the same bodies. For each size: wall time
 * and peak memory of the whole process tree, a cold build (no cache) and a rebuild after one
 * article changed (warm caches), output and index size, and the time from a keystroke to the
 * first result in Chromium, beyond the typing pause, beside one bare Pagefind search of the
 * same word (tests/measure-search.ts; median and 90th percentile of ten runs). Prints a
 * table and writes tests/bench/results.json. Not a test: nothing here passes or fails.
 * Usage: npm run bench [-- 5 500]   (sizes; default 5 500 2000 5000 10000)
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { launchChromium } from '../browser.ts';
import { measureSearch, median, percentile } from '../measure-search.ts';
import { projectRoot, removeBuildCache } from '../site-build.ts';
import { serveSite } from '../static-server.ts';
import { writeCorpus } from './corpus.ts';

const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
const SIZES = sizes.length > 0 ? sizes : [5, 500, 2000, 5000, 10000];

/** Resident memory of a process and all its descendants, from /proc (Linux). */
function treeRss(pid: number): number {
  let total = 0;
  const stack = [pid];
  while (stack.length > 0) {
    const current = stack.pop()!;
    try {
      const status = readFileSync(`/proc/${current}/status`, 'utf8');
      total += Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? 0) * 1024;
      for (const task of readdirSync(`/proc/${current}/task`)) {
        const children = readFileSync(`/proc/${current}/task/${task}/children`, 'utf8').trim();
        if (children) stack.push(...children.split(/\s+/).map(Number));
      }
    } catch {
      // The process ended between two reads.
    }
  }
  return total;
}

function folderSize(dir: string): number {
  return readdirSync(dir).reduce((sum, name) => {
    const full = path.join(dir, name);
    const stat = statSync(full);
    return sum + (stat.isDirectory() ? folderSize(full) : stat.size);
  }, 0);
}

interface Run {
  seconds: number;
  peakMB: number;
}

/** Runs a build command to its end, measuring wall time and the peak memory of its process tree. */
function measure(args: string[], env: Record<string, string>, cwd = projectRoot): Promise<Run> {
  // Each build starts once the disk has written what came before (the corpus just made, the
  // last build's output), so no build pays for another's writes.
  execFileSync('sync');
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, args, { cwd, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    let peak = 0;
    const poll = setInterval(() => (peak = Math.max(peak, treeRss(child.pid!))), 100);
    child.on('exit', (code) => {
      clearInterval(poll);
      if (code !== 0) reject(new Error(`${args.join(' ')} failed:\n${output.slice(-3000)}`));
      else resolve({ seconds: Number(((performance.now() - started) / 1000).toFixed(1)), peakMB: Math.round(peak / 2 ** 20) });
    });
  });
}

const buildProject = (contentRoot: string, outDir: string) => measure([path.join(projectRoot, 'src/cli/build.mjs'), '--outDir', outDir, '--preview'], { CONTENT_ROOT: contentRoot });

/**
 * The framework's floor: a plain Astro site with @astrojs/mdx (unified, remark-gfm) rendering
 * the same article files, one trivial page each, no schema, no Pagefind. Written inside
 * node_modules so it resolves the project's packages.
 */
function writePlainSite(dir: string, articlesDir: string): void {
  mkdirSync(path.join(dir, 'src', 'pages', 'articles'), { recursive: true });
  writeFileSync(
    path.join(dir, 'astro.config.mjs'),
    `import mdx from '@astrojs/mdx';\nimport { unified } from '@astrojs/markdown-remark';\nimport { defineConfig } from 'astro/config';\nimport remarkGfm from 'remark-gfm';\n` +
      `export default defineConfig({ markdown: { syntaxHighlight: false, processor: unified({ gfm: false, smartypants: false, remarkPlugins: [remarkGfm] }) }, integrations: [mdx()] });\n`,
  );
  writeFileSync(
    path.join(dir, 'src', 'content.config.ts'),
    `import { defineCollection } from 'astro/content/config';\nimport { glob } from 'astro/loaders';\n` +
      `export const collections = { articles: defineCollection({ loader: glob({ pattern: '*.mdx', base: ${JSON.stringify(articlesDir)} }) }) };\n`,
  );
  writeFileSync(
    path.join(dir, 'src', 'pages', 'articles', '[id].astro'),
    `---\nimport { getCollection, render } from 'astro:content';\nexport async function getStaticPaths() {\n  return (await getCollection('articles')).map((entry) => ({ params: { id: entry.id }, props: { entry } }));\n}\n` +
      `const { Content } = await render(Astro.props.entry);\n---\n<html lang="en"><head><title>{Astro.props.entry.id}</title></head><body><Content /></body></html>\n`,
  );
}

/** One article changed as an editor might: the first claim's quote shortened by its last word. */
function changeOneArticle(contentRoot: string): void {
  const dir = path.join(contentRoot, 'articles');
  const file = path.join(dir, readdirSync(dir).sort()[0]);
  const source = readFileSync(file, 'utf8');
  const changed = source.replace(/(quotes:\n\s+- text: )(.+) \S+$/m, '$1$2');
  if (changed === source) throw new Error(`could not change ${file}`);
  writeFileSync(file, changed);
}

const rows = [];
const browser = await launchChromium();
const plainRoot = mkdtempSync(path.join(projectRoot, 'node_modules', '.bench-plain-'));
// Removed at the end, not after each size: on a disk like this machine's (ext4 without a
// journal), creating files is slow for minutes after many were deleted (tests/bench/README.md).
const works: string[] = [];
try {
  for (const articles of SIZES) {
    const work = mkdtempSync(path.join(os.tmpdir(), `guarantees-bench-${articles}-`));
    works.push(work);
    const contentRoot = path.join(work, 'content');
    writeCorpus(contentRoot, articles);
    removeBuildCache(contentRoot);
    const cold = await buildProject(contentRoot, path.join(work, 'cold'));
    changeOneArticle(contentRoot);
    const outDir = path.join(work, 'warm');
    const warm = await buildProject(contentRoot, outDir);

    const plainDir = path.join(plainRoot, String(articles));
    writePlainSite(plainDir, path.join(contentRoot, 'articles'));
    const plain = await measure([path.join(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'build', '--root', plainDir], {}, plainDir);

    const site = await serveSite(outDir);
    const search = await measureSearch(browser, site.origin, 'alliance', 10);
    await site.close();
    const row = {
      articles,
      pages: readdirSync(path.join(outDir, 'articles')).length + readdirSync(path.join(outDir, 'claims')).length,
      coldSeconds: cold.seconds,
      coldPeakMB: cold.peakMB,
      plainSeconds: plain.seconds,
      plainPeakMB: plain.peakMB,
      warmSeconds: warm.seconds,
      warmPeakMB: warm.peakMB,
      outputMB: Number((folderSize(outDir) / 2 ** 20).toFixed(1)),
      indexMB: Number((folderSize(path.join(outDir, 'pagefind')) / 2 ** 20).toFixed(1)),
      searchMs: median(search.page),
      searchP90Ms: percentile(search.page, 90),
      pagefindMs: median(search.pagefind),
      pagefindP90Ms: percentile(search.pagefind, 90),
      pagefindDataMs: median(search.pagefindData),
      searchKB: Math.round(search.searchBytes / 1024),
    };
    rows.push(row);
    console.log(JSON.stringify(row));
  }
} finally {
  await browser.close();
  for (const work of works) {
    removeBuildCache(path.join(work, 'content'));
    rmSync(work, { recursive: true, force: true });
  }
  rmSync(plainRoot, { recursive: true, force: true });
}

const ratio = (a: number, b: number) => `${(a / b).toFixed(1)}×`;
const header = ['articles', 'pages', 'cold build s', 'peak MB', 'plain Astro+MDX s', 'peak MB', 'ratio s / MB', 'rebuild, 1 changed, s', 'peak MB', 'output MB', 'index MB', 'search ms after the pause, median / p90', 'one Pagefind search ms, median / p90', 'the same with its first 5 results\' data, median'];
const lines = rows.map((r) => [
  r.articles, r.pages, r.coldSeconds, r.coldPeakMB, r.plainSeconds, r.plainPeakMB,
  `${ratio(r.coldSeconds, r.plainSeconds)} / ${ratio(r.coldPeakMB, r.plainPeakMB)}`,
  r.warmSeconds, r.warmPeakMB, r.outputMB, r.indexMB, `${r.searchMs} / ${r.searchP90Ms}`, `${r.pagefindMs} / ${r.pagefindP90Ms}`, r.pagefindDataMs,
].map(String));
const table = [header, header.map(() => '---'), ...lines].map((cells) => `| ${cells.join(' | ')} |`).join('\n');
console.log(`\n${table}\n`);

const machine = `${os.cpus().length} cores (${os.cpus()[0]?.model.trim()}), ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${os.platform()} ${os.release()}`;
writeFileSync(path.join(projectRoot, 'tests/bench/results.json'), `${JSON.stringify({ date: new Date().toISOString(), machine, rows }, null, 2)}\n`);
console.log(`Machine: ${machine}\nWritten: tests/bench/results.json`);
