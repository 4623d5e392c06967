/**
 * What is cited, and how. An article page cites the outlet's article (its title, outlet and
 * publication date) and gives this archive's permalink as where it was read, because the
 * original address is not known; nothing is claimed that the capture does not carry (no author,
 * no original URL). A claim page cites the archive's own compilation of the outlets' wordings.
 */
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-ris';
import { Cite as RehypeCitationCite } from 'rehype-citation';
import { passageDirective } from './text-fragments.ts';

// citation-js brings the APA style; the official CSL styles for Chicago (author-date, 17th
// edition) and MLA (9th edition) come from rehype-citation, which ships them for citation-js.
const bundledStyles = RehypeCitationCite.plugins.config.get('@csl').templates.data;
for (const name of ['chicago', 'mla'] as const) plugins.config.get('@csl').styles.add(name, bundledStyles[name]);

export const ARCHIVE_NAME = 'Guarantees 2021';

export interface CitedArticle {
  id: string;
  title: string;
  /** null when the capture names no outlet. */
  outlet: { name: string; homepage: string | null } | null;
  author: string | null;
  /** YYYY-MM-DD */
  date: string;
  dateline: string | null;
  /** Absolute permalink of the archived copy. */
  permalink: string;
  /** Absolute address of the raw capture. */
  captureUrl: string;
  originalUrl: string | null;
  language: string;
}

export interface CitedClaim {
  id: string;
  summary: string;
  speaker: { name: string; kind: 'person' | 'organisation' | 'government' };
  permalink: string;
  /** When it was said (or first reported), YYYY[-MM[-DD]]. */
  date: string;
  appearances: { article: CitedArticle; quotes: { text: string; anchor: string; form: 'direct' | 'paraphrase' }[] }[];
}

/** CSL-JSON, the common form every citation format below is made from. */
export type CslItem = Record<string, unknown> & { id: string; type: string };

const dateParts = (date: string) => ({ 'date-parts': [date.split('-').map(Number)] });

export function articleCsl(article: CitedArticle): CslItem {
  return {
    id: article.id,
    type: 'article-newspaper',
    title: article.title,
    // The outlet is the publication; naming it as publisher too makes MLA print it twice.
    ...(article.outlet ? { 'container-title': article.outlet.name } : {}),
    ...(article.author ? { author: [{ literal: article.author }] } : {}),
    issued: dateParts(article.date),
    URL: article.originalUrl ?? article.permalink,
    archive: ARCHIVE_NAME,
    language: article.language,
  };
}

export function claimCsl(claim: CitedClaim): CslItem {
  return {
    id: claim.id,
    type: 'webpage',
    title: claim.summary,
    'container-title': ARCHIVE_NAME,
    issued: dateParts(claim.date),
    URL: claim.permalink,
    language: 'en',
  };
}

export interface Citations {
  apa: string;
  chicago: string;
  mla: string;
  bibtex: string;
  ris: string;
  cslJson: string;
}

/** Formatted by citation-js: citeproc-js with the CSL styles, and its BibTeX and RIS output. */
export function formatCitations(item: CslItem): Citations {
  const cite = new Cite(item);
  const style = (template: string) => String(cite.format('bibliography', { format: 'text', template, lang: 'en-US' })).trim();
  return {
    apa: style('apa'),
    chicago: style('chicago'),
    mla: style('mla'),
    bibtex: String(cite.format('bibtex')).trim(),
    ris: String(cite.format('ris')).trim(),
    cslJson: JSON.stringify([item], null, 2),
  };
}

export interface MetaTag {
  name?: string;
  property?: string;
  content: string;
}

/**
 * Tags reference managers read (Zotero's Embedded Metadata rules): one citation_author per
 * known author only, no citation_journal_title (it would make the item a journal article).
 */
export function articleMetaTags(article: CitedArticle): MetaTag[] {
  const tags: MetaTag[] = [
    { name: 'citation_title', content: article.title },
    { name: 'citation_publication_date', content: article.date.replaceAll('-', '/') },
    { name: 'citation_language', content: article.language },
    { name: 'DC.type', content: 'NewsItem' },
    { name: 'DC.title', content: article.title },
    { name: 'DC.date', content: article.date },
    { name: 'DC.source', content: article.captureUrl },
    { property: 'article:published_time', content: article.date },
  ];
  if (article.author) tags.push({ name: 'citation_author', content: article.author });
  if (article.outlet) {
    tags.push(
      { name: 'citation_publisher', content: article.outlet.name },
      { name: 'DC.publisher', content: article.outlet.name },
      { property: 'og:site_name', content: article.outlet.name },
    );
  }
  return tags;
}

function organisation(outlet: CitedArticle['outlet']) {
  return outlet ? { '@type': 'NewsMediaOrganization', name: outlet.name, ...(outlet.homepage ? { url: outlet.homepage } : {}) } : undefined;
}

export function articleJsonLd(article: CitedArticle): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.title,
    datePublished: article.date,
    inLanguage: article.language,
    ...(article.dateline ? { dateline: article.dateline } : {}),
    ...(article.outlet ? { publisher: organisation(article.outlet) } : {}),
    ...(article.author ? { author: { '@type': 'Person', name: article.author } } : {}),
    ...(article.originalUrl ? { url: article.originalUrl } : {}),
    archivedAt: article.permalink,
    isBasedOn: article.captureUrl,
  };
}

export function claimJsonLd(claim: CitedClaim): Record<string, unknown> {
  const speaker = { '@type': claim.speaker.kind === 'person' ? 'Person' : 'Organization', name: claim.speaker.name };
  const appearance = (a: CitedClaim['appearances'][number]['article']) => ({
    '@type': 'NewsArticle',
    headline: a.title,
    datePublished: a.date,
    ...(a.outlet ? { publisher: organisation(a.outlet) } : {}),
    archivedAt: a.permalink,
  });
  return {
    '@context': 'https://schema.org',
    '@graph': [
      {
        '@type': 'Claim',
        '@id': claim.permalink,
        url: claim.permalink,
        name: claim.summary,
        author: speaker,
        appearance: claim.appearances.map((a) => appearance(a.article)),
        firstAppearance: appearance(claim.appearances[0].article),
      },
      ...claim.appearances.flatMap(({ article, quotes }) =>
        quotes.map((quote) => ({
          '@type': 'Quotation',
          text: quote.text,
          spokenByCharacter: speaker,
          url: `${article.permalink}#${quote.anchor}`,
          isPartOf: appearance(article),
          about: { '@id': claim.permalink },
        })),
      ),
    ],
  };
}

/** A link that opens the article with the quote highlighted, in browsers with text fragments. */
export function textFragmentLink(permalink: string, quote: string): string {
  return `${permalink}#:~:${passageDirective(quote)}`;
}
