/**
 * What is cited, and how. An article page cites the outlet's article (its title, outlet and
 * publication date) at this archive's permalink, which is meant to outlast the outlet's own
 * address; a known original address is given in the note. A claim page cites the archive's own
 * page gathering one statement. Nothing is said that the capture does not carry (no author
 * unless named), and what the archive established rather than read (an inferred date, an
 * outlet named only in a footer) is said in every format, in the way each format allows.
 *
 * One record per page, in CSL-JSON, the common form: the formatted styles come from it through
 * citation-js (citeproc-js with the official CSL styles), and the BibTeX and RIS files are
 * written from it by citation-files.ts.
 */
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-csl';
// By file: the package maps this folder with a folder mapping Node no longer resolves.
import chicago from '../../node_modules/rehype-citation/dist/node/styles/chicago.js';
import mla from '../../node_modules/rehype-citation/dist/node/styles/mla.js';
import { NOCASE_CLOSE, NOCASE_OPEN, type CitationFiles, type CslItem } from './citation-files.ts';
import { passageDirective } from './text-fragments.ts';

// citation-js brings the APA style (7th edition). The official CSL styles for Chicago
// (author-date, 17th edition) and MLA (9th edition) are the style files rehype-citation
// packages as plain modules, each a string of CSL; importing only those keeps the rest of
// that package (and its use of Node's deprecated punycode) out of the build.
const styles = plugins.config.get('@csl').styles;
styles.add('chicago', chicago);
styles.add('mla', mla);

export const STYLES = ['apa', 'chicago', 'mla'] as const;

/**
 * A style as it formats a bibliography of one entry, which is all the cite box asks of it:
 * without the bibliography's sort keys and with a bare in-text citation (citeproc renders the
 * citation of every item to disambiguate it from the others). Neither can change a lone entry,
 * and together they cost citeproc over a third of its time; citation.test.ts checks the
 * entries against the full style's. Without the bibliography's substitute for a repeated
 * author (Chicago's "———", MLA's "---"), which a lone entry never shows either, a list
 * formatted as one bibliography gives each entry as it is alone.
 */
export function oneEntryStyle(xml: string): string {
  const style = xml.replace(/<!--[\s\S]*?-->/g, '');
  const sort = /(<bibliography\b[\s\S]*?)<sort>[\s\S]*?<\/sort>/;
  const citation = /<citation\b[\s\S]*?<\/citation>/;
  const substitute = /(<bibliography\b[^>]*?)\s+subsequent-author-substitute="[^"]*"/;
  if (!citation.test(style) || !style.includes('<bibliography')) throw new Error('CSL style without <citation> and <bibliography> elements');
  return style.replace(sort, '$1').replace(citation, BARE_CITATION).replace(substitute, '$1');
}

export const BARE_CITATION = '<citation><layout><text variable="title"/></layout></citation>';

export const oneEntryName = (style: (typeof STYLES)[number]) => `${style}-one-entry`;
for (const style of STYLES) styles.add(oneEntryName(style), oneEntryStyle(styles.get(style)));

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
  /** Absolute permalink of the archived copy: the URL every citation gives. */
  permalink: string;
  /** Absolute address of the raw capture. */
  captureUrl: string;
  /** The outlet's own address, when known. */
  originalUrl: string | null;
  language: string;
  /** The standfirst, or else the text's first sentence: the outlet's own words. */
  abstract: string;
  /** What the archive established rather than read in the capture, in short clauses. */
  caveats: string[];
  /** YYYY-MM-DD: when this archive's page was last revised, the version every citation names. */
  revised: string;
}

export interface CitedClaim {
  id: string;
  summary: string;
  /** `inText`: the name mid-sentence, with "the" where it takes one (`speakerInText`). */
  speaker: { name: string; inText: string; kind: 'person' | 'organisation' | 'government' };
  permalink: string;
  /** When it was said (or first reported), YYYY[-MM[-DD]] or YYY0s. */
  date: string;
  caveats: string[];
  /** YYYY-MM-DD: when this archive's page was last revised, the version every citation names. */
  revised: string;
  appearances: { article: CitedArticle; quotes: { text: string; anchor: string; form: 'direct' | 'paraphrase' }[] }[];
}

/** CSL date parts of a partial date ("1990s" counts as its first year). */
const dateParts = (date: string) => ({ 'date-parts': [date.replace(/0s$/, '0').split('-').map(Number)] });

/** A sentence for a note field (capitalised, with its full stop), from the caveats and anything else to say. */
const noteOf = (parts: string[]) => {
  const said = parts.join('; ');
  return said ? `${said[0].toUpperCase()}${said.slice(1)}.` : undefined;
};

