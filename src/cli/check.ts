// `npm run check [file…]`: the editor's one command, in seconds, without building anything:
// the schema, every integrity and capture rule, and (for the project's own content/) whether
// tests/permalinks.txt lists every address the content gives the site, and whether the text's
// published paragraphs and sentences still hold the words it recorded. Problems print as
// `file:line:column: field: message`, which editors (VS Code's terminal, vim's quickfix) jump to.
// With files named, only their problems are shown (the rules still read the whole archive, since
// they span articles). Content from CONTENT_ROOT, default content/. Exit status 1 when any rule is broken.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { checkIntegrity, formatProblem } from '../lib/integrity.ts';
import { manifestAddresses, manifestFingerprints, missingPermalinks, shiftedAnchors } from '../lib/permalink-coverage.ts';
import { positionOf } from '../lib/source-positions.ts';
import { resolveContentRoot } from '../lib/content-root.ts';
import { readContent, shownPath } from './read-content.ts';

const projectRoot = path.resolve(import.meta.dirname, '../..');
const contentRoot = resolveContentRoot(process.cwd());
const { archive, schemaProblems, sources } = readContent(contentRoot);
const today = new Date().toISOString().slice(0, 10);
// The manifest lists the addresses of the project's own content/; another content folder has none.
const manifest = path.join(projectRoot, 'tests', 'permalinks.txt');
const checksManifest = path.resolve(contentRoot) === path.join(projectRoot, 'content');
const manifestProblems = (text: string) => [
  ...shiftedAnchors(archive, manifestFingerprints(text), shownPath(manifest)),
  ...missingPermalinks(archive, manifestAddresses(text), shownPath(manifest), (name) => shownPath(path.join(contentRoot, name))),
];
const problems = [
  ...schemaProblems,
  ...checkIntegrity(archive, today),
  ...(checksManifest ? manifestProblems(readFileSync(manifest, 'utf8')) : []),
];
const only = new Set(process.argv.slice(2).map((file) => shownPath(path.resolve(file))));
const shown = only.size > 0 ? problems.filter((problem) => only.has(problem.file)) : problems;

for (const problem of shown) {
  const source = sources.get(problem.file);
  console.log(formatProblem(problem, problem.position ?? (source === undefined ? undefined : positionOf(source, problem.field, problem.offset))));
}
// The whole run, Node's start and the parsers' loading included: what the editor waits for.
const seconds = process.uptime().toFixed(1);
const claims = new Set(archive.articles.flatMap((a) => a.claims.map((c) => c.id))).size;
// An article the schema refused is counted too, and said to be unchecked, so it never silently drops out.
const unchecked = archive.unchecked?.articles.length ?? 0;
const articles = `${archive.articles.length + unchecked} articles${unchecked ? ` (${unchecked} not checked past its schema problems: fix those, then check again)` : ''}`;
const scope = `${articles}, ${claims} claims, ${archive.events.length} events in ${shownPath(contentRoot)}`;
const held = `schema, integrity and capture rules hold${checksManifest ? `, and ${shownPath(manifest)} lists every permalink` : ''}`;
if (shown.length > 0) {
  console.log(`\n${shown.length} problem(s)${only.size > 0 ? ` in the file(s) named` : ''}; ${scope} (${seconds} s)`);
  process.exitCode = 1;
} else {
  console.log(`No problems${only.size > 0 ? ' in the file(s) named' : ''}: ${scope}; ${held} (${seconds} s)`);
}
