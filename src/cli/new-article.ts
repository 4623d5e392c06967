// `npm run new-article -- <capture-file>`: drafts an article from a raw web capture. Copies the
// capture into the content folder under the next name (NNN_<first 16 hex digits of its
// SHA-256>.txt), splits it into paragraphs, proposes the title, standfirst, dateline, date and
// outlet with the lines they came from, marks the blocks it judges page chrome as `removed` (kind
// guessed), and lists the claims already in the archive so the editor can reuse their ids.
// Writes content/articles/draft-NNN.mdx; `npm run check` then says what is left to do.
// Content folder from CONTENT_ROOT, default content/.
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { captureName, draftArticle, draftSlug, mdxText } from '../lib/article-draft.ts';
import { claimDefinitions } from '../lib/claims.ts';
import { resolveContentRoot } from '../lib/content-root.ts';
import { readContent, shownPath } from './read-content.ts';

const source = process.argv[2];
if (!source || !existsSync(source) || !statSync(source).isFile()) {
  if (source) console.error(`${source}: ${existsSync(source) ? 'is a folder, not a capture file' : 'no such file'}.`);
  console.error('Usage: npm run new-article -- <capture-file>   (the raw web capture, as captured)');
  process.exit(2);
}
const contentRoot = resolveContentRoot(process.cwd());
const capturesDir = path.join(contentRoot, 'captures');
const bytes = readFileSync(source);
const same = readdirSync(capturesDir).find((name) => readFileSync(path.join(capturesDir, name)).equals(bytes));
if (same) {
  console.error(`${source} is already in the archive, as ${shownPath(path.join(capturesDir, same))}.`);
  process.exit(1);
}
const name = captureName(readdirSync(capturesDir), createHash('sha256').update(bytes).digest('hex'));
const capture = bytes.toString('utf8');
const { archive } = readContent(contentRoot);
const draft = draftArticle(capture, archive.outlets);

const yamlString = (text: string) => JSON.stringify(text);
const block = (text: string, indent: string) => `|-\n${text.split('\n').map((line) => `${indent}${line}`).join('\n')}`;
const candidates = (label: string, list: { value: string; line: number }[]) =>
  list.length ? list.map((c) => `#   ${label}: line ${c.line}: ${c.value}`).join('\n') : `#   ${label}: none found`;
const definitions = [...claimDefinitions(archive.articles).entries()];
const slug = draftSlug(name.slice(0, 3));

const frontmatter = [
  `# Drafted by npm run new-article from ${path.basename(source)}, copied to captures/${name}.`,
  '# Everything below is a proposal: check it against the capture, fill in what is missing,',
  '# then rename this file <outlet>-<yyyy-mm-dd>.mdx (the slug is a permanent address) and run',
  '# npm run check, which says what is still wrong, at its line.',
  '# Candidates found in the capture:',
  candidates('title', draft.title ? [draft.title] : []),
  candidates('standfirst', draft.standfirst ? [draft.standfirst] : []),
  candidates('dateline', draft.dateline ? [draft.dateline] : []),
  candidates('date line', draft.dateLines),
  candidates('byline', draft.author ? [draft.author] : []),
  candidates('date', draft.dates),
  candidates('outlet', draft.outlets.map((o) => ({ value: `${o.name} (id ${o.id})${o.inTextOnly ? ', named only in the title or text: perhaps a source it reports, not the outlet' : ''}`, line: o.line }))),
  `title: ${yamlString(draft.title?.value ?? 'TITLE AS PRINTED')}`,
  ...(draft.standfirst ? [`standfirst: ${yamlString(draft.standfirst.value)}`] : []),
  draft.outlets.length === 0 || !draft.outlets[0].inTextOnly
    ? `outlet: ${draft.outlets[0]?.id ?? 'null'}  # an id from outlets.yaml, or null when the capture names none`
    : 'outlet: OUTLET  # the outlets found are named only in the text; the one that printed this page: an id from outlets.yaml (a new one added there), or null',
  draft.author ? `author: ${yamlString(draft.author.value)}  # from the byline; check it against the capture` : 'author: null  # the name only if the capture prints one',
  'date: "YYYY-MM-DD"  # the publication date; if the capture does not print it in full, say how it was established under inferred',
  ...(draft.dateLines.length
    ? [`dateAsPrinted: ${yamlString(draft.dateLines[0].value)}  # the line printing the publication date, label and all; if it is not the publication's, or not in full, move it to removed`]
    : []),
  `dateline: ${draft.dateline ? yamlString(draft.dateline.value) : 'null'}  # as printed at the start of the text, credit included, or null`,
  'speaker: SPEAKER  # an id from speakers.yaml',
  'event: null  # an id from events.yaml, or null when the article does not say',
  'source:',
  `  capture: ${name}`,
  '  url: null  # the original address only if it is known; never reconstructed',
  'completeness:  # does the capture hold the whole text? complete, incomplete (say what is missing and why) or unknown',
  `  status: ${draft.completeness.status}`,
  `  basis: ${yamlString(draft.completeness.basis)}`,
  'inferred: {}  # for each of date, outlet, author the capture does not print, and for the event: how it was established',
  ...(draft.removed.length
    ? ['removed:', ...draft.removed.flatMap((r) => [`  - kind: ${r.kind}  # capture line ${r.line}`, `    text: ${block(r.text, '      ')}`])]
    : ['removed: []']),
  'slips: []  # the outlet\'s own slips, kept as printed: { text, note }',
  'claims: []',
  '# Claims already in the archive; reuse an id to add this outlet\'s wording (summary, topics,',
  '# speaker and event are inherited), or define a new claim with a summary that begins with',
  '# its speaker\'s name ("Putin says …"):',
  ...definitions.map(([id, { meaning }]) => `#   ${id}: ${meaning.summary}`),
];
const body = draft.paragraphs.map((p) => mdxText(p.text)).join('\n\n');
const target = path.join(contentRoot, 'articles', `${slug}.mdx`);
if (existsSync(target)) {
  console.error(`${shownPath(target)} exists already: finish or remove it first.`);
  process.exit(1);
}
copyFileSync(source, path.join(capturesDir, name));
writeFileSync(target, `---\n${frontmatter.join('\n')}\n---\n\n${body}\n`);
console.log(`Copied the capture to ${shownPath(path.join(capturesDir, name))}.`);
console.log(`Drafted ${shownPath(target)}: ${draft.paragraphs.length} paragraphs, ${draft.removed.length} blocks proposed as removed chrome.`);
console.log('Next: finish the frontmatter, rename the file, then npm run check.');
