// @ts-check
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { existsSync } from 'node:fs';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import remarkGfm from 'remark-gfm';
import { cacheDirFor, resolveContentRoot } from './src/lib/content-root.ts';
import { BASE_PATH, SITE_URL, siteAddressProblem } from './src/lib/site-config.ts';
import sitemap from '@astrojs/sitemap';
import { staticFiles } from './src/integrations/static-files.ts';

const projectRoot = path.dirname(fileURLToPath(import.meta.url));
const contentRoot = resolveContentRoot(projectRoot);
if (!existsSync(contentRoot)) {
  throw new Error(`Content folder not found: ${contentRoot} (set by CONTENT_ROOT)`);
}
// As given, not as SITE_URL writes it (its origin alone): a path given in it is refused, not dropped.
const addressProblem = siteAddressProblem();
if (addressProblem) throw new Error(addressProblem);

export default defineConfig({
  // Permalinks are absolute: SITE_URL and BASE_PATH say where the site is hosted.
  site: SITE_URL,
  base: BASE_PATH,
  trailingSlash: 'ignore',
  // 'jsx' (the default) drops the whitespace between inline elements, gluing words
  // together; HTML-aware compression keeps word boundaries for readers and for search.
  compressHTML: true,
  cacheDir: cacheDirFor(projectRoot, contentRoot),
  // Styles and scripts as files, never inline, so a strict Content-Security-Policy holds.
  // Pages render eight at a time, so one page's file writes overlap the next page's work.
  build: { inlineStylesheets: 'never', concurrency: 8 },
  markdown: {
    // Article bodies are MDX rendered by the articles' content loader (src/data/article-loader.ts),
    // with remark-gfm and the anchors plugin. This pipeline serves any other Markdown or MDX:
    // GFM from remark-gfm, smart quotes off (quotes stay as written), no syntax highlighting (no
    // page shows code, and Shiki's inline styles would break the Content-Security-Policy).
    processor: unified({ gfm: false, smartypants: false, remarkPlugins: [remarkGfm] }),
    syntaxHighlight: false,
  },
  integrations: [mdx(), sitemap(), staticFiles(path.join(contentRoot, 'captures'))],
  // A strict Content-Security-Policy on every page, as a <meta> tag. Nothing inline, nothing
  // from elsewhere; the search page alone adds 'wasm-unsafe-eval' for Pagefind's WebAssembly.
  // An article's, claim's or capture's page is copied from the last build while its view's
  // digest and its code are unchanged (src/data/page-views.ts): a rebuild renders what changed.
  experimental: { incrementalBuild: true },
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self'",
        "connect-src 'self'",
        "font-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
  vite: {
    // Content from another root (fixtures, benchmark corpora) lives outside the project.
    server: { fs: { allow: [projectRoot, contentRoot] } },
    build: { assetsInlineLimit: 0 },
  },
});
