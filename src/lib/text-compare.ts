/** Telling an editor where two texts part: the first differing character, shown in context. */

const CONTEXT = 24;

/** Marks a position in a text for a message: `…words before⟨d⟩iffering…`. */
function around(text: string, at: number): string {
  const start = Math.max(0, at - CONTEXT);
  const before = `${start > 0 ? '…' : ''}${text.slice(start, at)}`;
  const rest = text.slice(at, at + CONTEXT);
  const after = at + CONTEXT < text.length ? '…' : '';
  return `"${before}⟨${rest.slice(0, 1)}⟩${rest.slice(1)}${after}"`;
}

/** Marks drawn alike, each folded to one (length kept): quotation marks, apostrophes, spaces, dashes. */
const LOOKALIKE: Record<string, string> = {
  '‘': "'", '’': "'", 'ʼ': "'", '′': "'", '`': "'",
  '“': '"', '”': '"', '„': '"', '″': '"',
  '\u00a0': ' ', '\u202f': ' ', '\u2009': ' ', '\u2007': ' ',
  '‐': '-', '‑': '-', '–': '-', '—': '-', '−': '-',
};
export const foldMarks = (text: string) => text.replace(/[‘’ʼ′`“”„″\u00a0\u202f\u2009\u2007‐‑–—−]/g, (ch) => LOOKALIKE[ch]);

/** The names an editor cannot tell apart by eye, for the marks folded alike. */
const NAMES: Record<string, string> = {
  "'": 'APOSTROPHE', '‘': 'LEFT SINGLE QUOTATION MARK', '’': 'RIGHT SINGLE QUOTATION MARK', 'ʼ': 'MODIFIER LETTER APOSTROPHE', '′': 'PRIME', '`': 'GRAVE ACCENT',
  '"': 'QUOTATION MARK', '“': 'LEFT DOUBLE QUOTATION MARK', '”': 'RIGHT DOUBLE QUOTATION MARK', '„': 'DOUBLE LOW-9 QUOTATION MARK', '″': 'DOUBLE PRIME',
  ' ': 'SPACE', '\u00a0': 'NO-BREAK SPACE', '\u202f': 'NARROW NO-BREAK SPACE', '\u2009': 'THIN SPACE', '\u2007': 'FIGURE SPACE',
  '-': 'HYPHEN-MINUS', '‐': 'HYPHEN', '‑': 'NON-BREAKING HYPHEN', '–': 'EN DASH', '—': 'EM DASH', '−': 'MINUS SIGN',
};
const named = (ch: string) => `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')} ${NAMES[ch]}`;

/** Line breaks and runs of spaces as one space; other spaces (no-break, thin) are characters of the text. */
const collapse = (text: string) => text.replace(/[ \t\r\n]+/g, ' ').trim();

/**
 * Why `needle` is not in `haystack` (line breaks and runs of spaces collapsed): the passage it
 * is nearest, read with quotation marks, apostrophes, spaces and dashes each folded alike, and
 * the first character where they part. Where they part only in such a character, both are named.
 */
export function whereItDiffers(needle: string, haystack: string): string {
  const wanted = collapse(needle);
  const text = collapse(haystack);
  const [foldedWanted, foldedText] = [foldMarks(wanted), foldMarks(text)];
  // The longest prefix found: a shorter prefix of a found one is always found, so search by halves.
  let [low, high] = [0, wanted.length];
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (foldedText.includes(foldedWanted.slice(0, mid))) low = mid;
    else high = mid - 1;
  }
  if (low === 0) return `its first character ${around(wanted, 0)} starts no passage there`;
  const at = foldedText.indexOf(foldedWanted.slice(0, low));
  let differs = 0;
  while (differs < low && wanted[differs] === text[at + differs]) differs++;
  if (differs < low) {
    const [mine, theirs] = [wanted[differs], text[at + differs]];
    return `it differs at character ${differs + 1}: ${around(wanted, differs)}, where the text has ${named(theirs)}, not ${named(mine)}`;
  }
  const found = text.slice(at + low, at + low + CONTEXT);
  return `it differs at character ${low + 1}: ${around(wanted, low)}, where the text has "${found || '(its end)'}"`;
}

/** Where two strings first differ, for "A is … but B is …" messages. */
export function firstDifference(a: string, b: string): string {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return `they differ at character ${i + 1}: ${around(a, i)} against ${around(b, i)}`;
}
