import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readContent } from '../cli/read-content.ts';
import { articlePermalinks, manifestAddresses, manifestFingerprints, missingPermalinks, shiftedAnchors } from './permalink-coverage.ts';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const { archive } = readContent(path.join(projectRoot, 'content'));
const manifest = readFileSync(path.join(projectRoot, 'tests', 'permalinks.txt'), 'utf8');
const listed = manifestAddresses(manifest);
const recorded = manifestFingerprints(manifest);
const dataFile = (name: string) => `content/${name}`;

describe('the permalinks the content gives the site, computed without a build', () => {
  it.each(archive.articles.map((a) => [a.id, a] as const))('are, for %s, exactly the anchors the built article page shipped', (id, article) => {
    // The manifest was made from built pages (npm run permalinks:update): the same anchors, computed here from the text.
    const anchors = (addresses: Iterable<string>) => [...addresses].filter((a) => a.startsWith(`/articles/${id}/#`)).sort();
    expect(anchors(articlePermalinks(article))).toEqual(anchors(listed));
  });

  it('are all in tests/permalinks.txt for content/', () => {
    expect(missingPermalinks(archive, listed, 'tests/permalinks.txt', dataFile)).toEqual([]);
  });

  it('name an article, or a data file’s entry, whose addresses the manifest lacks, and what to run', () => {
    const grown = structuredClone(archive);
    grown.articles.push({ ...grown.articles[0], id: 'new-outlet-2022-02-11', file: 'content/articles/new-outlet-2022-02-11.mdx' });
    grown.outlets.push({ id: 'new-outlet', name: 'New Outlet' });
    grown.events.push({ ...grown.events[0], id: 'new-event-2022-03', date: '2022-03', context: false });
    const problems = missingPermalinks(grown, listed, 'tests/permalinks.txt', dataFile).map((p) => `${p.file}: ${p.field}: ${p.message}`);
    expect(problems).toEqual([
      expect.stringMatching(/^content\/articles\/new-outlet-2022-02-11\.mdx: : tests\/permalinks\.txt lacks \d+ of \d+ permalinks \(\/articles\/new-outlet-2022-02-11\/, \/cite\/articles\/new-outlet-2022-02-11\.bib, \/cite\/articles\/new-outlet-2022-02-11\.ris, …\) of this article: once the other problems are fixed, run npm run permalinks:update and commit tests\/permalinks\.txt with the content$/),
      'content/outlets.yaml: new-outlet: tests/permalinks.txt lacks 1 of 1 permalinks (/outlets/new-outlet/) of this entry: once the other problems are fixed, run npm run permalinks:update and commit tests/permalinks.txt with the content',
      'content/events.yaml: new-event-2022-03: tests/permalinks.txt lacks 3 of 3 permalinks (/events/new-event-2022-03/, /#event-new-event-2022-03, /timeline/2022-03/) of this entry: once the other problems are fixed, run npm run permalinks:update and commit tests/permalinks.txt with the content',
    ]);
  });

  it('hold, for content/, the words the manifest recorded for each paragraph and sentence, computed from the text as the built page holds it', () => {
    // Every paragraph and sentence anchor of the content has its fingerprint recorded: all are compared.
    const anchors = archive.articles.flatMap(articlePermalinks).filter((address) => address.includes('#p-'));
    expect([...recorded.keys()].filter((address) => /^\/articles\/[^/]+\/#p-/.test(address)).sort()).toEqual(anchors.sort());
    expect(shiftedAnchors(archive, recorded, 'tests/permalinks.txt')).toEqual([]);
  });

  it('name an article whose published paragraphs or sentences would point at other words: a paragraph split, a word changed', () => {
    const [article] = archive.articles;
    const edited = (edit: (paragraphs: string[]) => string[]) => {
      const changed = structuredClone(archive);
      const paragraphs = changed.articles[0].body.split('\n\n');
      changed.articles[0].body = edit(paragraphs).join('\n\n');
      return shiftedAnchors(changed, recorded, 'tests/permalinks.txt').map((p) => `${p.file}: ${p.field}: ${p.message}`);
    };
    const last = article.body.split('\n\n').length;
    expect(edited((ps) => ps.map((p, i) => (i === last - 1 ? p.replace(/\w+/, 'Changed') : p)))).toEqual([
      expect.stringMatching(new RegExp(`^${article.file}: body: 2 published anchor\\(s\\) \\(#p-${last}, #p-${last}-s1\\) would point at other words than tests/permalinks\\.txt records, or at none: a published paragraph keeps its words and its place; undo the change`)),
    ]);
    // A paragraph split in two: every later paragraph's number moves.
    expect(edited((ps) => [ps[0], ...ps.slice(1).flatMap((p, i) => (i === 0 ? [p.slice(0, 40), p.slice(40)] : [p]))])[0]).toMatch(/: body: \d+ published anchor\(s\) \(#p-2, #p-2-s1, #p-3, …\)/);
  });
});
