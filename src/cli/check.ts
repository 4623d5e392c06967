// `npm run check [file…]`: the schema, integrity and capture rules over a content folder, without
// rendering anything, in a few seconds. Problems print as `file:line:column: field: message`,
// which editors (VS Code's terminal, vim's quickfix) jump to. With files named, only their
// problems are shown (the rules still read the whole archive, since they span articles).
// Content from CONTENT_ROOT, default content/. Exit status 1 when any rule is broken.
import path from 'node:path';
import { checkIntegrity, formatProblem } from '../lib/integrity.ts';
import { positionOf } from '../lib/source-positions.ts';
import { resolveContentRoot } from '../lib/content-root.ts';
import { readContent, shownPath } from './read-content.ts';

const started = performance.now();
const contentRoot = resolveContentRoot(process.cwd());
const { archive, schemaProblems, sources } = readContent(contentRoot);
const today = new Date().toISOString().slice(0, 10);
const problems = [...schemaProblems, ...checkIntegrity(archive, today)];
const only = new Set(process.argv.slice(2).map((file) => shownPath(path.resolve(file))));
const shown = only.size > 0 ? problems.filter((problem) => only.has(problem.file)) : problems;

for (const problem of shown) {
  const source = sources.get(problem.file);
  console.log(formatProblem(problem, problem.position ?? (source === undefined ? undefined : positionOf(source, problem.field, problem.offset))));
}
const seconds = ((performance.now() - started) / 1000).toFixed(1);
const claims = new Set(archive.articles.flatMap((a) => a.claims.map((c) => c.id))).size;
const scope = `${archive.articles.length} articles, ${claims} claims, ${archive.events.length} events in ${shownPath(contentRoot)}`;
if (shown.length > 0) {
  console.log(`\n${shown.length} problem(s)${only.size > 0 ? ` in the file(s) named` : ''}; ${scope} (${seconds} s)`);
  process.exitCode = 1;
} else {
  console.log(`No problems${only.size > 0 ? ' in the file(s) named' : ''}: ${scope}; schema, integrity and capture rules hold (${seconds} s)`);
}
