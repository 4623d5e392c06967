// Runs first in every npm script: on a Node too old for Astro, say what to install in one
// line instead of letting a dependency fail with a stack trace. Plain JavaScript that any
// Node since 12 can run.
import { readFileSync } from 'node:fs';

/** The problem with running `version` (e.g. "v20.1.0") where `range` (">=22.12") is needed, or null. */
export function nodeVersionProblem(version, range) {
  const need = range.replace(/^>=\s*/, '').split('.').map(Number);
  const have = version.replace(/^v/, '').split('.').map(Number);
  for (let i = 0; i < need.length; i++) {
    if ((have[i] || 0) > (need[i] || 0)) return null;
    if ((have[i] || 0) < (need[i] || 0)) {
      return `Node ${version} is too old for this project: it needs Node ${range} (install Node 24 LTS from https://nodejs.org, or run npm ci on linux-x64, which brings it).`;
    }
  }
  return null;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { engines } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
  const problem = nodeVersionProblem(process.version, engines.node);
  if (problem) {
    console.error(problem);
    process.exit(1);
  }
}
