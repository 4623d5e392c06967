/** Dates are kept as ISO strings of the precision the sources allow: YYYY, YYYY-MM or YYYY-MM-DD. */

const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

/**
 * "2021-12-21" → "21 December 2021"; "2022-01" → "January 2022"; "1990" → "1990".
 * Without the year ("21 December", "January") where a heading already gives it.
 */
export function formatDate(date: string, { year: withYear = true } = {}): string {
  const [year, month, day] = date.split('-');
  if (!month) return year;
  const monthName = MONTHS[Number(month) - 1];
  const dayMonth = day ? `${Number(day)} ${monthName}` : monthName;
  return withYear ? `${dayMonth} ${year}` : dayMonth;
}

/** A date in running text, saying so where the archive inferred it: "21 December 2021 (inferred)". */
export function dateLabel(date: string, inferred: boolean): string {
  return `${formatDate(date)}${inferred ? ' (inferred)' : ''}`;
}

/** The month a date falls in, as "YYYY-MM"; a bare year has none. */
export function monthKey(date: string): string | null {
  return date.length >= 7 ? date.slice(0, 7) : null;
}

/**
 * Chronological order for dates of mixed precision: a date sorts before the more precise
 * dates inside it ("2022-01" before "2022-01-05"), which ISO strings already do.
 */
export function compareDates(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
