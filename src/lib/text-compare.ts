/** Telling an editor where two texts part: the first differing character, shown in context. */
import { normalizeWhitespace } from './article-text.ts';

const CONTEXT = 24;

/** Marks a position in a text for a message: `…words before⟨d⟩iffering…`. */
function around(text: string, at: number): string {
  const start = Math.max(0, at - CONTEXT);
  const before = `${start > 0 ? '…' : ''}${text.slice(start, at)}`;
  const rest = text.slice(at, at + CONTEXT);
  const after = at + CONTEXT < text.length ? '…' : '';
  return `"${before}⟨${rest.slice(0, 1)}⟩${rest.slice(1)}${after}"`;
}

/**
 * Why `needle` is not in `haystack` (both compared with whitespace collapsed): the longest
 * start of the needle that the haystack has, and what follows it on each side.
 */
export function whereItDiffers(needle: string, haystack: string): string {
  const wanted = normalizeWhitespace(needle);
  const text = normalizeWhitespace(haystack);
  // The longest prefix found: a shorter prefix of a found one is always found, so search by halves.
  let [low, high] = [0, wanted.length];
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (text.includes(wanted.slice(0, mid))) low = mid;
    else high = mid - 1;
  }
  if (low === 0) return `its first character ${around(wanted, 0)} starts no passage there`;
  const at = text.indexOf(wanted.slice(0, low));
  const found = text.slice(at + low, at + low + CONTEXT);
  return `it differs at character ${low + 1}: ${around(wanted, low)}, where the text has "${found || '(its end)'}"`;
}

/** Where two strings first differ, for "A is … but B is …" messages. */
export function firstDifference(a: string, b: string): string {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return `they differ at character ${i + 1}: ${around(a, i)} against ${around(b, i)}`;
}
