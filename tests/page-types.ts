/** One page of each type the site serves, for the tests that look at every type in a browser. */
export const PAGE_TYPES: [string, string][] = [
  ['timeline', '/'],
  ['article', '/articles/tass-2021-12-23/'],
  ['article list', '/articles/'],
  ['claim', '/claims/not-an-inch-deception/'],
  ['claims index', '/claims/'],
  ['claims by date', '/claims-by-date/'],
  ['event', '/events/annual-news-conference-2021-12-23/'],
  ['month', '/timeline/2021-12/'],
  ['capture', '/captures/001_bb61a0728cd01c48/'],
  ['compare', '/compare/'],
  ['outlet', '/outlets/tass/'],
  ['speaker', '/speakers/vladimir-putin/'],
  ['topic', '/topics/ukraine/'],
  ['search with results', '/search/?q=guarantees'],
  ['about', '/about/'],
  ['404', '/no-such-page/'],
];
