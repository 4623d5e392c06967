/** Worker thread for src/data/article-loader.ts: article bodies rendered off the main thread. */
import type { AnchorSource } from '../lib/remark-article-anchors.ts';
import { renderArticleBody } from '../lib/render-article.ts';
import { serveJobs } from './worker-pool.ts';

export type RenderedBody = Awaited<ReturnType<typeof renderArticleBody>>;

export interface RenderJob {
  body: string;
  frontmatter: AnchorSource;
}

serveJobs(({ body, frontmatter }: RenderJob) => renderArticleBody(body, frontmatter));
