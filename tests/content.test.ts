/**
 * The archive in content/ keeps every rule `npm run check` and the build enforce: the schema,
 * the integrity rules, the text verbatim from its capture. The rules themselves are tested, each
 * on a fixture that breaks it, in src/lib/integrity.test.ts.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContent } from '../src/cli/read-content.ts';
import { checkIntegrity, formatProblem } from '../src/lib/integrity.ts';
import { projectRoot } from './site-build.ts';

const TODAY = new Date().toISOString().slice(0, 10);

describe('the archive in content/', () => {
  const { archive, schemaProblems } = readContent(path.join(projectRoot, 'content'));

  it('matches the schema', () => {
    expect(schemaProblems.map((p) => formatProblem(p))).toEqual([]);
  });

  it('keeps every integrity rule, the capture rules included', () => {
    expect(archive.articles.length).toBeGreaterThan(0);
    expect(checkIntegrity(archive, TODAY).map((p) => formatProblem(p))).toEqual([]);
  });
});
