// `npm run build`: Astro's build, which runs the content rules (those of `npm run check`) on the
// texts it has just rendered, then Pagefind over the site. Astro's output is held back until the
// rules hold (the archive module says so over IPC); if Astro fails before that (or never says
// so), `npm run check` reads the content itself, so a broken archive fails with its
// file:line:column messages only.
// A sound archive is parsed once: the check's own parse would cost as much CPU as rendering.
// Any step failing fails the build, and so does an index that missed a page marked for search.
// Addresses come from SITE_URL and BASE_PATH (src/lib/site-config.ts). A build whose addresses
// would name this machine is refused unless asked for as a local preview (`--preview`, which
// `npm start` and the tests use): such a build must never be published, and its robots.txt
// turns every crawler away.
// Usage: node src/cli/build.mjs [--outDir DIR] [--preview]   (content from CONTENT_ROOT, default content/)
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { CONTENT_RULES_HOLD } from '../lib/build-signal.ts';
import { pagefindGlob } from '../lib/search-index.ts';
import { GIVEN_SITE_URL, isLoopbackOrigin, PREVIEW_ORIGIN, siteAddressProblem } from '../lib/site-config.ts';

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

/** Starts a step (a Node script unless `program` says); its output is kept back (`held`) until `release`, then passed through as it comes. */
function step(args, program = process.execPath) {
  const child = spawn(program, args, {
    cwd: projectRoot,
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    // Colours as if the step wrote to this terminal itself.
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...(process.stdout.isTTY ? { FORCE_COLOR: '1' } : {}) },
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
  return { child, exited, release, released: () => held === null };
}

function fail(label, status) {
  console.error(`build failed: ${label}${status === 1 ? '' : ` (exit ${status})`}`);
  process.exit(1);
}

/** The pages marked for the index (data-pagefind-body), as paths under the site's folder. */
function pagesMarkedForSearch(site) {
  return readdirSync(site, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => path.relative(site, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .filter((page) => readFileSync(path.join(site, page)).includes('data-pagefind-body'));
}

const addressProblem = siteAddressProblem();
if (addressProblem) {
  console.error(`build refused: ${addressProblem}.`);
  process.exit(1);
}
if (isLoopbackOrigin(GIVEN_SITE_URL) && !process.argv.includes('--preview')) {
  console.error(
    `build refused: ${process.env.SITE_URL ? `SITE_URL is ${GIVEN_SITE_URL}, this machine` : 'SITE_URL is not set'}, so every link, canonical address and citation would point at ${GIVEN_SITE_URL}. ` +
      'Set SITE_URL to the origin the site will be served from (and BASE_PATH to the path under it, if any), or build a preview for this machine only with: npm run build -- --preview',
  );
  process.exit(1);
}
if (!process.env.SITE_URL) {
  console.log(`SITE_URL is not set: links, canonical addresses and citations point at the local preview, ${PREVIEW_ORIGIN} (set SITE_URL to where the site will be served).`);
}
// V8 grows its heap lazily when the machine has memory to spare: with the default growing
// factor (up to 4×) the heap reached 950 MB before collecting 355 MB of live data at 5,000
// articles. Growing by half the live data at most, and a ceiling, keep the build's memory in
// check at no measurable cost in time (see tests/bench/README.md).
const astro = step(['--max-old-space-size=3072', '--heap-growing-percent=50', bin('astro', 'bin/astro.mjs'), 'build', '--outDir', outDir]);
astro.child.on('message', (message) => message === CONTENT_RULES_HOLD && astro.release());
const built = await astro.exited;
// Astro failed before the rules held, or never loaded the archive: the check says whether the content is at fault.
if (!astro.released()) {
  const check = step([path.join(projectRoot, 'src/cli/check.ts')]);
  const checked = await check.exited;
  if (checked !== 0) {
    check.release();
    fail('the content breaks the rules above', checked);
  }
  astro.release();
}
if (built !== 0) fail('astro build', built);
const marked = pagesMarkedForSearch(outDir);
// Pagefind's binary, found as its npm wrapper finds it: the wrapper, a Node process, would only
// wait for it, adding some 50 MB to the build's peak, which Pagefind sets at 10,000 articles.
const { resolveBinaryPath } = await import(pathToFileURL(bin('pagefind', 'lib/resolveBinary.js')).href);
const pagefind = step(['--site', outDir, '--glob', pagefindGlob(marked)], resolveBinaryPath(['pagefind_extended', 'pagefind']));
pagefind.release();
const indexedStatus = await pagefind.exited;
if (indexedStatus !== 0) fail('pagefind', indexedStatus);

const entry = JSON.parse(readFileSync(path.join(outDir, 'pagefind', 'pagefind-entry.json'), 'utf8'));
const indexed = Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
if (indexed !== marked.length || indexed === 0) {
  console.error(`build failed: Pagefind indexed ${indexed} pages, but ${marked.length} are marked data-pagefind-body`);
  process.exit(1);
}
console.log(`Search index: ${indexed} pages.`);
