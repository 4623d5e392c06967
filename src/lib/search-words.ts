/**
 * The words the archive's searchable text holds, written at build time, so that a word that
 * occurs nowhere can be met with "Did you mean …?" drawn from words that are there. Split into
 * files by a word's first character, so a suggestion loads only a small part of a large archive.
 */
import { searchKey } from './search-query.ts';

/** One word: its search key, how it is most often printed, and how many pages hold it. */
export type WordEntry = [key: string, printed: string, pages: number];

/** The words of each page's searchable text, counted once per page. */
export function vocabulary(pages: string[][]): WordEntry[] {
  const byKey = new Map<string, { forms: Map<string, number>; pages: number }>();
  // A text repeats most of its words: each distinct token is read once.
  const read = new Map<string, { printed: string; key: string }>();
  for (const texts of pages) {
    const seen = new Set<string>();
    for (const token of texts.join(' ').split(/\s+/)) {
      let word = read.get(token);
      if (!word) {
        const printed = token.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
        word = { printed, key: searchKey(printed) };
        read.set(token, word);
      }
      const { printed, key } = word;
      if (!key) continue;
      const entry = byKey.get(key) ?? { forms: new Map(), pages: 0 };
      entry.forms.set(printed, (entry.forms.get(printed) ?? 0) + 1);
      if (!seen.has(key)) {
        entry.pages++;
        seen.add(key);
      }
      byKey.set(key, entry);
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

/** Edits (insert, delete, substitute, swap two neighbours) turning a into b, up to a limit. */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const rows: number[][] = [Array.from({ length: b.length + 1 }, (_, j) => j)];
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(rows[i - 1][j] + 1, row[j - 1] + 1, rows[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) row[j] = Math.min(row[j], rows[i - 2][j - 2] + 1);
    }
    if (Math.min(...row) > limit) return limit + 1;
    rows.push(row);
  }
  return rows[a.length][b.length];
}

/** Words the archive holds that are close to a key it does not: fewest edits first, then the commonest. */
export function suggestions(key: string, words: WordEntry[], count = 3): string[] {
  const limit = key.length <= 5 ? 1 : 2;
  return words
    .map((entry) => ({ entry, distance: editDistance(key, entry[0], limit) }))
    .filter(({ distance }) => distance <= limit)
    .sort((a, b) => a.distance - b.distance || b.entry[2] - a.entry[2] || a.entry[0].localeCompare(b.entry[0]))
    .slice(0, count)
    .map(({ entry }) => entry[1]);
}