/**
 * The version a citation names, in the one wording every format carries it in: the note (BibTeX
 * `note`, RIS `N1`, CSL-JSON `note`, Zotero's Extra) and the formatted styles' brackets. Not
 * CSL's `version`, which MLA prints after the container, "TASS, 2026-12-06", as the outlet's.
 */
export const revisionNote = (revised: string) => `${ARCHIVE_NAME} page last revised ${revised}`;

export function articleCsl(article: CitedArticle): CslItem {
  const note = noteOf([
    ...article.caveats,
    ...(article.originalUrl ? [`originally published at ${article.originalUrl}`] : []),
    `archived copy in ${ARCHIVE_NAME}, from the web capture ${article.captureUrl}`,
    revisionNote(article.revised),
  ]);
  return {
    id: article.id,
    type: 'article-newspaper',
    title: article.title,
    // The outlet is the publication; naming it as publisher too makes MLA print it twice.
    ...(article.outlet ? { 'container-title': article.outlet.name } : {}),
    ...(article.author ? { author: [{ literal: article.author }] } : {}),
    issued: dateParts(article.date),
    URL: article.permalink,
    archive: ARCHIVE_NAME,
    language: article.language,
    ...(note ? { note } : {}),
  };
}

/**
 * What the cite box says about an article's citation, from what is known of it: whose article,
 * where the citations point (always the permalink; a known original address in the note), and
 * the missing author.
 */
export function articleCiteNote(article: CitedArticle): string {
  const whose = article.outlet ? `${article.outlet.name}’s article` : 'the article (its outlet is not named in the capture)';
  const where = article.originalUrl
    ? `with this archive’s permalink as where you read it and the original address, ${article.originalUrl}, in the note`
    : 'with this archive’s permalink as where you read it: the original address is not known';
  return `This cites ${whose}, ${where}.${article.author ? '' : ' No author is named in the capture.'}`;
}

/**
 * A claim page's title is the archive's summary, a sentence in reported speech: marked as
 * CSL-JSON's rich text allows (`<span class="nocase">`) so that styles which title-case titles
 * (Chicago, MLA) keep its case ("has not yet received", not "Has Not yet Received").
 */
export function claimCsl(claim: CitedClaim): CslItem {
  const note = noteOf([`the ${ARCHIVE_NAME} page gathering every outlet's wording of a statement by ${claim.speaker.inText}`, ...claim.caveats, revisionNote(claim.revised)]);
  return {
    id: claim.id,
    type: 'webpage',
    title: `${NOCASE_OPEN}${claim.summary}${NOCASE_CLOSE}`,
    'container-title': ARCHIVE_NAME,
    issued: dateParts(claim.date),
    URL: claim.permalink,
    language: 'en',
    note,
  };
}

export interface Formatted {
  /** Plain text, for reading and pasting where formatting is lost. */
  text: string;
  /** With the style's italics, for pasting into a word processor. */
  html: string;
}

/** The formatted styles of the cite box: citeproc's work, milliseconds an item. */
export interface FormattedStyles {
  apa: Formatted;
  chicago: Formatted;
  mla: Formatted;
}

/** What a page's cite box shows: the formatted styles and the files a reference manager imports. */
export type Citations = FormattedStyles & CitationFiles;

// ——— Formatted styles ———

/**
 * The archive's caveats and the version cited after a formatted reference, in square brackets,
 * as the styles allow for the editor's additions: "[Publication date inferred by the archive.
 * Guarantees 2021 page last revised 2026-12-06.]"
 */
function bracketed(caveats: string[], revised: string): string {
  return ` [${[noteOf(caveats), noteOf([revisionNote(revised)])].filter(Boolean).join(' ')}]`;
}

/**
 * A formatted entry as plain text: citeproc's HTML without its markup, its three escapes undone.
 * One citeproc run per style instead of two (HTML and text), at a few milliseconds each.
 */
function plainText(html: string): string {
  return html.replace(/<[^>]*>/g, '').replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)));
}

/** An item to format for a cite box, with what the archive inferred about it and the version cited. */
export interface StyleJob {
  item: CslItem;
  caveats: string[];
  revised: string;
}

/**
 * The item as the styles are given it. A news article whose outlet is not named is formatted as
 * the contents of a web page: the styles' newspaper form gives the day after the newspaper's
 * name, and without one Chicago runs it into the year ("2021, December 23, 2021").
 */
const styledItem = (item: CslItem): CslItem => (item.type === 'article-newspaper' && !item['container-title'] ? { ...item, type: 'webpage' } : item);

