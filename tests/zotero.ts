/**
 * What Zotero's "Save to Zotero" makes of a page's head, as its generic translators do it:
 * "Embedded Metadata", which turns DC.*, og:* and other prefixed tags into RDF and hands them to
 * the "RDF" translator, then lets citation_* (Highwire) tags override. Written from a reading of
 * zotero/translators (Embedded Metadata.js and RDF.js, 2026): the item type, and which tag feeds
 * which field, in the translators' order of precedence. JSON-LD and COinS play no part.
 */
import type { CheerioAPI } from 'cheerio';

export interface ZoteroItem {
  itemType: string;
  title?: string;
  publicationTitle?: string;
  websiteTitle?: string;
  websiteType?: string;
  date?: string;
  url?: string;
  abstractNote?: string;
  language?: string;
  extra?: string;
  creators: string[];
}

/** The first value of the first tag present, by name or property, case-insensitive on the name. */
function first($: CheerioAPI, keys: string[]): string | undefined {
  for (const key of keys) {
    const value = $('meta')
      .filter((_, el) => (el.attribs.name ?? el.attribs.property ?? '').toLowerCase() === key.toLowerCase())
      .first()
      .attr('content');
    if (value) return value;
  }
  return undefined;
}

const all = ($: CheerioAPI, key: string) =>
  $('meta')
    .filter((_, el) => (el.attribs.name ?? el.attribs.property ?? '').toLowerCase() === key.toLowerCase())
    .map((_, el) => el.attribs.content)
    .get();

/** DC.type values the RDF translator maps to a Zotero type (lower case, spaces removed). */
const DC_TYPES: Record<string, string> = { newsitem: 'newspaperArticle', newspaperarticle: 'newspaperArticle', webpage: 'webpage', homepage: 'webpage', blogpost: 'blogPost', dataset: 'dataset', document: 'document', article: 'journalArticle', journalarticle: 'journalArticle' };

export function zoteroItem($: CheerioAPI, pageUrl: string): ZoteroItem {
  const dcType = first($, ['DC.type', 'DCTERMS.type']);
  const ogType = first($, ['og:type']);
  // Highwire: citation_journal_title forces a journal article; citation_title only suggests one.
  const itemType = first($, ['citation_journal_title'])
    ? 'journalArticle'
    : ogType === 'website'
      ? 'webpage'
      : dcType && DC_TYPES[dcType.toLowerCase().replace(/\s+/g, '')]
        ? DC_TYPES[dcType.toLowerCase().replace(/\s+/g, '')]
        : first($, ['citation_title'])
          ? 'journalArticle'
          : 'webpage';

  // Publication: DC.source before og:site_name (the latter for web pages, blog posts and news only).
  const container = first($, ['citation_journal_title']) ?? first($, ['DC.source', 'DCTERMS.source']) ?? (['webpage', 'blogPost', 'newspaperArticle'].includes(itemType) ? first($, ['og:site_name']) : undefined);
  // Dates: Highwire overrides; then article:published_time, DC.date…; then the first <time datetime> in the page.
  const date = first($, ['citation_publication_date', 'citation_date']) ?? first($, ['article:published_time', 'DC.date.issued', 'DCTERMS.issued', 'DC.date', 'DCTERMS.date']) ?? $('time[datetime]').first().attr('datetime');
  const creators = [...all($, 'citation_author'), ...(all($, 'citation_author').length ? [] : [...all($, 'DC.creator'), ...all($, 'DCTERMS.creator')])];
  return {
    itemType,
    title: first($, ['citation_title']) ?? first($, ['DC.title', 'DCTERMS.title', 'og:title']) ?? ($('title').text() || undefined),
    ...(itemType === 'webpage' ? { websiteTitle: container, websiteType: dcType } : { publicationTitle: container }),
    date,
    url: first($, ['citation_public_url']) ?? first($, ['og:url']) ?? $('link[rel="canonical"]').attr('href') ?? pageUrl,
    abstractNote: first($, ['citation_abstract']) ?? first($, ['og:description', 'DCTERMS.abstract', 'DC.description', 'DCTERMS.description', 'description']),
    language: first($, ['citation_language']) ?? first($, ['DC.language', 'DCTERMS.language']) ?? $('html').attr('lang'),
    extra: first($, ['z:extra']),
    creators: creators.length > 0 ? creators : all($, 'author'),
  };
}
