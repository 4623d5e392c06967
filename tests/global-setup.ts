import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { missingPrerequisites } from './prerequisites.ts';
import { buildSite, projectRoot } from './site-build.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The site built from content/, for build-output and browser tests. */
    siteDir: string;
  }
}

/** Builds content/ once, into a temporary folder, never into dist/. */
export default function setup(project: TestProject) {
  // The browser and HTML tests are part of every run: without Chromium or Java the run stops here, saying why.
  const missing = missingPrerequisites();
  if (missing.length > 0) throw new Error(missing.join('\n'));

  const tempRoot = mkdtempSync(path.join(os.tmpdir(), 'guarantees-site-'));
  const siteDir = path.join(tempRoot, 'dist');
  const result = buildSite(path.join(projectRoot, 'content'), siteDir);
  if (result.status !== 0) {
    throw new Error(`The site does not build from content/:\n${result.output}`);
  }
  project.provide('siteDir', siteDir);
  return () => rmSync(tempRoot, { recursive: true, force: true });
}
