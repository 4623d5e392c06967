/**
 * The articles collection's loader: each MDX file read as `npm run check` reads it, validated by
 * the collection's schema, and its body rendered to HTML once, here in the content layer
 * (src/lib/render-article.ts, in worker threads). The entry goes into Astro's data store, its
 * rendering into the build cache beside it (article-renderings.ts); both are kept between
 * builds, so an article whose file is unchanged, rendered by unchanged code, is not rendered again.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { parseArticleFile } from '../lib/article-file.ts';
import type { AnchorSource } from '../lib/remark-article-anchors.ts';
import type { RenderedBody, RenderJob } from './render-article-worker.ts';
import { hasRendering, keepRenderings, writeRendering } from './article-renderings.ts';
import { codeVersion } from './build-cache.ts';
import { runInWorkers } from './worker-pool.ts';

/**
 * What the rendered HTML depends on besides the file: the project's own code under src/lib and
 * the installed packages (package-lock.json). Any change to them renders every article again.
 */
function rendererVersion(projectRoot: string): string {
  const lib = path.join('src', 'lib');
  const sources = readdirSync(path.join(projectRoot, lib)).filter((n) => n.endsWith('.ts') && !n.endsWith('.test.ts')).sort();
  return codeVersion(projectRoot, sources.map((name) => path.join(lib, name)));
}

/** Bodies per message to a render worker. */
const BATCH = 20;

export function articleLoader(articlesDir: string): Loader {
  return {
    name: 'guarantees-article-loader',
    load: async ({ store, parseData, generateDigest, config, watcher }: LoaderContext) => {
      const projectRoot = fileURLToPath(config.root);
      const cacheDir = fileURLToPath(config.cacheDir);
      const version = rendererVersion(projectRoot);
      const worker = path.join(projectRoot, 'src', 'data', 'render-article-worker.ts');

      /** The articles among these files that changed since the store was written, read and validated. */
      async function changed(names: string[]) {
        const entries = [];
        for (const name of names) {
          const file = path.join(articlesDir, name);
          // The file name is the article's permalink, never derived from its title.
          const id = name.replace(/\.mdx$/, '');
          const source = readFileSync(file, 'utf8');
          const digest = generateDigest(`${version}\n${source}`);
          if (store.get(id)?.digest === digest && hasRendering(cacheDir, digest)) continue;
          const parsed = parseArticleFile(source);
          if (!parsed) throw new Error(`${file} has no YAML frontmatter between --- lines at its top`);
          const data = await parseData({ id, data: parsed.data as Record<string, unknown>, filePath: file });
          entries.push({ id, data, body: parsed.body, filePath: path.relative(projectRoot, file), digest });
        }
        return entries;
      }

      /** Renders the bodies in worker threads, on every core: the main thread only waits for them. */
      async function sync(names: string[]) {
        const entries = await changed(names);
        const rendered = await Promise.all(runInWorkers<RenderJob, RenderedBody>(worker, entries.map(({ body, data }) => ({ body, frontmatter: data as AnchorSource })), { batchSize: BATCH }));
        // The body's text is kept with its HTML, so the archive need not parse the body again.
        entries.forEach((entry, i) => {
          writeRendering(cacheDir, entry.digest, rendered[i]);
          store.set(entry);
        });
      }

      const names = readdirSync(articlesDir).filter((name) => name.endsWith('.mdx'));
      await sync(names);
      const ids = new Set(names.map((name) => name.replace(/\.mdx$/, '')));
      for (const id of store.keys()) if (!ids.has(id)) store.delete(id);
      keepRenderings(cacheDir, new Set(store.values().map((entry) => String(entry.digest))));

      // `astro dev`: render an article again when its file changes.
      if (!watcher) return;
      watcher.add(articlesDir);
      const inFolder = (file: string) => path.dirname(file) === path.resolve(articlesDir) && file.endsWith('.mdx');
      const reload = (file: string) => void (inFolder(file) && sync([path.basename(file)]));
      watcher.on('change', reload);
      watcher.on('add', reload);
      watcher.on('unlink', (file) => inFolder(file) && store.delete(path.basename(file, '.mdx')));
    },
  };
}
