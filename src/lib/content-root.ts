import { createHash } from 'node:crypto';
import path from 'node:path';

/** The content folder the site is built from: `content/` unless CONTENT_ROOT names another. */
export function resolveContentRoot(projectRoot: string, env: NodeJS.ProcessEnv = process.env): string {
  return path.resolve(projectRoot, env.CONTENT_ROOT || 'content');
}

/**
 * Astro keeps its content store in its cache folder. A build from another content root
 * (a test fixture, a benchmark corpus) gets a cache of its own, so it can neither read
 * nor spoil the cache of a build from `content/`.
 */
export function cacheDirFor(projectRoot: string, contentRoot: string): string {
  const base = path.join(projectRoot, 'node_modules', '.astro');
  if (contentRoot === path.join(projectRoot, 'content')) return base;
  const key = createHash('sha256').update(contentRoot).digest('hex').slice(0, 12);
  return path.join(base, 'content-roots', key);
}
