/**
 * Sentence boundaries within a paragraph: the archive's own rule, written out here rather than
 * left to a library or to the browser's Intl.Segmenter, whose choices change between versions.
 * A sentence's number is part of its permalink (#p-3-s2), and the permalink manifest
 * fingerprints every sentence, so any change to this rule that moves a boundary fails the tests.
 *
 * The rule: a sentence ends at ".", "?" or "!" (with any closing quotation marks or brackets
 * after it) when whitespace follows and the next word begins with a capital letter or a digit
 * (after any opening quotation mark or bracket). It does not end after an abbreviation ("Mr.",
 * "Dec.", "Gen."), an initialism ("U.S.", "J.") or inside an opening dateline.
 */
import type { Place } from './pinpoint.ts';
import { findInParagraphs } from './quotes.ts';

/** Abbreviations that end in a full stop without ending a sentence (compared in lower case). */
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'col', 'lt', 'sgt', 'capt', 'cmdr', 'adm', 'maj', 'sen', 'rep', 'gov', 'pres',
  'st', 'jr', 'sr', 'rev', 'hon', 'inc', 'ltd', 'corp', 'vs', 'etc', 'approx', 'dept',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'a.m', 'p.m', 'e.g', 'i.e',
]);

const CLOSERS = '"”’\'»)]';
/** "’" too: outlets open quotations with it by mistake ("’Not an inch…"), and it opens nothing else after a full stop. */
const OPENERS = '"“‘’\'«([';

/** Whether the word ending at `end` (its final full stop excluded) is an abbreviation or initialism. */
function isAbbreviation(text: string, end: number): boolean {
  let start = end;
  while (start > 0 && /[\p{L}.]/u.test(text[start - 1])) start--;
  const word = text.slice(start, end);
  // Initialisms: "U.S", "U.K", "J" (an initial).
  if (/^(\p{Lu}\.)*\p{Lu}$/u.test(word)) return true;
  return ABBREVIATIONS.has(word.toLowerCase());
}

/** Whether a sentence may start at `at`: optional opening marks, then a capital or a digit. */
function startsSentence(text: string, at: number): boolean {
  let i = at;
  while (i < text.length && OPENERS.includes(text[i])) i++;
  return i < text.length && /[\p{Lu}\p{N}]/u.test(text[i]);
}

export interface SentenceSpan {
  /** Offsets in the paragraph's text: [start, end), end before any trailing whitespace. */
  start: number;
  end: number;
}

/**
 * The sentences of a paragraph, tiling its text (whitespace between them belongs to none).
 * `keepTogether` is the length of an opening that holds no boundary, such as the dateline
 * "MOSCOW, December 23. /TASS/." that opens a wire report.
 */
export function splitSentences(text: string, keepTogether = 0): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  let start = text.search(/\S/);
  if (start < 0) return spans;
  for (let i = start; i < text.length; i++) {
    const ch = text[i];
    if (ch !== '.' && ch !== '?' && ch !== '!') continue;
    let end = i + 1;
    while (end < text.length && (CLOSERS.includes(text[end]) || text[end] === '.' || text[end] === '?' || text[end] === '!')) end++;
    if (end >= text.length || !/\s/.test(text[end])) continue;
    let next = end;
    while (next < text.length && /\s/.test(text[next])) next++;
    if (end <= keepTogether || !startsSentence(text, next)) continue;
    if (ch === '.' && isAbbreviation(text, i)) continue;
    spans.push({ start, end });
    start = next;
    i = next - 1;
  }
  const last = text.trimEnd().length;
  if (last > start) spans.push({ start, end: last });
  return spans;
}

/**
 * The sentences of each paragraph of an article. The dateline, where the first paragraph opens
 * with it, belongs to the first sentence. Every consumer numbers sentences through this.
 */
export function paragraphSentences(paragraphs: string[], dateline: string | null): SentenceSpan[][] {
  const opening = dateline ? findInParagraphs(paragraphs.slice(0, 1), dateline) : null;
  const keepTogether = opening && opening.start === 0 ? opening.end : 0;
  return paragraphs.map((text, i) => splitSentences(text, i === 0 ? keepTogether : 0));
}

/** Where a passage (a quote) begins, by paragraph and sentence; null if it is not in the text. */
export function placeOf(paragraphs: string[], sentences: SentenceSpan[][], passage: string): Place | null {
  const found = findInParagraphs(paragraphs, passage);
  if (!found) return null;
  const index = sentences[found.paragraph].findIndex((s) => found.start < s.end);
  return { paragraph: found.paragraph + 1, sentence: Math.max(0, index) + 1 };
}

