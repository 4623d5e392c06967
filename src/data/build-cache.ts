/** The build cache: where this content folder's build keeps what it reuses, and what its entries depend on besides their input. */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { cacheDirFor, resolveContentRoot } from '../lib/content-root.ts';

/** Astro's cacheDir (astro.config.mjs), one per content folder: the articles' renderings and the formatted citations live there. */
export const BUILD_CACHE_DIR = cacheDirFor(process.cwd(), resolveContentRoot(process.cwd()));

/** A digest of the source files (paths from the project root) that make a cached result, and of the installed packages. */
export function codeVersion(projectRoot: string, sources: string[]): string {
  const hash = createHash('sha256');
  for (const source of sources) hash.update(source).update(readFileSync(path.join(projectRoot, source)));
  return hash.update(readFileSync(path.join(projectRoot, 'package-lock.json'))).digest('hex');
}
