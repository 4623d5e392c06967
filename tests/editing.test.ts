/**
 * The editor's two commands, run as an editor runs them: `npm run new-article -- <capture>`
 * drafts an article from a raw capture, and `npm run check [file…]` says what is wrong, at its
 * line and column, until nothing is. On copies of the valid fixture; content/ is never touched.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readArticleBody } from '../src/lib/article-text.ts';
import { projectRoot } from './site-build.ts';

const scratch = mkdtempSync(path.join(os.tmpdir(), 'guarantees-editing-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Runs an editor's command of the project in `project` (default this one), on `contentRoot` (default its content/). */
function run(script: 'check' | 'new-article', contentRoot: string | null, args: string[] = [], project = projectRoot) {
  const result = spawnSync(process.execPath, [path.join(project, 'src', 'cli', `${script}.ts`), ...args], {
    cwd: project,
    encoding: 'utf8',
    env: { ...process.env, CONTENT_ROOT: contentRoot ?? '', NO_COLOR: '1' },
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

function fixtureCopy(name: string): string {
  const root = path.join(scratch, name);
  cpSync(path.join(projectRoot, 'tests', 'fixtures', 'content'), root, { recursive: true });
  return root;
}

/** The 1-based line and column where `text` first occurs in the file. */
function positionIn(file: string, text: string): string {
  const lines = readFileSync(file, 'utf8').split('\n');
  const line = lines.findIndex((l) => l.includes(text));
  expect(line, `${text} in ${file}`).toBeGreaterThanOrEqual(0);
  return `${line + 1}:${lines[line].indexOf(text) + 1}`;
}

const CAPTURE = [
  'Menu',
  '',
  'Speaker A wants guarantees {now}',
  '',
  'The test speaker repeats the demand, says the wire.',
  '',
  'December 21, 2021',
  '',
  'TESTVILLE (EW) – Speaker A said on Tuesday that *the* guarantees were needed at once.',
  '',
  '# 1 demand: “no more delay”, Speaker A said.',
  '',
  'You May Also Like',
  '',
  'Another story entirely.',
  '',
].join('\n');

describe('npm run check', () => {
  it('passes a valid archive in one line, saying what it checked', () => {
    const { status, output } = run('check', fixtureCopy('valid'));
    expect(status, output).toBe(0);
    expect(output).toMatch(/^No problems: 2 articles, \d+ claims, \d+ events in .+; schema, integrity and capture rules hold \(\d+\.\d s\)\n$/);
  });

  it('names file, line, column and field of each problem, only in the files named', () => {
    const root = fixtureCopy('broken');
    const alpha = path.join(root, 'articles', 'alpha.mdx');
    const beta = path.join(root, 'articles', 'beta.mdx');
    writeFileSync(alpha, readFileSync(alpha, 'utf8').replace('date: "2021-12-23"', 'date: "2021-12-32"'));
    writeFileSync(beta, readFileSync(beta, 'utf8').replace('speaker: speaker-b', 'speaker: speaker-c'));
    const all = run('check', root);
    expect(all.status).toBe(1);
    expect(all.output).toContain(`${alpha}:${positionIn(alpha, '"2021-12-32"')}: date: must be a real date written "YYYY-MM-DD", in quotes`);
    expect(all.output).toContain(`${beta}:${positionIn(beta, 'speaker-c')}: claims[1].speaker: "speaker-c" does not match any entry in speakers`);
    const one = run('check', root, [beta]);
    expect(one.status).toBe(1);
    expect(one.output).not.toContain(alpha);
    expect(one.output).toMatch(/\n1 problem\(s\) in the file\(s\) named; /);
  });

  it('says what to write instead of zod’s words, and counts an article the schema refused', () => {
    const root = fixtureCopy('schema');
    const alpha = path.join(root, 'articles', 'alpha.mdx');
    writeFileSync(alpha, readFileSync(alpha, 'utf8').replace(/^inferred:\n(  .*\n)+/m, 'inferred:\n'));
    const { status, output } = run('check', root);
    expect(status).toBe(1);
    const line = positionIn(alpha, 'inferred:').split(':')[0];
    expect(output).toContain(`${alpha}:${line}:10: inferred: is empty (null): write under it a note for each of date, outlet and author the capture does not print, and for event the words of the text that name the occasion`);
    expect(output).not.toMatch(/Invalid input|expected \w+, received/);
    expect(output).toMatch(/\n1 problem\(s\); 2 articles \(1 not checked past its schema problems: fix those, then check again\), /);
  });

  it('names a data file that is missing, or is a folder, without a stack trace', () => {
    const root = fixtureCopy('data-files');
    rmSync(path.join(root, 'speakers.yaml'));
    rmSync(path.join(root, 'topics.yaml'));
    mkdirSync(path.join(root, 'topics.yaml'));
    const { status, output } = run('check', root);
    expect(status).toBe(1);
    expect(output).toContain(`${path.join(root, 'speakers.yaml')}: is missing`);
    expect(output).toContain(`${path.join(root, 'topics.yaml')}: is not a file`);
    expect(output).not.toMatch(/^\s+at /m);
  });
});

describe('npm run new-article', () => {
  const root = fixtureCopy('drafting');
  const captureFile = path.join(scratch, 'capture.txt');
  writeFileSync(captureFile, CAPTURE);
  const drafted = run('new-article', root, [captureFile]);
  const name = `000_${createHash('sha256').update(CAPTURE).digest('hex').slice(0, 16)}.txt`;
  const draft = path.join(root, 'articles', 'draft-000.mdx');

  it('copies the capture, byte for byte, under the next number and its SHA-256', () => {
    expect(drafted.status, drafted.output).toBe(0);
    expect(readFileSync(path.join(root, 'captures', name), 'utf8')).toBe(CAPTURE);
    expect(drafted.output).toContain(path.join(root, 'captures', name));
  });

  it('drafts the text paragraph by paragraph, as MDX that reads back as the capture’s words', () => {
    const body = readFileSync(draft, 'utf8').split(/^---$/m).slice(2).join('---');
    expect(readArticleBody(body).paragraphs).toEqual([
      'TESTVILLE (EW) – Speaker A said on Tuesday that *the* guarantees were needed at once.',
      '# 1 demand: “no more delay”, Speaker A said.',
    ]);
  });

  it('proposes title, standfirst, dateline, date, outlet and chrome, and lists the claims to reuse', () => {
    const text = readFileSync(draft, 'utf8');
    expect(text).toContain('title: "Speaker A wants guarantees {now}"');
    expect(text).toContain('standfirst: "The test speaker repeats the demand, says the wire."');
    expect(text).toContain('dateAsPrinted: "December 21, 2021"');
    expect(text).toContain('dateline: "TESTVILLE (EW) –"');
    expect(text).toContain('outlet: example-wire');
    expect(text).toMatch(/- kind: site header {2}# capture line 1\n {4}text: \|-\n {6}Menu\n/);
    expect(text).toMatch(/- kind: related stories {2}# capture line 13\n {4}text: \|-\n {6}You May Also Like\n {6}Another story entirely\.\n/);
    expect(text).toContain('#   shared-claim: Speaker A says the shared test claim.');
  });

  it('leaves the rest to the editor, and check says what, at its line', () => {
    const { status, output } = run('check', root, [draft]);
    expect(status).toBe(1);
    expect(output).toContain(`${draft}:${positionIn(draft, '"YYYY-MM-DD"')}: date: must be a real date`);
  });

  it('once finished by the editor, passes every rule, the capture rules included', () => {
    const finished = path.join(root, 'articles', 'example-wire-2021-12-21.mdx');
    const text = readFileSync(draft, 'utf8')
      .replace('date: "YYYY-MM-DD"', 'date: "2021-12-21"')
      .replace('speaker: SPEAKER', 'speaker: speaker-a')
      .replace(/^inferred: \{\}.*$/m, 'inferred:\n  outlet: From the credit “(EW)” in the dateline.');
    writeFileSync(draft, text);
    // Still named as drafted, it would ship as a permanent address.
    const named = run('check', root);
    expect(named.output).toContain(`${draft}:2:1: slug: "draft-000" is the draft's name, and the file name is the article's permanent address: rename the file example-wire-2021-12-21.mdx`);
    expect(named.status).toBe(1);
    renameSync(draft, finished);
    const { status, output } = run('check', root);
    expect(output).toMatch(/^No problems: 3 articles/);
    expect(status).toBe(0);
  });

  it('refuses a capture already in the archive, and writes nothing', () => {
    const before = readdirSync(path.join(root, 'captures'));
    const again = run('new-article', root, [captureFile]);
    expect(again.status).toBe(1);
    expect(again.output).toContain(`is already in the archive, as ${path.join(root, 'captures', name)}`);
    expect(readdirSync(path.join(root, 'captures'))).toEqual(before);
    expect(existsSync(draft)).toBe(false);
  });

  it('says when the capture named is not there, or is a folder', () => {
    const missing = run('new-article', root, [path.join(scratch, 'no-such-capture.txt')]);
    expect([missing.status, missing.output.split('\n')[0]]).toEqual([2, `${path.join(scratch, 'no-such-capture.txt')}: no such file.`]);
    expect(run('new-article', root, [scratch]).output.split('\n')[0]).toBe(`${scratch}: is a folder, not a capture file.`);
  });
});

describe('npm run check on the project’s own content/', () => {
  // A copy of the project's sources, content and permalink manifest, its packages linked: the check as an editor runs it.
  const project = path.join(scratch, 'project');
  for (const part of ['src', 'content', path.join('tests', 'permalinks.txt')]) cpSync(path.join(projectRoot, part), path.join(project, part), { recursive: true });
  symlinkSync(path.join(projectRoot, 'node_modules'), path.join(project, 'node_modules'));

  it('checks that tests/permalinks.txt lists every address the content gives the site', () => {
    const { status, output } = run('check', null, [], project);
    expect(output).toMatch(/^No problems: \d+ articles, .*; schema, integrity and capture rules hold, and tests\/permalinks\.txt lists every permalink \(\d+\.\d s\)\n$/);
    expect(status).toBe(0);
  });

  it('says when a new article’s addresses are not in it yet, and what to run', () => {
    const articles = path.join(project, 'content', 'articles');
    const [model] = readdirSync(articles).filter((name) => name.endsWith('.mdx')).sort();
    const captures = path.join(project, 'content', 'captures');
    const source = readFileSync(path.join(articles, model), 'utf8');
    const capture = /^ {2}capture: (.+)$/m.exec(source)![1];
    copyFileSync(path.join(captures, capture), path.join(captures, `999_${capture}`));
    const added = path.join(articles, model.replace('.mdx', '-b.mdx'));
    writeFileSync(added, source.replace(`capture: ${capture}`, `capture: 999_${capture}`));
    const { status, output } = run('check', null, [], project);
    expect(status).toBe(1);
    const slug = path.basename(added, '.mdx');
    expect(output).toMatch(new RegExp(`^content/articles/${slug}\\.mdx:2:1: tests/permalinks\\.txt lacks \\d+ of \\d+ permalinks `, 'm'));
    expect(output).toContain(`(/articles/${slug}/, /captures/999_${capture}, /captures/999_${capture.replace('.txt', '')}/, …) of this article: once the other problems are fixed, run npm run permalinks:update and commit tests/permalinks.txt with the content`);
    expect(output.match(/lacks/g)).toHaveLength(1);
  });
});
