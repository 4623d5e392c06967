/**
 * Lines a web page prints around an article that are never the outlet's text: a date or time
 * on its own or under a label ("Published : 21 Feb 2022 08:35 PM", "Updated:", "Posted on …"),
 * a byline, share buttons, a cookie notice. One recogniser for the drafter (which proposes them
 * as removed chrome, or as `dateAsPrinted`) and for the integrity rule that no paragraph is one,
 * so a date line cannot ship as the permanent anchor #p-1. Pure.
 */

/** A month's name as outlets print it, abbreviated or not. */
export const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)';
const WEEKDAY = '(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\\.?,? )';
const TIME = '\\d{1,2}[:.]\\d{2}(?::\\d{2})?(?: ?[AaPp]\\.?[Mm]\\.?)?(?: ?\\(?(?:[A-Z]{2,5}|GMT[+-]\\d{1,2}(?::?\\d{2})?)\\)?)?';
const DAY = `(?:${MONTH} \\d{1,2}(?:st|nd|rd|th)?,? \\d{4}|\\d{1,2}(?:st|nd|rd|th)? ${MONTH},? \\d{4}|\\d{1,2}/\\d{1,2}/\\d{4}|\\d{1,2}\\.\\d{1,2}\\.\\d{4}|\\d{4}-\\d{2}-\\d{2})`;
/** A date, perhaps with weekday and time before or after it: "Fri, 12/24/2021 - 11:19", "21 Feb 2022 08:35 PM". */
const DATE = `${WEEKDAY}?(?:${TIME}[ ,|–-]+)?${DAY}(?:[ ,|–@-]+(?:at )?${TIME})?`;

/** Labels that say the date is the publication's. */
const PUBLISHED = '(?:published|first published|posted|date|released|issued)(?: on| at)?';
/** Labels that say it is not: a later edit. */
const UPDATED = '(?:updated|last updated|modified|last modified|edited)(?: on| at)?';
/** A separator between a label and its value. */
const SEP = '\\s*[:|–—-]?\\s*';
/** "By Jane Doe" and its separator before a date; a name is a few words without sentence punctuation. */
const BYLINE = "By\\s+([\\p{Lu}][\\p{L}.'’-]*(?:\\s+[\\p{L}.'’-]+){0,4})";

const DATE_ONLY = new RegExp(`^${DATE}$`, 'iu');
const TIME_ONLY = new RegExp(`^(?:${PUBLISHED}${SEP}|${UPDATED}${SEP})?${TIME}$`, 'iu');
const PUBLISHED_LINE = new RegExp(`^${PUBLISHED}${SEP}${DATE}$`, 'iu');
const UPDATED_LINE = new RegExp(`^${UPDATED}${SEP}${DATE}$`, 'iu');
/** "By Jane Doe | 21 Feb 2022", "By Jane Doe, Reuters | Published: …". */
const BYLINE_WITH_DATE = new RegExp(`^${BYLINE}(?:\\s*[,|•·–—-]\\s*[^|•·\\n]{1,40}?)?\\s*[|•·,–—-]\\s*(?:${PUBLISHED}${SEP})?${DATE}$`, 'u');
const BYLINE_ONLY = new RegExp(`^${BYLINE}(?:\\s*[,|•·–—-]\\s*[\\p{Lu}][\\p{L} .'’-]{0,40})?$`, 'u');
const NETWORK = 'tweet|e-?mail|print|copy link|facebook|twitter|x|whatsapp|telegram|linkedin|reddit|vk|pinterest|messenger';
/** A share button's label: "Share this article", "Share on Facebook", "Tweet", "Email". */
const SHARE_ITEM = `(?:share(?: this| the)?(?: article| story| post| page)?(?: on| via)?(?:\\s+(?:${NETWORK}))?|${NETWORK})`;
const SHARE = new RegExp(`^${SHARE_ITEM}:?(?:[\\s|,·•/]+${SHARE_ITEM}:?)*$`, 'i');
const COOKIE = /\bcookies?\b.*\b(?:experience|accept|agree|consent|opt-out|ok|privacy|policy)\b|#buttons=/is;

/**
 * A date line's kind: the publication's date (alone, or labelled "Published", "Posted on", or
 * after a byline), which is for `dateAsPrinted` if it states the date in full; or an update,
 * which is not the publication date and so is removed chrome. Null: not a date line.
 */
export function dateLineKind(line: string): 'published' | 'updated' | null {
  const text = line.trim();
  if (UPDATED_LINE.test(text)) return 'updated';
  if (DATE_ONLY.test(text) || PUBLISHED_LINE.test(text) || BYLINE_WITH_DATE.test(text)) return 'published';
  return null;
}

/** A byline without a date: "By Jane Doe", "By Jane Doe, Reuters"; not a sentence ("By Thursday, Moscow had replied."). */
const bylineOnly = (text: string) => (/[.!?”"]$/.test(text) ? null : BYLINE_ONLY.exec(text));

/** The name a byline gives ("By Jane Doe | 21 Feb 2022" → "Jane Doe"), or null. */
export function bylineName(line: string): string | null {
  const text = line.trim();
  return (BYLINE_WITH_DATE.exec(text) ?? bylineOnly(text))?.[1] ?? null;
}

/**
 * What kind of page chrome a paragraph is in full, or null when it is (or may be) the outlet's
 * text. Only whole, short paragraphs count: a sentence that mentions a date or cookies is text.
 */
export function chromeParagraphKind(paragraph: string): string | null {
  const text = paragraph.replace(/\s+/g, ' ').trim();
  if (text.length > 300) return null;
  const date = dateLineKind(text);
  if (date === 'updated') return 'update time';
  if (date === 'published') return BYLINE_WITH_DATE.test(text) ? 'byline with a date' : 'date line';
  if (TIME_ONLY.test(text)) return 'time';
  if (bylineOnly(text)) return 'byline';
  if (SHARE.test(text)) return 'share buttons';
  if (COOKIE.test(text) && text.length < 250) return 'cookie notice';
  return null;
}
