/**
 * Corrections on record, as an editor makes one and a reader meets it: in a copy of content/,
 * a published claim summary is reworded (the check refuses it until a correction is recorded)
 * and another published claim is withdrawn; then the built site shows the previous wording at
 * the top of the page, lists the correction on /corrections/, in the feed and the data files,
 * and keeps the withdrawn claim's address answering; and every page says where to report a mistake.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as cheerio from 'cheerio';
import yaml from 'js-yaml';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readContent } from '../src/cli/read-content.ts';
import { claimDefinitions } from '../src/lib/claims.ts';
import { formatDate } from '../src/lib/dates.ts';
import { htmlErrors } from './checks.ts';
import { loadPage } from './permalinks.ts';
import { buildSite, projectRoot, removeBuildCache } from './site-build.ts';

const scratch = mkdtempSync(path.join(os.tmpdir(), 'guarantees-corrections-'));
const root = path.join(scratch, 'content');
const siteDir = path.join(scratch, 'dist');
const ORIGIN = 'http://127.0.0.1:4321';
/** Where readers of this build report a mistake. */
const REPORT = 'https://github.com/example/guarantees-2021/issues';
const today = new Date().toISOString().slice(0, 10);
cpSync(path.join(projectRoot, 'content'), root, { recursive: true });

const { archive } = readContent(root);
const definitions = claimDefinitions(archive.articles);
const referenced = new Set(archive.articles.flatMap((a) => a.claims.flatMap((c) => [c.respondsTo, c.disputes])));
const reportedOnce = (id: string) => archive.articles.filter((a) => a.claims.some((c) => c.id === id)).length === 1;
const corrected = new Set(archive.record.corrections.map((c) => c.entry));
/** Two published claims, each reported by one article, answered by none and not yet corrected: one to reword, one to withdraw. */
const [reworded, withdrawn] = [...definitions.keys()].filter((id) => reportedOnce(id) && !referenced.has(id) && !corrected.has(`claims/${id}`)).slice(-2);
const definition = definitions.get(reworded)!;
const articleFile = path.join(root, 'articles', `${definition.article.id}.mdx`);
const oldSummary = definition.meaning.summary;
const newSummary = `${oldSummary.replace(/\.$/, '')}, as the archive now words it.`;
const captureLines = definition.article.claims[definition.index].quotes[0].text.split(/\s+/).slice(0, 6).join(' ');

