/**
 * Word-level comparison of two outlets' wordings of one statement. The diff itself is jsdiff's;
 * what is ours is what counts as a word: case, punctuation and the kind of quotation mark or
 * apostrophe are the outlets' typography, not their wording, so they never count as changes.
 */
import { diffArrays } from 'diff';

/**
 * Why outlets' wordings of one statement may differ, said once for every comparison. The archive
 * says only that they differ and why they may: which wording is nearer the speaker's is not known.
 */
export const WHY_WORDINGS_DIFFER =
  'The wordings differ: an outlet may have made its own translation or used another’s, or quoted a different part of what was said.';

export interface Token {
  text: string;
  /** In this wording but not (at this place) in the other. */
  only: boolean;
}

export interface Comparison {
  a: Token[];
  b: Token[];
  /** Words the two wordings share in order. */
  shared: number;
  /** Share of words in common: 2 × shared / (words in a + words in b), from 0 to 1. */
  similarity: number;
}

/** The comparable form of a word: lower case, no punctuation, one kind of apostrophe. */
export function wordKey(token: string): string {
  return token
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc`]/g, "'")
    .replace(/[^\p{L}\p{N}']+/gu, '')
    .replace(/^'+|'+$/g, '');
}

function words(text: string): { tokens: string[]; keyed: number[] } {
  const tokens = text.split(/\s+/).filter(Boolean);
  // Tokens with no letters or digits (a dash, an ellipsis) are typography: shown, never compared.
  const keyed = tokens.flatMap((token, i) => (wordKey(token) ? [i] : []));
  return { tokens, keyed };
}

export function compareWordings(a: string, b: string): Comparison {
  const left = words(a);
  const right = words(b);
  const leftKeys = left.keyed.map((i) => wordKey(left.tokens[i]));
  const rightKeys = right.keyed.map((i) => wordKey(right.tokens[i]));
  const onlyLeft = new Set<number>();
  const onlyRight = new Set<number>();
  let [l, r, shared] = [0, 0, 0];
  for (const change of diffArrays(leftKeys, rightKeys)) {
    const count = change.value.length;
    if (change.removed) {
      for (let k = 0; k < count; k++) onlyLeft.add(left.keyed[l + k]);
      l += count;
    } else if (change.added) {
      for (let k = 0; k < count; k++) onlyRight.add(right.keyed[r + k]);
      r += count;
    } else {
      shared += count;
      l += count;
      r += count;
    }
  }
  const total = leftKeys.length + rightKeys.length;
  return {
    a: left.tokens.map((text, i) => ({ text, only: onlyLeft.has(i) })),
    b: right.tokens.map((text, i) => ({ text, only: onlyRight.has(i) })),
    shared,
    similarity: total === 0 ? 1 : (2 * shared) / total,
  };
}

/** The wording an article gives a claim: its direct speech if it has any, else its paraphrase. */
export function wordingOf(quotes: { text: string; form: 'direct' | 'paraphrase' }[]): { text: string; form: 'direct' | 'paraphrase' } {
  const direct = quotes.filter((q) => q.form === 'direct');
  const chosen = direct.length > 0 ? direct : quotes;
  return { text: chosen.map((q) => q.text).join(' … '), form: direct.length > 0 ? 'direct' : 'paraphrase' };
}

/** How far wordings diverge: the similarity of their least similar pair. */
export function leastSimilarity(wordings: string[]): number {
  let least = 1;
  for (let i = 0; i < wordings.length; i++) {
    for (let j = i + 1; j < wordings.length; j++) {
      least = Math.min(least, compareWordings(wordings[i], wordings[j]).similarity);
    }
  }
  return least;
}

export interface Wording {
  article: string;
  outlet: string | null;
  date: string;
  text: string;
  form: 'direct' | 'paraphrase';
}

/** One wording per article that reported the claim, oldest first. */
export function claimWordings(reports: { article: string; outlet: string | null; date: string; quotes: { text: string; form: 'direct' | 'paraphrase' }[] }[]): Wording[] {
  return reports.map((report) => ({ article: report.article, outlet: report.outlet, date: report.date, ...wordingOf(report.quotes) }));
}

/**
 * How far the outlets' direct speech for a claim diverges, or null when fewer than two
 * articles quote it directly. Like is compared with like: a paraphrase is an outlet's own
 * words, so setting it against a quotation would score the outlet's style, not the speaker's
 * words as reported.
 */
export function directDivergence(wordings: Wording[]): number | null {
  const direct = wordings.filter((w) => w.form === 'direct');
  return direct.length < 2 ? null : leastSimilarity(direct.map((w) => w.text));
}
