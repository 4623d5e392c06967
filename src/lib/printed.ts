/**
 * Whether a capture prints a value, which decides whether it needs an `inferred` note: the
 * archive records how it established every value the capture does not print, and only those.
 */

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** "Dec", "Dec.", "December", "Sept." for a month number (1–12). */
function monthPattern(month: number): string {
  const name = MONTHS[month - 1];
  return `(?:${name}|${name.slice(0, 3)}\\.?${name === 'september' ? '|sept\\.?' : ''})`;
}

/** Ways a full date is printed: 23 December 2021, December 23, 2021, Dec. 23 2021, 12/23/2021, 23.12.2021, 2021-12-23. */
function fullDatePatterns(iso: string): RegExp[] {
  const [year, month, day] = iso.split('-').map(Number);
  const m = monthPattern(month);
  const d = `0?${day}(?:st|nd|rd|th)?`;
  const mm = `0?${month}`;
  return [
    new RegExp(`\\b${d}\\s+${m}\\s*,?\\s+${year}\\b`, 'i'),
    new RegExp(`\\b${m}\\s+${d}\\s*,?\\s+${year}\\b`, 'i'),
    new RegExp(`\\b${mm}/0?${day}/${year}\\b`),
    new RegExp(`\\b0?${day}[./]${mm}[./]${year}\\b`),
    new RegExp(`\\b${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}\\b`),
  ];
}

/** Whether the text prints this YYYY-MM-DD date in full (day, month and year). */
export function printsFullDate(text: string, iso: string): boolean {
  return fullDatePatterns(iso).some((pattern) => pattern.test(text));
}

/**
 * Whether the text prints a date at its own precision: "1990s" as such, a year, a month with
 * its year ("December 2021"), or a full date.
 */
export function printsDate(text: string, date: string): boolean {
  if (/^\d{3}0s$/.test(date)) return text.includes(date);
  const [year, month, day] = date.split('-').map(Number);
  if (day) return printsFullDate(text, date);
  if (month) return new RegExp(`\\b${monthPattern(month)}\\s*,?\\s+${year}\\b`, 'i').test(text);
  return new RegExp(`\\b${year}\\b`).test(text);
}
