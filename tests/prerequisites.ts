/**
 * What `npm test` needs beyond Node: Debian's Chromium for the browser tests, a Java runtime
 * for the W3C Nu HTML Checker, and Debian's nginx for the deployment tests. Checked first, so a missing one is said in one line at once,
 * not minutes into the run. Run as a script (`npm test` does), or called by the global setup.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { chromiumMissing } from './browser.ts';
import { nginxMissing } from './nginx.ts';

export function javaMissing(): string | null {
  const java = spawnSync('java', ['-version'], { encoding: 'utf8' });
  return java.status === 0 ? null : 'Java not found: the HTML checks run the W3C Nu HTML Checker on it; install it with "apt-get install default-jre-headless".';
}

export function missingPrerequisites(): string[] {
  return [chromiumMissing(), javaMissing(), nginxMissing()].filter((problem): problem is string => problem !== null);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const missing = missingPrerequisites();
  for (const problem of missing) console.error(`npm test: ${problem}`);
  if (missing.length > 0) process.exit(1);
}
