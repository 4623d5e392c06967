// @ts-check
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { existsSync } from 'node:fs';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import remarkGfm from 'remark-gfm';
import { cacheDirFor, resolveContentRoot } from './src/lib/content-root.ts';
import remarkArticleAnchors from './src/lib/remark-article-anchors.ts';

const projectRoot = path.dirname(fileURLToPath(import.meta.url));
const contentRoot = resolveContentRoot(projectRoot);
if (!existsSync(contentRoot)) {
  throw new Error(`Content folder not found: ${contentRoot} (set by CONTENT_ROOT)`);
}

export default defineConfig({
  // 'jsx' (the default) drops the whitespace between inline elements, gluing words
  // together; HTML-aware compression keeps word boundaries for readers and for search.
  compressHTML: true,
  cacheDir: cacheDirFor(projectRoot, contentRoot),
  // Styles and scripts as files, never inline, so a strict Content-Security-Policy holds.
  build: { inlineStylesheets: 'never' },
  markdown: {
    // The unified pipeline, so our remark/rehype plugins run. GFM comes from remark-gfm;
    // smart quotes stay off: the outlets' straight and curly quotes are kept as printed.
    // remarkArticleAnchors gives paragraphs their #p-N ids and marks quoted claims (#q-…).
    processor: unified({ gfm: false, smartypants: false, remarkPlugins: [remarkGfm, remarkArticleAnchors] }),
  },
  integrations: [mdx()],
  vite: {
    // Content from another root (fixtures, benchmark corpora) lives outside the project.
    server: { fs: { allow: [projectRoot, contentRoot] } },
    build: { assetsInlineLimit: 0 },
  },
});
