/**
 * The search fixture: queries a researcher would type, each with why it is there, and an oracle
 * that says from the content alone which pages must be found. A page must be found exactly when
 * its searchable text (an article's title, standfirst and text; a claim's summary and quotes)
 * holds every typed word in one of its forms and every quoted phrase in order, and it passes
 * the filters. The browser tests compare what the built search shows with this, so the table
 * holds whatever the archive holds.
 */
import { readArticleBody } from '../src/lib/article-text.ts';
import type { ArchiveInput } from '../src/lib/archive-types.ts';
import { collectClaims, statementDate } from '../src/lib/claims.ts';
import { monthKey } from '../src/lib/dates.ts';
import { indexedForms, parseQuery, searchedQuery, type ParsedQuery, type SearchState } from '../src/lib/search-query.ts';
import { searchStem } from '../src/lib/search-passages.ts';
import { pagesHolding, spellingVariants, vocabulary, type WordEntry } from '../src/lib/search-words.ts';

export interface Query {
  q: string;
  filters?: Partial<Pick<SearchState, 'outlet' | 'speaker' | 'topic' | 'month'>>;
  why: string;
}

export const QUERIES: Query[] = [
  { q: 'Belarus', why: 'a name in no article: Pagefind alone matched "be" in "being"' },
  { q: 'Economist Intelligence', why: 'words only in the removed chrome of a capture' },
  { q: 'O’Reilly', why: 'a name only in removed chrome, with a typographic apostrophe' },
  { q: "O'Reilly", why: 'the same with a straight apostrophe' },
  { q: 'Macron said', why: 'an absent name beside a common word, which must not be dropped' },
  { q: 'Minsk agreements', why: 'an absent name beside a word that is there' },
  { q: 'Ryabkof', why: 'a misspelt name: no result, a suggestion' },
  { q: 'Riabkov', why: 'another spelling of a name: no result, a suggestion' },
  { q: 'Zelenskyy', why: 'the now usual spelling of a name printed otherwise' },
  { q: 'not an inch', why: 'short common words, unquoted' },
  { q: '"not an inch"', why: 'a phrase' },
  { q: '"not an inch" NATO', why: 'a phrase inside a longer query' },
  { q: '“not an inch” NATO', why: 'the same with typographic quotation marks' },
  { q: 'not an inch to the east', why: 'a longer unquoted query' },
  { q: "Russia's", why: 'a straight apostrophe where the outlets print a typographic one' },
  { q: 'Russia’s', why: 'the typographic apostrophe' },
  { q: 'deceive', why: 'another form of a word that is there' },
  { q: 'Liz Truss welcome', why: 'words in neighbouring paragraphs' },
  { q: 'outrageously', why: 'one rare word' },
  { q: 'put', why: 'a word that begins another, "Putin", which Pagefind alone finds too' },
  { q: 'East', why: 'a word that begins another, "eastward"' },
  { q: 'NATO east', why: 'two words, one of which begins another' },
  { q: 'legally-binding', why: 'a hyphenated compound the outlets print as two words' },
  { q: '"legally-binding security guarantees"', why: 'that compound in a phrase' },
  { q: 'US-led', why: 'a hyphenated compound the archive prints as one' },
  { q: '"security guarantees"', why: 'a phrase that is also a topic’s name, which is not searchable text' },
  { q: 'Speakers', why: 'a field label' },
  { q: 'Occasion', why: 'a field label' },
  { q: 'Dateline', why: 'a field label' },
  { q: 'Topics', why: 'a field label' },
  { q: 'Anadolu', why: 'an outlet’s name, shown with each result it reported, in the text of none' },
  { q: 'inferred', why: 'a word shown with a result’s date, in no text' },
  { q: 'missiles', filters: { speaker: 'ned-price' }, why: 'a speaker who never said the word' },
  { q: 'missiles', filters: { speaker: 'vladimir-putin' }, why: 'a speaker who did' },
  { q: 'guarantees', filters: { outlet: 'tass' }, why: 'an outlet filter' },
  { q: 'Ukraine', filters: { topic: 'negotiations' }, why: 'a topic filter finds claims only' },
  { q: "Russia's proposal", why: 'both words in one passage of some pages, in different passages of others' },
  { q: 'Biden talks January', why: 'three words in one sentence of some pages, spread over others' },
  { q: 'Sky News', why: 'two words an outlet prints as one, "SkyNews", on a page with another "news" nearer the top' },
  { q: 'Auther', why: 'a misspelling near only a function word ("after"), which is no suggestion' },
  { q: 'defence', why: 'the British spelling: the outlets print "defense" too' },
  { q: 'defense', why: 'the American spelling: the archive’s own summaries print "defence"' },
  { q: '"missile defence"', why: 'a phrase in one spelling, printed in both' },
  { q: 'organisation', why: 'a British spelling the archive holds only in the American' },
  { q: 'dialog', why: 'an American spelling the archive holds only in the British' },
];