/**
 * APA, Chicago and MLA for each job, each followed by what the archive inferred, in brackets.
 * Each style formats the whole list as one bibliography, at about three quarters of the cost
 * of one bibliography an entry; the one-entry styles give each entry as it is alone.
 */
export function formatStyles(jobs: StyleJob[]): FormattedStyles[] {
  // The list's own ids: an article and a claim may share one, and no style prints it.
  const cite = new Cite(jobs.map(({ item }, i) => ({ ...styledItem(item), id: String(i) })));
  const entries = (name: (typeof STYLES)[number]): string[] => {
    const byId = new Map(cite.format('bibliography', { format: 'html', template: oneEntryName(name), lang: 'en-US', asEntryArray: true, nosort: true }) as unknown as [string, string][]);
    return jobs.map((_, i) => {
      const entry = /^\s*<div[^>]*class="csl-entry"[^>]*>([\s\S]*)<\/div>\s*$/.exec(byId.get(String(i)) ?? '')?.[1].trim();
      if (entry === undefined) throw new Error(`citeproc gave no ${name} entry for ${String(jobs[i].item.id)}`);
      return entry;
    });
  };
  const [apa, chicago, mla] = [entries('apa'), entries('chicago'), entries('mla')];
  return jobs.map(({ caveats, revised }, i) => {
    const suffix = bracketed(caveats, revised);
    const style = (entry: string): Formatted => ({ text: `${plainText(entry)}${suffix}`, html: `${entry}${suffix.replace(/&/g, '&amp;').replace(/</g, '&lt;')}` });
    return { apa: style(apa[i]), chicago: style(chicago[i]), mla: style(mla[i]) };
  });
}

// ——— Embedded metadata for reference managers ———

export interface MetaTag {
  name?: string;
  property?: string;
  content: string;
}

/**
 * Tags Zotero's "Embedded Metadata" translator (and other managers) read, chosen by what that
 * translator does with each: DC.type NewsItem makes the item a newspaper article; DC.source,
 * read before og:site_name, is its Publication, so it is set only to a named outlet (never the
 * capture); z:extra, the citation's note, goes straight into Extra. No citation_journal_title (a journal article), no
 * DC.publisher (dropped for news items), no author unless the capture names one. DC.modified is
 * the archive page's last revision, which Zotero does not take for the item's date.
 */
export function articleMetaTags(article: CitedArticle): MetaTag[] {
  const note = articleCsl(article).note as string | undefined;
  return [
    { name: 'DC.type', content: 'NewsItem' },
    { name: 'DC.title', content: article.title },
    { name: 'citation_title', content: article.title },
    { name: 'DC.date', content: article.date },
    { name: 'DC.modified', content: article.revised },
    { name: 'citation_publication_date', content: article.date.replaceAll('-', '/') },
    { name: 'DC.language', content: article.language },
    { name: 'DC.description', content: article.abstract },
    ...(article.outlet ? [{ name: 'DC.source', content: article.outlet.name }, { property: 'og:site_name', content: article.outlet.name }] : []),
    ...(article.author ? [{ name: 'DC.creator', content: article.author }, { name: 'citation_author', content: article.author }] : []),
    ...(note ? [{ name: 'z:extra', content: note }] : []),
  ];
}

/**
 * A claim page is the archive's web page gathering one statement: no DC.type (Zotero would show
 * it as the "Website Type"), no citation_title (it would guess a journal article); the date is
 * the statement's, in the head, so Zotero does not take the first date in the body.
 */
export function claimMetaTags(claim: CitedClaim): MetaTag[] {
  const note = claimCsl(claim).note as string | undefined;
  return [
    { name: 'DC.title', content: claim.summary },
    { name: 'DC.date', content: claim.date.replace(/0s$/, '0') },
    { name: 'DC.modified', content: claim.revised },
    { name: 'DC.language', content: 'en' },
    ...(note ? [{ name: 'z:extra', content: note }] : []),
  ];
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
    // The archive's page, not the outlet's article, is what was revised.
    archivedAt: { '@type': 'WebPage', url: article.permalink, dateModified: article.revised },
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
      // The archive's page about the claim, which is what was revised.
      { '@type': 'WebPage', url: claim.permalink, mainEntity: { '@id': claim.permalink }, dateModified: claim.revised },
    ],
  };
}

/** A link that opens the article with the quote highlighted, in browsers with text fragments. */
export function textFragmentLink(permalink: string, quote: string): string {
  return `${permalink}#:~:${passageDirective(quote)}`;
}
