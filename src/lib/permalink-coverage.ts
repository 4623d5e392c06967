/**
 * Whether the permalink manifest (tests/permalinks.txt) lists the content's addresses, computed
 * without building the site: each article's page, paragraph, sentence and quote anchors, its
 * capture and citation files and its wordings on claim pages; each outlet's, speaker's, topic's
 * and event's page, each event's anchor on the timeline, each month's page, and each correction's
 * anchor on /corrections/; made as the site
 * makes them (src/lib/urls.ts, the sentence splitter, the claims' anchors, the timeline's months). `npm run check` says when a new
 * article's are missing, so the editor runs `npm run permalinks:update` before `npm test` rather
 * than after it fails. Whether each listed anchor still points at its words needs the built
 * pages: the permalink test (tests/permalinks.ts) checks that. Pure.
 */
import { createHash } from 'node:crypto';
import type { ArchiveInput, ArticleInput, Problem } from './archive-types.ts';
import { normalizeWhitespace, readArticleBody } from './article-text.ts';
import { anchorOf } from './claims.ts';
import { monthKey } from './dates.ts';
import { paragraphSentences } from './sentences.ts';
import { BASE_PATH } from './site-config.ts';
import { correctionAnchors } from './wording.ts';
import { CITATION_FORMATS, eventAnchor, paragraphAnchor, paths, sentenceAnchor, type CitationExtension } from './urls.ts';

/** A site path as the manifest lists it, from the site's root whatever the base path. */
const route = (sitePath: string) => `/${sitePath.slice(BASE_PATH.length)}`;

/** An article's paragraph and sentence anchors ("p-3", "p-3-s2"), each with the words it points at. */
function textAnchors(article: ArticleInput): [anchor: string, words: string][] {
  const { paragraphs } = readArticleBody(article.body);
  const sentences = paragraphSentences(paragraphs, article.dateline);
  return paragraphs.flatMap((text, p) => [
    [paragraphAnchor(p + 1), text] as [string, string],
    ...sentences[p].map((s, i): [string, string] => [sentenceAnchor(p + 1, i + 1), text.slice(s.start, s.end)]),
  ]);
}

/** The addresses the site gives an article, as manifest lines without their fingerprints. */
export function articlePermalinks(article: ArticleInput): string[] {
  const page = route(paths.article(article.id));
  return [
    page,
    route(paths.month(monthKey(article.date) ?? article.date)),
    route(paths.capture(article.capture)),
    route(paths.capturePage(article.capture)),
    ...(Object.keys(CITATION_FORMATS) as CitationExtension[]).map((extension) => route(paths.citation('articles', article.id, extension))),
    ...textAnchors(article).map(([anchor]) => `${page}#${anchor}`),
    ...article.claims.flatMap((claim) => [
      route(paths.claim(claim.id)),
      ...(Object.keys(CITATION_FORMATS) as CitationExtension[]).map((extension) => route(paths.citation('claims', claim.id, extension))),
      ...claim.quotes.flatMap((quote, q) => {
        const anchor = anchorOf(claim.id, quote, q);
        return [`${page}#${anchor}`, `${route(paths.claim(claim.id))}#${article.id}-${anchor}`];
      }),
    ]),
  ];
}

/** The addresses a manifest's text lists: each line up to its fingerprint, comments left out. */
export function manifestAddresses(manifest: string): Set<string> {
  return new Set(manifestLines(manifest).map((line) => line.split(' ')[0]));
}

/** The fingerprints a manifest's text records, by address. */
export function manifestFingerprints(manifest: string): Map<string, string> {
  return new Map(manifestLines(manifest).flatMap((line) => (line.includes(' ') ? [line.split(' ') as [string, string]] : [])));
}

const manifestLines = (manifest: string) => manifest.split('\n').filter((line) => line && !line.startsWith('#'));

/**
 * A short fingerprint of the words an anchor points at: whitespace collapsed, so only a change of
 * the words themselves changes it. The manifest records one for each anchor on the outlets' text.
 */
export function fingerprint(text: string): string {
  return createHash('sha256').update(normalizeWhitespace(text)).digest('hex').slice(0, 8);
}

