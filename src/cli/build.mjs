// `npm run build`: the content rules (the same as `npm run check`) and Astro's build start
// together; Astro's output is held back until the rules pass, so a broken archive fails with
// file:line:column messages only, Astro stopped, while a sound one loses no time to the check.
// Then Pagefind indexes the site. Any step failing fails the build, and so does an index that
// missed a page marked for search.
// Usage: node src/cli/build.mjs [--outDir DIR]   (content from CONTENT_ROOT, default content/)
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const at = process.argv.indexOf('--outDir');
const outDir = path.resolve(at > 0 ? process.argv[at + 1] : path.join(projectRoot, 'dist'));
const bin = (pkg, file) => path.join(projectRoot, 'node_modules', pkg, file);

const running = new Set();
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    for (const child of running) child.kill(signal);
    process.exit(signal === 'SIGINT' ? 130 : 143);
  });
}

/** Starts a step; its output is kept back (`held`) until `release`, then passed through as it comes. */
function step(args, env = {}) {
  const child = spawn(process.execPath, args, {
    cwd: projectRoot,
    stdio: ['ignore', 'pipe', 'pipe'],
    // Colours as if the step wrote to this terminal itself.
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...(process.stdout.isTTY ? { FORCE_COLOR: '1' } : {}), ...env },
  });
  running.add(child);
  let held = [];
  const keep = (stream) => (chunk) => (held ? held.push([stream, chunk]) : stream.write(chunk));
  child.stdout.on('data', keep(process.stdout));
  child.stderr.on('data', keep(process.stderr));
  const exited = new Promise((resolve) => child.once('close', (code, signal) => (running.delete(child), resolve(code ?? signal))));
  const release = () => {
    for (const [stream, chunk] of held ?? []) stream.write(chunk);
    held = null;
  };
  return { child, exited, release };
}

function fail(label, status) {
  console.error(`build failed: ${label}${status === 1 ? '' : ` (exit ${status})`}`);
  process.exit(1);
}

function pagesMarkedForSearch(dir) {
  return readdirSync(dir).reduce((count, name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return count + pagesMarkedForSearch(full);
    return name.endsWith('.html') && readFileSync(full, 'utf8').includes('data-pagefind-body') ? count + 1 : count;
  }, 0);
}

if (!process.env.SITE_URL) {
  console.log('SITE_URL is not set: links, canonical addresses and citations point at the local preview, http://127.0.0.1:4321 (set SITE_URL to where the site will be served).');
}
const check = step([path.join(projectRoot, 'src/cli/check.ts')]);
// V8 grows its heap lazily when the machine has memory to spare; a ceiling makes it collect
// sooner, which keeps the build's memory in check (see the benchmark in the README).
const astro = step(['--max-old-space-size=3072', bin('astro', 'bin/astro.mjs'), 'build', '--outDir', outDir], { CONTENT_CHECKED: '1' });
check.release();
const checked = await check.exited;
if (checked !== 0) {
  astro.child.kill('SIGTERM');
  fail('the content breaks the rules above', checked);
}
astro.release();
const built = await astro.exited;
if (built !== 0) fail('astro build', built);
const pagefind = step([bin('pagefind', 'lib/runner/bin.cjs'), '--site', outDir]);
pagefind.release();
const indexedStatus = await pagefind.exited;
if (indexedStatus !== 0) fail('pagefind', indexedStatus);

const entry = JSON.parse(readFileSync(path.join(outDir, 'pagefind', 'pagefind-entry.json'), 'utf8'));
const indexed = Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
const marked = pagesMarkedForSearch(outDir);
if (indexed !== marked || indexed === 0) {
  console.error(`build failed: Pagefind indexed ${indexed} pages, but ${marked} are marked data-pagefind-body`);
  process.exit(1);
}
console.log(`Search index: ${indexed} pages.`);
