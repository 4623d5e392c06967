import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { nodeVersionProblem } from './require-node.mjs';

describe('nodeVersionProblem', () => {
  it('accepts the required version and anything newer', () => {
    expect(nodeVersionProblem('v22.12.0', '>=22.12')).toBeNull();
    expect(nodeVersionProblem('v22.13.1', '>=22.12')).toBeNull();
    expect(nodeVersionProblem('v24.9.0', '>=22.12')).toBeNull();
  });

  it('rejects an older Node in one line that says what to install', () => {
    const problem = nodeVersionProblem('v20.20.2', '>=22.12');
    expect(problem).toBe(
      'Node v20.20.2 is too old for this project: it needs Node >=22.12 (install Node 24 LTS from https://nodejs.org, or run npm ci on linux-x64, which brings it).',
    );
    expect(nodeVersionProblem('v22.11.0', '>=22.12')).not.toBeNull();
  });

  it('lets the running Node through, as a script', () => {
    const script = fileURLToPath(new URL('./require-node.mjs', import.meta.url));
    const run = spawnSync(process.execPath, [script], { encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
  });
});
