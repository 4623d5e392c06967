/**
 * Finding quotes in an article's paragraphs. The integrity rules and the plugin that marks
 * quotes in the rendered text both locate quotes here, so what passes the check is what gets
 * marked. A quote matches its text up to whitespace and nothing else.
 */
import { normalizeWhitespace } from './article-text.ts';

export interface QuoteRef {
  claimId: string;
  /** Position among the claim's quotes in this article. */
  index: number;
  text: string;
}

export interface QuoteLocation {
  ref: QuoteRef;
  /** 0-based index into the paragraphs. */
  paragraph: number;
  start: number;
  end: number;
}

export type QuoteProblem =
  | { ref: QuoteRef; kind: 'not-found' }
  | { ref: QuoteRef; kind: 'spans-paragraphs' }
  | { ref: QuoteRef; kind: 'overlaps'; other: QuoteRef };

function pattern(normalized: string): RegExp {
  const words = normalized.split(' ').map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(words.join('\\s+'));
}

/** Whitespace other than single spaces: where a passage's words may lie further apart than in the passage. */
const UNEVEN_SPACING = /[^\S ]| {2}/;

/** Where a passage first occurs in the paragraphs, or null. */
export function findInParagraphs(paragraphs: string[], text: string): Omit<QuoteLocation, 'ref'> | null {
  const needle = normalizeWhitespace(text);
  let re: RegExp | undefined;
  for (let i = 0; i < paragraphs.length; i++) {
    const paragraph = paragraphs[i];
    // In a paragraph spaced by single spaces, the pattern's first match is the passage itself;
    // searching for it is a hundred times cheaper than compiling the pattern.
    if (!UNEVEN_SPACING.test(paragraph)) {
      const start = paragraph.indexOf(needle);
      if (start >= 0) return { paragraph: i, start, end: start + needle.length };
      continue;
    }
    const match = (re ??= pattern(needle)).exec(paragraph);
    if (match) return { paragraph: i, start: match.index, end: match.index + match[0].length };
  }
  return null;
}

export function locateQuotes(
  paragraphs: string[],
  refs: QuoteRef[],
): { locations: QuoteLocation[]; problems: QuoteProblem[] } {
  const locations: QuoteLocation[] = [];
  const problems: QuoteProblem[] = [];
  const whole = normalizeWhitespace(paragraphs.join(' '));
  for (const ref of refs) {
    const found = findInParagraphs(paragraphs, ref.text);
    if (found) {
      locations.push({ ref, ...found });
    } else {
      const spans = whole.includes(normalizeWhitespace(ref.text));
      problems.push({ ref, kind: spans ? 'spans-paragraphs' : 'not-found' });
    }
  }
  const ordered = [...locations].sort((a, b) => a.paragraph - b.paragraph || a.start - b.start);
  for (let i = 1; i < ordered.length; i++) {
    const [before, after] = [ordered[i - 1], ordered[i]];
    if (before.paragraph === after.paragraph && after.start < before.end) {
      problems.push({ ref: after.ref, kind: 'overlaps', other: before.ref });
    }
  }
  return { locations, problems };
}
