/** Builds the site as `npm run build` does (Astro, then Pagefind), from any content folder into any output folder. */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { cacheDirFor } from '../src/lib/content-root.ts';

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const buildCli = path.join(projectRoot, 'src', 'cli', 'build.mjs');

export interface BuildResult {
  status: number | null;
  /** stdout and stderr together, colour codes removed. */
  output: string;
}

/**
 * `env` is added to this process's environment (an empty SITE_URL counts as not set). Without a
 * SITE_URL the build is a local preview (`--preview`), as `npm start` builds it.
 */
export function buildSite(contentRoot: string, outDir: string, env: Record<string, string> = {}): BuildResult {
  const preview = (env.SITE_URL ?? process.env.SITE_URL) ? [] : ['--preview'];
  const result = spawnSync(process.execPath, [buildCli, '--outDir', outDir, ...preview], {
    cwd: projectRoot,
    encoding: 'utf8',
    env: { ...process.env, ...env, CONTENT_ROOT: contentRoot, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
  });
  // eslint-disable-next-line no-control-regex
  const output = `${result.stdout}\n${result.stderr}`.replace(/\x1b\[[0-9;]*m/g, '');
  return { status: result.status, output };
}

/** Removes the build cache Astro keeps for a temporary content folder (see cacheDirFor). */
export function removeBuildCache(contentRoot: string): void {
  rmSync(cacheDirFor(projectRoot, contentRoot), { recursive: true, force: true });
}
