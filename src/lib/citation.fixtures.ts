/** An article with a known outlet, one without, and a claim: the records the citation tests cite. */
import type { CitedArticle, CitedClaim } from './citation.ts';

export const tass: CitedArticle = {
  id: 'tass-2021-12-23',
  title: 'West must give Russia security guarantees "now" — Putin',
  outlet: { name: 'TASS', homepage: 'https://tass.com' },
  author: null,
  date: '2021-12-23',
  dateline: 'MOSCOW, December 23. /TASS/.',
  permalink: 'https://archive.example/articles/tass-2021-12-23/',
  captureUrl: 'https://archive.example/captures/001_bb61a0728cd01c48.txt',
  originalUrl: null,
  language: 'en',
  abstract: 'It is the NATO countries that must provide security guarantees to Russia.',
  caveats: ['publication date inferred by the archive'],
  revised: '2026-12-06',
};
export const unnamed: CitedArticle = { ...tass, id: 'unattributed-2021-12-23', title: 'Putin urges the West to act quickly to provide security guarantees & 50% more', outlet: null, caveats: ['publication date inferred by the archive', 'outlet not named in the capture'] };
export const claim: CitedClaim = {
  id: 'not-an-inch',
  summary: 'Putin says NATO broke its promise.',
  speaker: { name: 'Vladimir Putin', inText: 'Vladimir Putin', kind: 'person' },
  permalink: 'https://archive.example/claims/not-an-inch/',
  date: '2021-12-23',
  caveats: ['the date of the statement is inferred by the archive'],
  revised: '2026-12-07',
  appearances: [{ article: tass, quotes: [{ text: 'They cheated us.', anchor: 'q-not-an-inch', form: 'direct' }] }],
};
