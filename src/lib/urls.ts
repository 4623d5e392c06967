/**
 * Every public address of the site is made here, and nowhere else: these are permalinks,
 * promised to keep working, so a change here is a change to what has shipped. All are under
 * the configured base path.
 */
import { BASE_PATH } from './site-config.ts';

const at = (path: string) => `${BASE_PATH}${path}`;

/** The citation files offered, by extension: which format, and the type they are served as. */
export const CITATION_FORMATS = {
  bib: { key: 'bibtex', type: 'application/x-bibtex; charset=utf-8' },
  ris: { key: 'ris', type: 'application/x-research-info-systems; charset=utf-8' },
  json: { key: 'cslJson', type: 'application/vnd.citationstyles.csl+json; charset=utf-8' },
} as const;
export type CitationExtension = keyof typeof CITATION_FORMATS;

/** The name of a capture's page: its file name without `.txt`. */
export const captureSlug = (file: string) => file.replace(/\.txt$/, '');

export const paths = {
  home: at(''),
  articles: at('articles/'),
  article: (slug: string) => at(`articles/${slug}/`),
  claims: at('claims/'),
  claim: (id: string) => at(`claims/${id}/`),
  outlets: at('outlets/'),
  outlet: (id: string) => at(`outlets/${id}/`),
  speakers: at('speakers/'),
  speaker: (id: string) => at(`speakers/${id}/`),
  topics: at('topics/'),
  topic: (id: string) => at(`topics/${id}/`),
  about: at('about/'),
  event: (id: string) => at(`events/${id}/`),
  month: (key: string) => at(`timeline/${key}/`),
  claimsByDate: at('claims-by-date/'),
  search: at('search/'),
  compare: at('compare/'),
  data: at('data/'),
  corrections: at('corrections/'),
  dataFile: (name: string) => at(`data/${name}`),
  citation: (kind: 'articles' | 'claims', id: string, extension: CitationExtension) => at(`cite/${kind}/${id}.${extension}`),
  /** Every article's, or every claim's, citation in one file. */
  bibliography: (kind: 'articles' | 'claims', extension: CitationExtension) => at(`cite/${kind}.${extension}`),
  capture: (file: string) => at(`captures/${file}`),
  /** The capture shown as a page, with its size and checksum. */
  capturePage: (file: string) => at(`captures/${captureSlug(file)}/`),
  feed: at('feed.xml'),
  favicon: at('favicon.svg'),
} as const;

/** Paragraphs are numbered from 1 in reading order (see articleParagraphs). */
export const paragraphAnchor = (number: number) => `p-${number}`;

/** Sentences are numbered from 1 within their paragraph (see paragraphSentences): `p-3-s2`. */
export const sentenceAnchor = (paragraph: number, sentence: number) => `p-${paragraph}-s${sentence}`;

/** The first quote of a claim in an article is `q-<claim>`, later ones `q-<claim>-2`, `-3`… */
export const quoteAnchor = (claimId: string, index: number) =>
  index === 0 ? `q-${claimId}` : `q-${claimId}-${index + 1}`;

export const eventAnchor = (eventId: string) => `event-${eventId}`;
