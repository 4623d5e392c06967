/**
 * Every public address of the site is made here, and nowhere else: these are permalinks,
 * promised to keep working, so a change here is a change to what has shipped.
 */
export const paths = {
  home: '/',
  articles: '/articles/',
  article: (slug: string) => `/articles/${slug}/`,
  claims: '/claims/',
  claim: (id: string) => `/claims/${id}/`,
  outlets: '/outlets/',
  outlet: (id: string) => `/outlets/${id}/`,
  speakers: '/speakers/',
  speaker: (id: string) => `/speakers/${id}/`,
  topics: '/topics/',
  topic: (id: string) => `/topics/${id}/`,
  about: '/about/',
  search: '/search/',
  compare: '/compare/',
} as const;

/** Paragraphs are numbered from 1 in reading order (see articleParagraphs). */
export const paragraphAnchor = (number: number) => `p-${number}`;

/** The first quote of a claim in an article is `q-<claim>`, later ones `q-<claim>-2`, `-3`… */
export const quoteAnchor = (claimId: string, index: number) =>
  index === 0 ? `q-${claimId}` : `q-${claimId}-${index + 1}`;

export const eventAnchor = (eventId: string) => `event-${eventId}`;