/**
 * One problem per article whose paragraph or sentence anchors, as the manifest recorded them,
 * would now point at other words: a paragraph edited, split or joined by mistake. The words of
 * each are the content's, as the built page's element holds them (tests/permalinks.ts checks
 * those, and every other anchor, on the built site).
 */
export function shiftedAnchors(archive: ArchiveInput, recorded: Map<string, string>, manifestFile: string): Problem[] {
  // Each page's recorded paragraph and sentence anchors, gathered once.
  const recordedOf = new Map<string, string[]>();
  for (const address of recorded.keys()) {
    const [page, anchor] = address.split('#');
    if (!anchor?.startsWith('p-')) continue;
    if (!recordedOf.has(page)) recordedOf.set(page, []);
    recordedOf.get(page)!.push(anchor);
  }
  return archive.articles.flatMap((article) => {
    let now: Map<string, string>;
    try {
      now = new Map(textAnchors(article));
    } catch {
      return []; // a body MDX cannot parse: reported by the rules
    }
    const page = route(paths.article(article.id));
    const shifted = (recordedOf.get(page) ?? [])
      .filter((anchor) => !now.has(anchor) || fingerprint(now.get(anchor)!) !== recorded.get(`${page}#${anchor}`))
      .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
    if (shifted.length === 0) return [];
    const named = shifted.slice(0, 3).map((anchor) => `#${anchor}`).join(', ');
    return [
      {
        file: article.file,
        field: 'body',
        message: `${shifted.length} published anchor(s) (${named}${shifted.length > 3 ? ', …' : ''}) would point at other words than ${manifestFile} records, or at none: a published paragraph keeps its words and its place; undo the change to the text, or to the dateline, which the first sentence holds (git diff shows it), or see README, "Permalinks"`,
      },
    ];
  });
}

/** What to run when addresses are missing. */
const toRun = (manifestFile: string) => `once the other problems are fixed, run npm run permalinks:update and commit ${manifestFile} with the content`;

function missingOf(expected: string[], listed: Set<string>): string | null {
  const missing = expected.filter((address) => !listed.has(address));
  if (missing.length === 0) return null;
  return `${missing.length} of ${expected.length} permalinks (${missing.slice(0, 3).join(', ')}${missing.length > 3 ? ', …' : ''})`;
}

/**
 * One problem per article, and per entry of a data file, whose addresses the manifest lacks,
 * naming a few and what to run. `dataFile` gives the path shown for a data file ("outlets.yaml").
 */
export function missingPermalinks(archive: ArchiveInput, listed: Set<string>, manifestFile: string, dataFile: (name: string) => string): Problem[] {
  const articles = archive.articles.flatMap((article) => {
    let expected: string[];
    try {
      expected = articlePermalinks(article);
    } catch {
      return []; // a body MDX cannot parse: reported by the rules
    }
    const missing = missingOf(expected, listed);
    return missing ? [{ file: article.file, field: '', message: `${manifestFile} lacks ${missing} of this article: ${toRun(manifestFile)}` }] : [];
  });
  const entries: [string, string, string[]][] = [
    ...archive.outlets.map(({ id }): [string, string, string[]] => ['outlets.yaml', id, [paths.outlet(id)]]),
    ...archive.speakers.map(({ id }): [string, string, string[]] => ['speakers.yaml', id, [paths.speaker(id)]]),
    ...archive.topics.map((id): [string, string, string[]] => ['topics.yaml', id, [paths.topic(id)]]),
    ...archive.events.map((event): [string, string, string[]] => [
      'events.yaml',
      event.id,
      [paths.event(event.id), `${paths.home}#${eventAnchor(event.id)}`, ...(event.context ? [] : [paths.month(monthKey(event.date) ?? event.date)])],
    ]),
    ...correctionAnchors(archive.record.corrections).map((anchor, i): [string, string, string[]] => ['corrections.yaml', `[${i}]`, [`${paths.corrections}#${anchor}`]]),
  ];
  const data = entries.flatMap(([name, id, addresses]) => {
    const missing = missingOf(addresses.map(route), listed);
    return missing ? [{ file: dataFile(name), field: id, message: `${manifestFile} lacks ${missing} of this entry: ${toRun(manifestFile)}` }] : [];
  });
  return [...articles, ...data];
}
