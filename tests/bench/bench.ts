/**
 * `npm run bench`: builds synthetic archives of 5, 500, 2,000 and 5,000 articles through the
 * real build (Astro, integrity rules, Pagefind) and measures wall time, peak memory of the whole
 * process tree, output and index size, and a first search in Chromium. Prints a table and
 * writes tests/bench/results.json. Not a test: nothing here passes or fails but the targets line.
 * Usage: npm run bench [-- 5 500]   (sizes; default 5 500 2000 5000)
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { launchChromium } from '../browser.ts';
import { measureFirstSearch } from '../measure-search.ts';
import { projectRoot } from '../site-build.ts';
import { serveSite } from '../static-server.ts';
import { writeCorpus } from './corpus.ts';

const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
const SIZES = sizes.length > 0 ? sizes : [5, 500, 2000, 5000];

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

function build(contentRoot: string, outDir: string): Promise<{ seconds: number; peakBytes: number }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, [path.join(projectRoot, 'src/cli/build.mjs'), '--outDir', outDir], {
      cwd: projectRoot,
      env: { ...process.env, CONTENT_ROOT: contentRoot, ASTRO_TELEMETRY_DISABLED: '1' },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    let peakBytes = 0;
    const poll = setInterval(() => (peakBytes = Math.max(peakBytes, treeRss(child.pid!))), 100);
    child.on('exit', (code) => {
      clearInterval(poll);
      if (code !== 0) reject(new Error(`build of ${contentRoot} failed:\n${stderr.slice(-3000)}`));
      else resolve({ seconds: (performance.now() - started) / 1000, peakBytes });
    });
  });
}

const rows = [];
const browser = await launchChromium();
for (const articles of SIZES) {
  const work = mkdtempSync(path.join(os.tmpdir(), `guarantees-bench-${articles}-`));
  try {
    const contentRoot = path.join(work, 'content');
    const outDir = path.join(work, 'dist');
    writeCorpus(contentRoot, articles);
    const { seconds, peakBytes } = await build(contentRoot, outDir);
    const site = await serveSite(outDir);
    const search = await measureFirstSearch(browser, site.origin, 'alliance');
    await site.close();
    const row = {
      articles,
      pages: readdirSync(path.join(outDir, 'articles')).length + readdirSync(path.join(outDir, 'claims')).length,
      buildSeconds: Number(seconds.toFixed(1)),
      msPerArticle: Number(((seconds * 1000) / articles).toFixed(1)),
      peakMemoryMB: Math.round(peakBytes / 2 ** 20),
      outputMB: Number((folderSize(outDir) / 2 ** 20).toFixed(1)),
      indexMB: Number((folderSize(path.join(outDir, 'pagefind')) / 2 ** 20).toFixed(1)),
      firstSearchMs: search.ms,
      firstSearchKB: Math.round(search.searchBytes / 1024),
    };
    rows.push(row);
    console.log(JSON.stringify(row));
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
await browser.close();

const header = ['articles', 'pages', 'build s', 'ms/article', 'peak MB', 'output MB', 'index MB', 'first search ms', 'first search KB'];
const lines = rows.map((r) => [r.articles, r.pages, r.buildSeconds, r.msPerArticle, r.peakMemoryMB, r.outputMB, r.indexMB, r.firstSearchMs, r.firstSearchKB].map(String));
const table = [header, header.map((h) => '-'.repeat(h.length)), ...lines].map((cells) => `| ${cells.join(' | ')} |`).join('\n');
console.log(`\n${table}\n`);

const machine = `${os.cpus().length} cores (${os.cpus()[0]?.model.trim()}), ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${os.platform()} ${os.release()}`;
const largest = rows.find((r) => r.articles === 5000);
const mid = rows.find((r) => r.articles === 500);
if (largest) {
  const ratio = mid ? largest.msPerArticle / mid.msPerArticle : null;
  console.log(
    `Targets at 5,000 articles: build ${largest.buildSeconds} s (target < 300), peak ${largest.peakMemoryMB} MB (target < 4096)` +
      (ratio === null ? '' : `, per-article cost ${ratio.toFixed(2)}× that at 500 (target ≤ 1.2)`),
  );
}
writeFileSync(path.join(projectRoot, 'tests/bench/results.json'), `${JSON.stringify({ date: new Date().toISOString(), machine, rows }, null, 2)}\n`);
console.log(`Machine: ${machine}\nWritten: tests/bench/results.json`);
