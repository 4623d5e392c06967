/** What a build cache's entries depend on besides their input. */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';

/** A digest of the source files (paths from the project root) that make a cached result, and of the installed packages. */
export function codeVersion(projectRoot: string, sources: string[]): string {
  const hash = createHash('sha256');
  for (const source of sources) hash.update(source).update(readFileSync(path.join(projectRoot, source)));
  return hash.update(readFileSync(path.join(projectRoot, 'package-lock.json'))).digest('hex');
}
