import { describe, expect, it } from 'vitest';
import { activeFilters, indexedForms, isEmpty, parseQuery, readState, replaceWord, searchedQuery, searchKey, spellingCombinations, writeState } from './search-query.ts';

describe('search state in the URL', () => {
  it('round-trips, leaving out empty fields, in a fixed order', () => {
    const state = readState(new URLSearchParams('sort=date-asc&q=not+an+inch&speaker=vladimir-putin&unknown=1'));
    expect(state).toEqual({ q: 'not an inch', outlet: '', speaker: 'vladimir-putin', topic: '', month: '', sort: 'date-asc' });
    expect(writeState(state)).toBe('?q=not+an+inch&speaker=vladimir-putin&sort=date-asc');
    expect(activeFilters(state)).toEqual(['speaker']);
  });

  it('ignores a sort order it does not know, and is empty with neither words nor filters', () => {
    expect(readState(new URLSearchParams('sort=random')).sort).toBe('');
    expect(isEmpty(readState(new URLSearchParams('q=%20&sort=date-asc')))).toBe(true);
  });
});

describe('searchKey: a word as the index holds it', () => {
  it('makes straight and typographic apostrophes, case, diacritics and dots the same', () => {
    expect(searchKey('Russia’s')).toBe(searchKey("Russia's"));
    expect(searchKey('O’Reilly')).toBe('oreilly');
    expect(searchKey('U.S.')).toBe('us');
    expect(searchKey('Zelenskiy,')).toBe('zelenskiy');
    expect(searchKey('Déjà')).toBe('deja');
    expect(searchKey('—')).toBe('');
  });
});

describe('indexedForms: the words the index holds for a printed word', () => {
  it('holds the word, and the parts punctuation joins', () => {
    expect(indexedForms('Russia-backed')).toEqual(['russiabacked', 'russia', 'backed']);
    expect(indexedForms('/TASS/.')).toEqual(['tass']);
    expect(indexedForms('U.S.')).toEqual(['us']);
    expect(indexedForms('Russia’s')).toEqual(['russias']);
    expect(indexedForms('—')).toEqual([]);
  });

  it('holds the parts a capital inside the word joins, as Pagefind splits them', () => {
    expect(indexedForms('SkyNews')).toEqual(['skynews', 'sky', 'news']);
    expect(indexedForms('NATO')).toEqual(['nato']);
    expect(indexedForms('Sky')).toEqual(['sky']);
  });
});

describe('parseQuery', () => {
  it('finds a quoted phrase anywhere in the query, with straight or curly marks', () => {
    for (const q of ['"not an inch" NATO', '“not an inch” NATO', 'NATO “not an inch”']) {
      const parsed = parseQuery(q);
      expect(parsed.phrases.map((p) => p.map((w) => w.key))).toEqual([['not', 'an', 'inch']]);
      expect(parsed.words.map((w) => w.key).sort()).toEqual(['an', 'inch', 'nato', 'not']);
    }
  });

  it('treats a one-word phrase as a word and ignores an unpaired mark', () => {
    expect(parseQuery('"inch"')).toEqual({ words: [{ text: 'inch', key: 'inch' }], phrases: [], operators: [] });
    expect(parseQuery('not "an inch').phrases).toEqual([]);
    expect(parseQuery('not "an inch').words.map((w) => w.key)).toEqual(['not', 'an', 'inch']);
  });

  it('searches a compound the archive does not hold as one word as its parts, in its place in a phrase', () => {
    const held = (key: string) => key === 'usled';
    const keys = (q: string) => {
      const searched = searchedQuery(parseQuery(q), held);
      return [searched.words.map((w) => w.key), searched.phrases.map((p) => p.map((w) => w.key))];
    };
    expect(keys('legally-binding')).toEqual([['legally', 'binding'], [['legally', 'binding']]]);
    expect(keys('"legally-binding"')).toEqual([['legally', 'binding'], [['legally', 'binding']]]);
    expect(keys('"legally-binding security guarantees"')).toEqual([['legally', 'binding', 'security', 'guarantees'], [['legally', 'binding', 'security', 'guarantees']]]);
    expect(keys('US-led')).toEqual([['usled'], []]);
    expect(keys('Russia’s')).toEqual([['russias'], []]);
  });

  it('notes what other searches read as operators, outside phrases, to say how it was read', () => {
    expect(parseQuery('NATO -Putin').operators).toEqual(['-Putin']);
    expect(parseQuery('Putin OR Biden AND not "NOT here" - x').operators).toEqual(['OR', 'AND']);
    expect(parseQuery('Putin OR Biden').words.map((w) => w.key)).toEqual(['putin', 'or', 'biden']);
  });

  it('keeps each word once, as typed, and drops what is only punctuation', () => {
    expect(parseQuery('Russia’s — “Russia’s”').words).toEqual([{ text: 'Russia’s', key: 'russias' }]);
  });
});

describe('replaceWord, for a suggestion', () => {
  it('replaces the whole word only', () => {
    expect(replaceWord('Ryabkof said Ryabkofs', 'Ryabkof', 'Ryabkov')).toBe('Ryabkov said Ryabkofs');
    expect(replaceWord('"Riabkov will"', 'Riabkov', 'Ryabkov')).toBe('"Ryabkov will"');
  });
});

describe('spellingCombinations, for a query with spelling variants', () => {
  it('gives each way to spell the words, the typed spellings first, up to a limit', () => {
    expect(spellingCombinations([['defence', 'defense'], ['ministry']], 8)).toEqual([['defence', 'ministry'], ['defense', 'ministry']]);
    expect(spellingCombinations([['a', 'b'], ['c', 'd']], 3)).toEqual([['a', 'c'], ['a', 'd'], ['b', 'c']]);
    expect(spellingCombinations([], 8)).toEqual([[]]);
  });
});