function check(): { status: number | null; output: string } {
  const run = spawnSync(process.execPath, [path.join(projectRoot, 'src', 'cli', 'check.ts')], { cwd: projectRoot, encoding: 'utf8', env: { ...process.env, CONTENT_ROOT: root, NO_COLOR: '1' } });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

/** Rewrites an article's frontmatter, as an editor would, leaving its body as it is. */
function editFrontmatter(file: string, edit: (data: { claims: { id: string; summary?: string }[] }) => void) {
  const [, front, ...body] = readFileSync(file, 'utf8').split(/^---$/m);
  const data = yaml.load(front) as { claims: { id: string; summary?: string }[] };
  edit(data);
  writeFileSync(file, `---\n${yaml.dump(data, { lineWidth: -1 })}---${body.join('---')}`);
}

/** The capture line holding the quote's first words: the evidence an editor cites. */
function evidenceFor(capture: string) {
  const lines = readFileSync(path.join(root, 'captures', capture), 'utf8').split(/\r?\n/);
  const line = lines.findIndex((l) => l.replace(/\s+/g, ' ').includes(captureLines));
  expect(line, `"${captureLines}" on a line of ${capture}`).toBeGreaterThanOrEqual(0);
  return { capture, line: line + 1, text: captureLines };
}

afterAll(() => {
  removeBuildCache(root);
  rmSync(scratch, { recursive: true, force: true });
});

describe('a published summary reworded', () => {
  it('fails npm run check without a correction, naming the file, the field, both wordings and where to record it', () => {
    editFrontmatter(articleFile, (data) => (data.claims[definition.index].summary = newSummary));
    const { status, output } = check();
    expect(status, output).toBe(1);
    const line = output.split('\n').find((l) => l.includes(`claims[${definition.index}].summary`))!;
    expect(line, output).toContain(path.join(root, 'articles', `${definition.article.id}.mdx`));
    expect(line).toContain(`without a correction: it said ${JSON.stringify(oldSummary)} and now says ${JSON.stringify(newSummary)}`);
    expect(line).toContain(`record it as a correction in content/corrections.yaml: entry: claims/${reworded}, field: summary`);
  });

  it('passes once the correction, and a retraction of a withdrawn claim, are on record', () => {
    const withdrawnIn = archive.articles.find((a) => a.claims.some((c) => c.id === withdrawn))!;
    editFrontmatter(path.join(root, 'articles', `${withdrawnIn.id}.mdx`), (data) => (data.claims = data.claims.filter((c) => c.id !== withdrawn)));
    const evidence = [evidenceFor(archive.articles.find((a) => a.id === definition.article.id)!.capture)];
    const corrections = [
      { date: today, kind: 'clarification', entry: `claims/${reworded}`, field: 'summary', previous: oldSummary, now: newSummary, reason: 'Reworded closer to the text.', evidence },
      { date: today, kind: 'retraction', entry: `claims/${withdrawn}`, previous: definitions.get(withdrawn)!.meaning.summary, now: null, reason: 'Withdrawn in a test.', evidence },
    ];
    // Added after the corrections already on record.
    const file = path.join(root, 'corrections.yaml');
    writeFileSync(file, yaml.dump([...((yaml.load(readFileSync(file, 'utf8')) as unknown[]) ?? []), ...corrections], { lineWidth: -1 }));
    const { status, output } = check();
    expect(status, output).toBe(0);
  });
});

describe('the corrected site', () => {
  beforeAll(() => {
    const result = buildSite(root, siteDir, { REPORT_URL: REPORT });
    if (result.status !== 0) throw new Error(result.output);
  });
  const anchorOn = (page: string) => {
    const href = loadPage(siteDir, '/corrections/')(`a[href^="${page}#"]`).attr('href');
    expect(href, `/corrections/ links ${page}`).toBeTruthy();
    return href!.split('#')[1];
  };

  it('says so at the top of the corrected page, with the date, and gives the previous wording where /corrections/ links', () => {
    const $ = loadPage(siteDir, `/claims/${reworded}/`);
    expect($('h1').text()).toBe(newSummary);
    const notice = $('.corrections-notice');
    expect(notice.text().replace(/\s+/g, ' ')).toContain(`Clarified ${formatDate(today)}: summary.`);
    // At the top: before the page's heading, and linking to what the page said.
    expect($('main *').index(notice) < $('main *').index($('h1'))).toBe(true);
    expect(notice.find('a').attr('href')).toBe('#corrections');
    const record = $(`[id="${anchorOn(`/claims/${reworded}/`)}"]`);
    expect(record.closest('#corrections')).toHaveLength(1);
    expect(record.text().replace(/\s+/g, ' ')).toContain(`This page said (summary): “${oldSummary}”`);
  });

  it('names the new version in the page’s head and in every citation of it', () => {
    const $ = loadPage(siteDir, `/claims/${reworded}/`);
    expect($('meta[name="DC.modified"]').attr('content')).toBe(today);
    expect($('#cite').parent().text()).toContain(`last revised ${formatDate(today)}`);
    for (const extension of ['bib', 'ris', 'json']) {
      expect(readFileSync(path.join(siteDir, 'cite', 'claims', `${reworded}.${extension}`), 'utf8'), extension).toContain(`last revised ${today}`);
    }
  });

  it('tells readers how to report a mistake, on every page, when REPORT_URL is set', () => {
    for (const route of ['/', `/claims/${reworded}/`, '/corrections/', '/about/']) {
      expect(loadPage(siteDir, route)('footer a').filter((_, a) => a.attribs.href === REPORT).length, route).toBe(1);
    }
  });

  it('lists every correction on /corrections/, newest first, with the wording it replaced', () => {
    const $ = loadPage(siteDir, '/corrections/');
    const items = $('ol.corrections > li');
    expect(items).toHaveLength(archive.record.corrections.length + 2);
    expect(items.text()).toContain(`“${oldSummary}”`);
    const dates = items.map((_, li) => $(li).find('.date').attr('data-date')).get();
    expect([...dates].sort().reverse()).toEqual(dates);
  });

  it('keeps a withdrawn claim’s address answering, with the retraction and what it said', () => {
    const $ = loadPage(siteDir, `/claims/${withdrawn}/`);
    expect($('h1').text()).toContain('Withdrawn');
    expect($(`[id="${anchorOn(`/claims/${withdrawn}/`)}"]`).text()).toContain(definitions.get(withdrawn)!.meaning.summary);
  });

  it('carries each correction in the feed and in the data files, JSON and CSV alike', () => {
    const feed = cheerio.load(readFileSync(path.join(siteDir, 'feed.xml'), 'utf8'), { xml: true });
    const fed = feed('item').filter((_, el) => feed(el).children('category').text() === 'Corrections');
    expect(fed).toHaveLength(archive.record.corrections.length + 2);
    expect(fed.map((_, el) => feed(el).children('link').text()).get()).toEqual(
      expect.arrayContaining([`/claims/${reworded}/`, `/claims/${withdrawn}/`].map((page) => `${ORIGIN}${page}#${anchorOn(page)}`)),
    );
    const json = JSON.parse(readFileSync(path.join(siteDir, 'data', 'corrections.json'), 'utf8')).corrections;
    const csv = Papa.parse(readFileSync(path.join(siteDir, 'data', 'corrections.csv'), 'utf8').replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true });
    expect(csv.errors).toEqual([]);
    expect(csv.data).toEqual(json);
    expect(json.map((c: { entry: string; previous: string }) => [c.entry, c.previous])).toContainEqual([`claims/${reworded}`, oldSummary]);
    const datapackage = JSON.parse(readFileSync(path.join(siteDir, 'data', 'datapackage.json'), 'utf8'));
    expect(datapackage.resources.map((r: { path: string }) => r.path)).toEqual(expect.arrayContaining(['corrections.json', 'corrections.csv']));
  });

  it('writes the notices, the list and the withdrawn page as valid HTML', () => {
    const [first, ...more] = [`claims/${reworded}`, `claims/${withdrawn}`, 'corrections'].map((page) => path.join(siteDir, page));
    for (const dir of [first, ...more]) expect(existsSync(path.join(dir, 'index.html')), dir).toBe(true);
    expect(htmlErrors(first, more)).toEqual([]);
  });
});
