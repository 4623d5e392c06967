/**
 * The words the archive's searchable text holds, written at build time, so that the search page
 * can meet a word that occurs nowhere with "Did you mean …?" drawn from words that are there,
 * find a word's other spellings, and know when Pagefind's own search of a word is exact. Split
 * into files by a word's first character, so a search loads only a small part of a large archive.
 */
import { editDistance } from './edit-distance.ts';
import { searchStem } from './search-passages.ts';
import { compoundParts, indexedForms, searchKey } from './search-query.ts';
import { spellingCandidates } from './spellings.ts';

/** One word: its search key, how it is most often printed, and how many pages hold it. */
export type WordEntry = [key: string, printed: string, pages: number];

/**
 * The words of each page's searchable text, counted once per page, with the parts of compound
 * words among them, as search finds them ("backed" of "Russia-backed").
 */
export function vocabulary(pages: string[][]): WordEntry[] {
  const byKey = new Map<string, { forms: Map<string, number>; pages: number }>();
  // A text repeats most of its words: each distinct token is read once.
  const read = new Map<string, { printed: string; key: string }[]>();
  for (const texts of pages) {
    const seen = new Set<string>();
    for (const token of texts.join(' ').split(/\s+/)) {
      let words = read.get(token);
      if (!words) {
        const whole = token.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
        words = [whole, ...compoundParts(whole)].map((printed) => ({ printed, key: searchKey(printed) })).filter(({ key }, i, all) => key && all.findIndex((w) => w.key === key) === i);
        read.set(token, words);
      }
      for (const { printed, key } of words) {
        const entry = byKey.get(key) ?? { forms: new Map(), pages: 0 };
        entry.forms.set(printed, (entry.forms.get(printed) ?? 0) + 1);
        if (!seen.has(key)) {
          entry.pages++;
          seen.add(key);
        }
        byKey.set(key, entry);
      }
    }
  }
  return [...byKey]
    .map(([key, { forms, pages: count }]): WordEntry => [key, [...forms].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0][0], count])
    .sort((a, b) => a[0].localeCompare(b[0]));
}

/** Which file a key's neighbours are in: its first character, or "0" for anything but a-z. */
export function chunkOf(key: string): string {
  const first = key[0] ?? '';
  return /[a-z]/.test(first) ? first : '0';
}

/**
 * English function words (a common stop list): never offered as a suggestion, since a search
 * for one finds nearly every page ("Auther" is not a misspelling of "after").
 */
export const STOPWORDS = new Set(
  `a about above after again against all am an and any are as at be because been before being below between both but by can
  could did do does doing down during each few for from further had has have having he her here hers herself him himself his
  how i if in into is it its itself just me more most my myself no nor not now of off on once only or other our ours ourselves
  out over own same she should so some such than that the their theirs them themselves then there these they this those
  through to too under until up very was we were what when where which while who whom why will with would you your yours
  yourself yourselves`.split(/\s+/),
);

/**
 * Words the archive holds that are close to a key it does not: one edit away for a word of up
 * to six letters, two for a longer one; fewest edits first, then the commonest. Never a
 * function word.
 */
export function suggestions(key: string, words: WordEntry[], count = 3): string[] {
  const limit = key.length <= 6 ? 1 : 2;
  return words
    .filter((entry) => !STOPWORDS.has(entry[0]))
    .map((entry) => ({ entry, distance: editDistance(key, entry[0], limit) }))
    .filter(({ distance }) => distance <= limit)
    .sort((a, b) => a.distance - b.distance || b.entry[2] - a.entry[2] || a.entry[0].localeCompare(b.entry[0]))
    .slice(0, count)
    .map(({ entry }) => entry[1]);
}

/**
 * The other spellings of a typed word that the archive holds (src/lib/spellings.ts): for each
 * candidate, an archive word with the candidate's stem ("defense" or "defenses" for "defence"),
 * the one on most pages, once per stem; none with the typed word's own stem, which search finds
 * already. Every rule keeps the first letter, so the typed word's file of words is enough.
 */
export function spellingVariants(key: string, words: WordEntry[]): string[] {
  const stems = new Set(spellingCandidates(key).map(searchStem));
  stems.delete(searchStem(key));
  if (stems.size === 0) return [];
  const byStem = new Map<string, WordEntry>();
  for (const entry of words) {
    const stemmed = searchStem(entry[0]);
    if (stems.has(stemmed) && (byStem.get(stemmed)?.[2] ?? 0) < entry[2]) byStem.set(stemmed, entry);
  }
  return [...byStem.values()].map((entry) => entry[0]);
}

/** A file of words by stem, worked out once per file: the stems Pagefind indexes, sorted, and the most pages holding a word with each stem. */
interface StemIndex {
  indexed: string[];
  pages: Map<string, number>;
}
const stemIndexes = new WeakMap<WordEntry[], StemIndex>();

function stemIndex(words: WordEntry[]): StemIndex {
  let index = stemIndexes.get(words);
  if (!index) {
    const pages = new Map<string, number>();
    for (const [key, , count] of words) {
      const stem = searchStem(key);
      pages.set(stem, Math.max(pages.get(stem) ?? 0, count));
    }
    index = { indexed: [...new Set(words.flatMap((entry) => indexedForms(entry[1]).map(searchStem)))].sort(), pages };
    stemIndexes.set(words, index);
  }
  return index;
}

/**
 * Whether Pagefind's own search of a word, typed alone, finds just the pages that hold it: the
 * archive holds the word, and no other word of it begins with the word's stem. For Pagefind
 * finds a typed word in every indexed word that begins with its stem ("all" in "alliance"), and
 * a word it does not hold in the longest indexed word it begins with ("be" for "Belarus"). Then
 * the search page needs no exact search of the word. `words`: the word's file of words
 * (chunkOf), which holds every word that could begin with it.
 */
export function foundAlone(key: string, words: WordEntry[]): boolean {
  if (!/^[\p{L}\p{N}]+$/u.test(key)) return false;
  const stems = stemIndex(words).indexed;
  const stem = searchStem(key);
  // Sorted, a word's extensions follow it.
  let at = 0;
  for (let high = stems.length; at < high; ) {
    const middle = (at + high) >> 1;
    if (stems[middle] < stem) at = middle + 1;
    else high = middle;
  }
  return stems[at] === stem && !(stems[at + 1]?.startsWith(stem) ?? false);
}

/** About how many pages hold a word in any of its forms, by the word list: the most that hold any one form with its stem. */
export function pagesHolding(key: string, words: WordEntry[]): number {
  return stemIndex(words).pages.get(searchStem(key)) ?? 0;
}
