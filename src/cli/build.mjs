// `npm run build`: the content rules first (the same as `npm run check`, so a broken archive
// fails in seconds with file:line:column messages, before Astro starts), then Astro builds the
// site and Pagefind indexes it. Any step failing fails the build, and so does an index that
// missed a page marked for search.
// Usage: node src/cli/build.mjs [--outDir DIR]   (content from CONTENT_ROOT, default content/)
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const at = process.argv.indexOf('--outDir');
const outDir = path.resolve(at > 0 ? process.argv[at + 1] : path.join(projectRoot, 'dist'));
const bin = (pkg, file) => path.join(projectRoot, 'node_modules', pkg, file);

function run(label, args, env = {}) {
  const result = spawnSync(process.execPath, args, { cwd: projectRoot, stdio: 'inherit', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env } });
  if (result.status !== 0) {
    console.error(`build failed: ${label}${result.status === 1 ? '' : ` (exit ${result.status ?? result.signal})`}`);
    process.exit(1);
  }
}

function pagesMarkedForSearch(dir) {
  return readdirSync(dir).reduce((count, name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return count + pagesMarkedForSearch(full);
    return name.endsWith('.html') && readFileSync(full, 'utf8').includes('data-pagefind-body') ? count + 1 : count;
  }, 0);
}

// V8 grows its heap lazily when the machine has memory to spare; a ceiling makes it collect
// sooner, which keeps a 5,000-article build within 4 GB (see the benchmark in the README).
if (!process.env.SITE_URL) {
  console.log('SITE_URL is not set: links, canonical addresses and citations point at the local preview, http://127.0.0.1:4321 (set SITE_URL to where the site will be served).');
}
run('the content breaks the rules above', [path.join(projectRoot, 'src/cli/check.ts')]);
run('astro build', ['--max-old-space-size=3072', bin('astro', 'bin/astro.mjs'), 'build', '--outDir', outDir], { CONTENT_CHECKED: '1' });
run('pagefind', [bin('pagefind', 'lib/runner/bin.cjs'), '--site', outDir]);

const entry = JSON.parse(readFileSync(path.join(outDir, 'pagefind', 'pagefind-entry.json'), 'utf8'));
const indexed = Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
const marked = pagesMarkedForSearch(outDir);
if (indexed !== marked || indexed === 0) {
  console.error(`build failed: Pagefind indexed ${indexed} pages, but ${marked} are marked data-pagefind-body`);
  process.exit(1);
}
console.log(`Search index: ${indexed} pages.`);
