/**
 * Whether the permalink manifest (tests/permalinks.txt) lists an article's addresses, computed
 * from the content without building the site: its page, paragraph, sentence and quote anchors,
 * its capture and citation files, and its wordings on claim pages, made as the site makes them
 * (src/lib/urls.ts, the sentence splitter, the claims' anchors). `npm run check` says when a new
 * article's are missing, so the editor runs `npm run permalinks:update` before `npm test` rather
 * than after it fails. Whether each listed anchor still points at its words needs the built
 * pages: the permalink test (tests/permalinks.ts) checks that. Pure.
 */
import type { ArticleInput, Problem } from './archive-types.ts';
import { readArticleBody } from './article-text.ts';
import { anchorOf } from './claims.ts';
import { paragraphSentences } from './sentences.ts';
import { BASE_PATH } from './site-config.ts';
import { CITATION_FORMATS, paragraphAnchor, paths, sentenceAnchor, type CitationExtension } from './urls.ts';

/** A site path as the manifest lists it, from the site's root whatever the base path. */
const route = (sitePath: string) => `/${sitePath.slice(BASE_PATH.length)}`;

/** The addresses the site gives an article, as manifest lines without their fingerprints. */
export function articlePermalinks(article: ArticleInput): string[] {
  const page = route(paths.article(article.id));
  const { paragraphs } = readArticleBody(article.body);
  const sentences = paragraphSentences(paragraphs, article.dateline);
  return [
    page,
    route(paths.capture(article.capture)),
    route(paths.capturePage(article.capture)),
    ...(Object.keys(CITATION_FORMATS) as CitationExtension[]).map((extension) => route(paths.citation('articles', article.id, extension))),
    ...paragraphs.flatMap((_, p) => [`${page}#${paragraphAnchor(p + 1)}`, ...sentences[p].map((_, s) => `${page}#${sentenceAnchor(p + 1, s + 1)}`)]),
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
  return new Set(manifest.split('\n').filter((line) => line && !line.startsWith('#')).map((line) => line.split(' ')[0]));
}

/** One problem per article whose addresses the manifest lacks, naming a few and what to run. */
export function missingPermalinks(articles: ArticleInput[], listed: Set<string>, manifestFile: string): Problem[] {
  return articles.flatMap((article) => {
    let expected: string[];
    try {
      expected = articlePermalinks(article);
    } catch {
      return []; // a body MDX cannot parse: reported by the rules
    }
    const missing = expected.filter((address) => !listed.has(address));
    if (missing.length === 0) return [];
    const shown = missing.slice(0, 3).join(', ') + (missing.length > 3 ? ', …' : '');
    return [
      {
        file: article.file,
        field: '',
        message: `${manifestFile} lacks ${missing.length} of this article's ${expected.length} permalinks (${shown}): once its other problems are fixed, run npm run permalinks:update and commit ${manifestFile} with the article`,
      },
    ];
  });
}
