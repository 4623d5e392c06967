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

function pattern(text: string): RegExp {
  const words = normalizeWhitespace(text).split(' ').map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(words.join('\\s+'));
}

/** Where a passage first occurs in the paragraphs, or null. */
export function findInParagraphs(paragraphs: string[], text: string): Omit<QuoteLocation, 'ref'> | null {
  const re = pattern(text);
  for (let i = 0; i < paragraphs.length; i++) {
    const match = re.exec(paragraphs[i]);
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