/** What search holds of each page: its route, its words, and the filter values it carries. */
interface Searchable {
  route: string;
  words: string[];
  filters: Record<'outlet' | 'speaker' | 'topic' | 'month', string[]>;
}

export function searchablePages(archive: ArchiveInput): Searchable[] {
  const claims = collectClaims(archive.articles);
  const eventDate = (id: string) => archive.events.find((e) => e.id === id)!.date;
  const months = (dates: string[]) => dates.map(monthKey).filter((m): m is string => m !== null);
  const tokens = (texts: (string | null)[]) => texts.filter(Boolean).join(' ').split(/\s+/);
  return [
    ...archive.articles.map((a) => ({
      route: `/articles/${a.id}/`,
      words: tokens([a.title, a.standfirst, ...readArticleBody(a.body).paragraphs]),
      filters: { outlet: [a.outlet ?? 'unnamed'], speaker: [], topic: [], month: months([a.date]) },
    })),
    ...claims.map((c) => ({
      route: `/claims/${c.id}/`,
      words: tokens([c.summary, ...c.reports.flatMap((r) => r.quotes.map((q) => q.text))]),
      filters: {
        outlet: c.reports.map((r) => r.outlet ?? 'unnamed'),
        speaker: [c.speaker],
        topic: c.topics,
        month: months([statementDate(c, eventDate).date, ...c.reports.map((r) => r.date)]),
      },
    })),
  ];
}

/** Each word of a page's indexed forms, stemmed (a typed word is found where any form has one of its stems), worked out once per page. */
const pageStems = new WeakMap<Searchable, Set<string>[]>();
function stemsOf(page: Searchable): Set<string>[] {
  let stems = pageStems.get(page);
  if (!stems) {
    stems = page.words.map((w) => new Set(indexedForms(w).map(searchStem)));
    pageStems.set(page, stems);
  }
  return stems;
}

/**
 * The routes a query must find, by the rule above: a typed word in any of its forms, or in its
 * other spelling where the archive holds one (src/lib/spellings.ts); `spellings: false` for the
 * typed spelling alone.
 */
export function expectedRoutes(pages: Searchable[], query: Query, { spellings = true } = {}): string[] {
  const { words, phrases } = searchedWords(pages, query.q);
  const vocabulary = spellings ? vocabularyOf(pages) : [];
  const stemsOfKey = new Map(words.map((w) => [w.key, new Set([w.key, ...spellingVariants(w.key, vocabulary)].map(searchStem))]));
  const matches = (forms: Set<string>, key: string) => [...stemsOfKey.get(key)!].some((stem) => forms.has(stem));
  return pages
    .filter((page) => {
      const stems = stemsOf(page);
      const has = (key: string) => stems.some((forms) => matches(forms, key));
      const hasPhrase = (phrase: string[]) => stems.some((_, i) => phrase.every((key, j) => stems[i + j] !== undefined && matches(stems[i + j], key)));
      const passes = Object.entries(query.filters ?? {}).every(([key, value]) => page.filters[key as keyof Searchable['filters']].includes(value!));
      return passes && words.every((w) => has(w.key)) && phrases.every((p) => hasPhrase(p.map((w) => w.key)));
    })
    .map((page) => page.route)
    .sort();
}

/** The words the search page searches for: as typed, but a hyphenated word the archive never prints as one as its parts. */
export function searchedWords(pages: Searchable[], q: string): ParsedQuery {
  const archiveWords = vocabularyOf(pages);
  return searchedQuery(parseQuery(q), (key) => pagesHolding(key, archiveWords) > 0);
}

/** The archive's vocabulary, as the search page's suggestions and spelling variants draw on it. */
export const vocabularyOf = (pages: Searchable[]): WordEntry[] => vocabulary(pages.map((p) => [p.words.join(' ')]));
