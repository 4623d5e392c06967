/**
 * The files a reference manager imports, written from a page's CSL-JSON record: BibTeX (key and
 * dates exact) and RIS (one tag per line), one entry per page or a whole bibliography. Kept
 * apart from citation.ts, which formats the styles with citeproc, so that writing files loads none of it.
 */
import { CITATION_FORMATS, type CitationExtension } from './urls.ts';

/** CSL-JSON, the common form every citation format is made from. */
export type CslItem = Record<string, unknown> & { id: string; type: string; title: string; URL: string; issued: { 'date-parts': number[][] } };

/**
 * CSL-JSON's rich-text mark for words a style must not change the case of, around a claim
 * page's title (a sentence). BibTeX's double braces say the same; RIS has no markup.
 */
export const NOCASE_OPEN = '<span class="nocase">';
export const NOCASE_CLOSE = '</span>';

/** A title as plain text, without the nocase mark. */
export const plainTitle = (item: CslItem): string =>
  item.title.startsWith(NOCASE_OPEN) && item.title.endsWith(NOCASE_CLOSE) ? item.title.slice(NOCASE_OPEN.length, -NOCASE_CLOSE.length) : item.title;

export interface CitationFiles {
  bibtex: string;
  ris: string;
  cslJson: string;
}

// ——— BibTeX ———

/** Characters BibTeX and LaTeX treat as commands, escaped; braces balanced or escaped. */
function bibtexText(text: string): string {
  return text.replace(/\\/g, '\\textbackslash{}').replace(/([{}&%$#_])/g, '\\$1').replace(/\^/g, '\\^{}').replace(/~/g, '\\~{}');
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * One BibTeX entry: the page's slug as its key, the title's case kept (double braces), the date
 * both as biblatex's `date` and as BibTeX's `year` and `month` (a month macro, `dec`). A news
 * article with a named outlet is an @article in that journal with biblatex's `entrysubtype =
 * {newspaper}`, which Better BibTeX imports into Zotero as a newspaper article (Zotero's own
 * BibTeX import makes every @article a journal article; citation-js reads it as `article-journal`
 * with the genre `newspaper`). Anything else is @misc.
 */
export function bibtexEntry(item: CslItem): string {
  const [year, month] = item.issued['date-parts'][0];
  const container = item['container-title'] as string | undefined;
  const isArticle = item.type === 'article-newspaper' && container;
  const fields: [string, string][] = [
    // Double braces keep the title's capitals as printed, whatever the style does with case.
    ['title', `{{${bibtexText(plainTitle(item))}}}`],
    ...(item.author ? [['author', `{${bibtexText((item.author as { literal: string }[]).map((a) => a.literal).join(' and '))}}`] as [string, string]] : []),
    ...(isArticle ? [['journal', `{${bibtexText(container)}}`], ['entrysubtype', '{newspaper}']] as [string, string][] : container ? [['howpublished', `{${bibtexText(container)}}`] as [string, string]] : []),
    ['date', `{${item.issued['date-parts'][0].map((n, i) => (i === 0 ? String(n) : String(n).padStart(2, '0'))).join('-')}}`],
    ['year', `{${year}}`],
    ...(month ? [['month', MONTHS[month - 1]] as [string, string]] : []),
    ['url', `{${item.URL}}`],
    ...(item.language ? [['language', `{${item.language === 'en' ? 'english' : item.language}}`] as [string, string]] : []),
    ...(item.note ? [['note', `{${bibtexText(item.note as string)}}`] as [string, string]] : []),
  ];
  return `@${isArticle ? 'article' : 'misc'}{${item.id},\n${fields.map(([name, value]) => `  ${name} = ${value}`).join(',\n')}\n}`;
}

// ——— RIS ———

/** RIS has no way to continue a line: every value is one line, whatever its length. */
const risLine = (tag: string, value: string) => `${tag}  - ${value.replace(/\s+/g, ' ').trim()}`;

/**
 * One RIS record: full ID, N1 for the note, one tag per line. The date in the RIS form
 * "YYYY/MM/DD/" (slashes kept where a part is unknown) both in PY, where citation-js reads a
 * news item's date (it reads no DA for NEWS), and in DA, which Zotero prefers to PY.
 */
export function risRecord(item: CslItem): string {
  const [year, month, day] = item.issued['date-parts'][0];
  const pad = (n: number | undefined) => (n ? String(n).padStart(2, '0') : '');
  const date = `${year}/${pad(month)}/${pad(day)}/`;
  return [
    risLine('TY', item.type === 'article-newspaper' ? 'NEWS' : 'ELEC'),
    risLine('ID', item.id),
    risLine('TI', plainTitle(item)),
    ...(item.author ? (item.author as { literal: string }[]).map((a) => risLine('AU', a.literal)) : []),
    ...(item['container-title'] ? [risLine('T2', item['container-title'] as string)] : []),
    risLine('PY', date),
    risLine('DA', date),
    risLine('UR', item.URL),
    ...(item.language ? [risLine('LA', item.language as string)] : []),
    ...(item.note ? [risLine('N1', item.note as string)] : []),
    'ER  - ',
  ].join('\n');
}

/** The whole bibliography of some pages, one file per format, for one import. */
export function bibliography(items: CslItem[]): CitationFiles {
  return {
    bibtex: items.map(bibtexEntry).join('\n\n'),
    ris: items.map(risRecord).join('\n'),
    cslJson: JSON.stringify(items, null, 2),
  };
}

/** One page's files: the bibliography of that page alone. */
export const citationFiles = (item: CslItem): CitationFiles => bibliography([item]);

/**
 * Each page's own files, one per format, from the whole bibliography (CSL-JSON) holding its
 * record, so that a page's file and its entry in the whole file cannot differ.
 */
export function itemFiles(bibliographyJson: string): { id: string; extension: CitationExtension; body: string }[] {
  return (JSON.parse(bibliographyJson) as CslItem[]).flatMap((item) => {
    const files = citationFiles(item);
    return Object.entries(CITATION_FORMATS).map(([extension, { key }]) => ({ id: item.id, extension: extension as CitationExtension, body: `${files[key]}\n` }));
  });
}
