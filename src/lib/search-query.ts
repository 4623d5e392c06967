/**
 * What a reader typed into search, as the search page runs it. The page's state lives in its
 * URL (`/search/?q=not+an+inch&outlet=tass`), so a search can be shared and the back button
 * works. Pure: the page script does the DOM and Pagefind.
 */

export const FILTER_KEYS = ['outlet', 'speaker', 'topic', 'month'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];
export type SortOrder = '' | 'date-asc' | 'date-desc';

export interface SearchState extends Record<FilterKey, string> {
  q: string;
  sort: SortOrder;
}

export function readState(params: URLSearchParams): SearchState {
  const sort = params.get('sort') ?? '';
  const state = { q: params.get('q') ?? '', sort: sort === 'date-asc' || sort === 'date-desc' ? sort : '' } as SearchState;
  for (const key of FILTER_KEYS) state[key] = params.get(key) ?? '';
  return state;
}

/** The query string for a state, without empty fields, in a fixed order. */
export function writeState(state: SearchState): string {
  const params = new URLSearchParams();
  for (const key of ['q', ...FILTER_KEYS, 'sort'] as const) {
    const value = state[key].trim();
    if (value) params.set(key, value);
  }
  const query = params.toString();
  return query ? `?${query}` : '';
}

export function isEmpty(state: SearchState): boolean {
  return !state.q.trim() && FILTER_KEYS.every((key) => !state[key]);
}

export const activeFilters = (state: SearchState) => FILTER_KEYS.filter((key) => state[key]);

/**
 * A word as Pagefind indexes and looks it up: lower case, without diacritics, without
 * punctuation ("Russia’s" and "Russia's" are both "russias"; "U.S." is "us"). Pagefind then
 * stems it, on both sides, so "deceive" finds "deceived".
 */
export function searchKey(word: string): string {
  return word
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[\p{Pd}\p{Pe}\p{Pf}\p{Pi}\p{Po}\p{Ps}]/gu, '');
}

const strip = (word: string) => word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

/**
 * The parts of a compound word as printed, where punctuation or a capital inside the word joins
 * them ("Russia" and "backed" of "Russia-backed", "Sky" and "News" of "SkyNews"), each of two or
 * more characters; none for a word that is not compound. Pagefind indexes each part on its own
 * (its fossick/splitting.rs).
 */
export function compoundParts(printed: string): string[] {
  const compound = /[^\p{L}\p{N}]/u.test(printed) || /\p{Lu}/u.test(printed.slice(1));
  if (!compound) return [];
  return printed
    .replace(/[!-/:-@[-`{-~]/g, ' ')
    // Where a word's case or kind of character changes: "SkyNews", "ABCNews", "Covid19".
    .replace(/(\p{Ll})(?=\p{Lu})|(\p{Lu})(?=\p{Lu}\p{Ll})|(\p{L})(?=\p{N})|(\p{N})(?=\p{L})/gu, '$& ')
    .split(/\s+/)
    .map((part) => part.replace(/[^\p{L}\p{N}]/gu, ''))
    .filter((part) => strip(part).length > 1);
}

/**
 * The words Pagefind indexes for a word printed on a page: the word itself, letters and digits
 * only, and each part of a compound word, at the same position. So "Russia" finds
 * "Russia-backed", and "Sky News" finds "SkyNews".
 */
export function indexedForms(printed: string): string[] {
  const whole = strip(printed);
  return whole ? [...new Set([whole, ...compoundParts(printed).map(strip)])] : [];
}

export interface QueryWord {
  /** As typed, for messages. */
  text: string;
  key: string;
}

export interface ParsedQuery {
  /** Every word typed, outside and inside phrases, each once. */
  words: QueryWord[];
  /** Quoted phrases of two or more words, which must occur as typed, in order. */
  phrases: QueryWord[][];
  /** What other searches read as operators ("OR", "-Putin"), which this one searches as words. */
  operators: string[];
}

const QUOTES = /["“”„]/;

/**
 * Splits a query into words and quoted phrases. Straight and typographic quotation marks both
 * quote ("not an inch" or “not an inch”), anywhere in the query; an unpaired mark is ignored.
 */
export function parseQuery(query: string): ParsedQuery {
  const parts = query.split(QUOTES);
  // With an unpaired mark the last part is outside any phrase.
  const paired = parts.length % 2 === 1 ? parts : [...parts.slice(0, -2), `${parts.at(-2)} ${parts.at(-1)}`];
  const toWords = (text: string) =>
    text
      .split(/\s+/)
      .map((word) => ({ text: word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''), key: searchKey(word) }))
      .filter((word) => word.key);
  const outside = paired.filter((_, i) => i % 2 === 0);
  const phrases = paired.filter((_, i) => i % 2 === 1).map(toWords).filter((phrase) => phrase.length > 0);
  const words = new Map<string, QueryWord>();
  for (const word of [...outside.flatMap(toWords), ...phrases.flat()]) if (!words.has(word.key)) words.set(word.key, word);
  const operators = outside.flatMap((text) => text.split(/\s+/)).filter((token) => /^(OR|AND|NOT)$|^-[\p{L}\p{N}]/u.test(token));
  return { words: [...words.values()], phrases: phrases.filter((phrase) => phrase.length > 1), operators };
}

/** The parts of a word joined by a hyphen, dash or slash ("legally" and "binding" of "legally-binding"), or none; never at an apostrophe or a dot ("Russia’s", "U.S."). */
export function joinedParts(word: string): string[] {
  const parts = word.split(/[\p{Pd}/]+/u).filter((part) => searchKey(part));
  return parts.length > 1 ? parts : [];
}

/**
 * The query as searched: a word joined by a hyphen, dash or slash that the archive does not hold as one
 * ("legally-binding", where the outlets print "legally binding") is searched as its parts, one
 * after another: as a phrase, or in its place in a phrase. `held`: whether the archive holds a word's key.
 */
export function searchedQuery(query: ParsedQuery, held: (key: string) => boolean): ParsedQuery {
  const asSearched = (word: QueryWord): QueryWord[] => {
    const parts = joinedParts(word.text);
    return parts.length === 0 || held(word.key) ? [word] : parts.map((part) => ({ text: part, key: searchKey(part) }));
  };
  const eachAsSearched = query.words.map(asSearched);
  const words = new Map<string, QueryWord>();
  for (const word of eachAsSearched.flat()) if (!words.has(word.key)) words.set(word.key, word);
  const inPhrases = new Set(query.phrases.flat().map((word) => word.key));
  // A split word's parts stand together, as the hyphen held them: a phrase, unless within one already.
  const splitAlone = eachAsSearched.filter((parts, i) => parts.length > 1 && !inPhrases.has(query.words[i].key));
  return { ...query, words: [...words.values()], phrases: [...query.phrases.map((phrase) => phrase.flatMap(asSearched)), ...splitAlone] };
}

/** The query with one typed word replaced, for a "Did you mean …?" link. */
export function replaceWord(query: string, word: string, replacement: string): string {
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return query.replace(new RegExp(`(^|[^\\p{L}\\p{N}])${escaped}(?=$|[^\\p{L}\\p{N}])`, 'u'), `$1${replacement}`);
}

/**
 * The ways to spell a run of words, one spelling per word, the typed spellings first, at most
 * `most` of them: a query with a spelling variant is searched once per way (Pagefind has no "or").
 */
export function spellingCombinations(spellings: string[][], most: number): string[][] {
  let ways: string[][] = [[]];
  for (const forms of spellings) ways = ways.flatMap((way) => forms.map((form) => [...way, form])).slice(0, most);
  return ways;
}
