/**
 * Where in a found page to land, and what to show of it. Pagefind gives each page's indexed text
 * (its words, counted by position) and its anchors (elements with an id, at a word position).
 * The typed words are found in that text with Pagefind's own normalisation and stemmer
 * (Porter2, Snowball English), so a word matches where Pagefind matched it, and never by a
 * prefix, or in a spelling variant search found for it. The page's passages (sentences of an
 * article; the summary and each outlet's wording of a claim) are then ranked: those holding
 * every typed word, closest together first. Pure.
 */
import stem from 'wink-porter2-stemmer';
import { indexedForms } from './search-query.ts';
import { foldMarks } from './text-compare.ts';
import { encodeTextDirective } from './text-fragments.ts';

export interface Anchor {
  id: string;
  /** Word position in the page's text where the element starts. */
  location: number;
  /** What Pagefind took from the element's data-pagefind-title, if any. */
  title?: string;
}

export interface Passage {
  id: string;
  label: string;
  /** Word positions [start, end). */
  start: number;
  end: number;
}

/** The anchors that tile a page into passages a reader can land on and cite. */
export const PASSAGE = /^(title|standfirst|p-\d+-s\d+|.+-q-[a-z0-9-]+)$/;

export function passageLabel(anchor: Anchor): string {
  const sentence = /^p-(\d+)-s(\d+)$/.exec(anchor.id);
  if (sentence) return `Paragraph ${sentence[1]}, sentence ${sentence[2]}`;
  if (anchor.id === 'title') return 'Title';
  if (anchor.id === 'standfirst') return 'Standfirst';
  return anchor.title ?? anchor.id;
}

/** The page's passages in reading order, each running to where the next begins. */
export function passages(anchors: Anchor[], wordCount: number): Passage[] {
  const tiles = anchors.filter((a) => PASSAGE.test(a.id)).sort((a, b) => a.location - b.location);
  return tiles.map((anchor, i) => ({ id: anchor.id, label: passageLabel(anchor), start: anchor.location, end: tiles[i + 1]?.location ?? wordCount }));
}

const stems = new Map<string, string>();

/** A word's stem as Pagefind stems it, from its search key; each word stemmed once per page load. */
export function searchStem(key: string): string {
  let stemmed = stems.get(key);
  if (stemmed === undefined) {
    stemmed = stem(key);
    stems.set(key, stemmed);
  }
  return stemmed;
}

const forms = new Map<string, { form: string; stem: string }[]>();

/** A printed word's indexed forms with their stems, worked out once per distinct word. */
function stemmedForms(word: string): { form: string; stem: string }[] {
  let known = forms.get(word);
  if (!known) {
    known = indexedForms(word).map((form) => ({ form, stem: searchStem(form) }));
    forms.set(word, known);
  }
  return known;
}

/**
 * Where each typed word (by its search key) occurs in a page's words: any indexed form equal to
 * one of the word's spellings (the typed key and the variants search found for it,
 * src/lib/spellings.ts) or with the same stem.
 */
export function wordPositions(words: string[], spellings: Map<string, string[]>): Map<string, Set<number>> {
  const wanted = [...spellings].map(([key, forms]) => ({ key, forms: new Set(forms), stems: new Set(forms.map(searchStem)) }));
  const positions = new Map(wanted.map(({ key }) => [key, new Set<number>()]));
  words.forEach((word, at) => {
    for (const { form, stem: stemmed } of stemmedForms(word)) {
      for (const { key, forms: keys, stems: wantedStems } of wanted) if (keys.has(form) || wantedStems.has(stemmed)) positions.get(key)!.add(at);
    }
  });
  return positions;
}

/** Where each typed phrase occurs (one list per phrase): runs of positions holding its words one after another. */
export function phraseRuns(phraseKeys: string[][], positions: Map<string, Set<number>>): [number, number][][] {
  return phraseKeys.map((keys) => {
    const first = [...(positions.get(keys[0]) ?? [])];
    return first.filter((start) => keys.every((key, i) => positions.get(key)?.has(start + i))).map((start): [number, number] => [start, start + keys.length]);
  });
}

export interface RankedPassage extends Passage {
  /** Positions of typed words inside the passage. */
  hits: number[];
  /** A phrase run inside the passage, if any. */
  phrase: [number, number] | null;
  /** The shortest run of words [start, end) holding each typed word the passage holds: where to land. */
  closest: [number, number];
  score: number;
}

/** The shortest run of positions holding one of each list (each sorted), as [start, end). */
function shortestCover(lists: number[][]): [number, number] {
  const events = lists.flatMap((list, i) => list.map((at) => ({ at, i }))).sort((a, b) => a.at - b.at);
  const inWindow = new Map<number, number>();
  let best: [number, number] = [events[0].at, events.at(-1)!.at + 1];
  let from = 0;
  for (const { at, i } of events) {
    inWindow.set(i, (inWindow.get(i) ?? 0) + 1);
    while (inWindow.size === lists.length) {
      const first = events[from];
      if (at + 1 - first.at < best[1] - best[0]) best = [first.at, at + 1];
      const left = inWindow.get(first.i)! - 1;
      if (left === 0) inWindow.delete(first.i);
      else inWindow.set(first.i, left);
      from++;
    }
  }
  return best;
}

/**
 * Where to land in a page, best first. A passage a reader can land on must hold every typed word
 * (and every typed phrase): of those, the one holding them closest together first, then the
 * earliest; the others follow as sub-results. Where no single passage holds them all, only the
 * best of the rest is given, with no sub-results: a phrase first, then the most typed words, then
 * between equals the rarest (the fewer pages have a word, the more it counts), then the closest.
 */
export function rankPassages(tiles: Passage[], positions: Map<string, Set<number>>, runs: [number, number][][], rarity: Map<string, number>): RankedPassage[] {
  const scored = tiles.flatMap((tile) => {
    const inside = (at: number) => at >= tile.start && at < tile.end;
    const present = [...positions].map(([key, at]) => [key, [...at].filter(inside).sort((a, b) => a - b)] as const).filter(([, at]) => at.length > 0);
    if (present.length === 0) return [];
    const hits = [...new Set(present.flatMap(([, at]) => at))].sort((a, b) => a - b);
    const phrases = runs.map((list) => list.find(([start, end]) => start >= tile.start && end <= tile.end) ?? null);
    const phrase = phrases.find((run) => run !== null) ?? null;
    const complete = present.length === positions.size && phrases.every((run) => run !== null);
    // A typed phrase first, then the most typed words, then the rarest (rarity stays under 100 a word).
    const score = (phrase ? 1e6 : 0) + present.length * 1e4 + present.reduce((sum, [key]) => sum + (rarity.get(key) ?? 0), 0);
    return [{ passage: { ...tile, hits, phrase, closest: shortestCover(present.map(([, at]) => at)), score }, complete }];
  });
  const span = (p: RankedPassage) => p.closest[1] - p.closest[0];
  const complete = scored
    .filter((s) => s.complete)
    .map((s) => s.passage)
    .sort((a, b) => span(a) - span(b) || a.start - b.start);
  if (complete.length > 0) return complete;
  const best = scored.map((s) => s.passage).sort((a, b) => b.score - a.score || span(a) - span(b) || a.start - b.start)[0];
  return best ? [best] : [];
}

/**
 * With an outlet chosen, a claim page's passages as that outlet's reader wants them: its
 * wordings (labelled "<outlet>, <date>") first; `holds`: whether any of them is among the
 * passages found. An outlet filter chooses whole claim pages, which hold every outlet's wording.
 */
export function outletFirst(ranking: RankedPassage[], outlet: string): { ranking: RankedPassage[]; holds: boolean } {
  const its = (passage: RankedPassage) => passage.label.startsWith(`${outlet}, `);
  const own = ranking.filter(its);
  return { ranking: [...own, ...ranking.filter((passage) => !its(passage))], holds: own.length > 0 };
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

/** Punctuation the indexer stood apart from its word (at an element's edge): it is joined back for display. */
const OPENING = /^["“‘([]+$/;
const CLOSING = /^[,.;:!?”’)\]"'…]+$/;
const PUNCTUATION = /^[^\p{L}\p{N}]+$/u;

/** Words joined back into text: a mark standing alone is set against the word it belongs to. */
function joinWords(words: string[]): string {
  let text = '';
  words.forEach((word, i) => {
    const glueLeft = i > 0 && CLOSING.test(word) && !(OPENING.test(word) && i < words.length - 1 && !PUNCTUATION.test(words[i + 1]));
    const afterOpening = i > 0 && OPENING.test(words[i - 1]) && !PUNCTUATION.test(word);
    text += i === 0 || glueLeft || afterOpening ? word : ` ${word}`;
  });
  return text;
}

/** A passage's words as HTML (escaped), the typed words marked, cut to about `length` words around them. */
export function excerpt(words: string[], passage: RankedPassage, length = 30): string {
  const marked = new Set(passage.hits);
  const centre = passage.phrase?.[0] ?? passage.closest[0];
  const from = Math.max(passage.start, Math.min(centre - Math.floor(length / 3), passage.end - length));
  const to = Math.min(passage.end, from + length);
  const body = joinWords(words.slice(from, to).map((word, i) => (marked.has(from + i) ? `\u0001${word}\u0002` : word)));
  const html = escapeHtml(body).replace(/\u0001/g, '<mark>').replace(/\u0002/g, '</mark>').replace(/<\/mark>( ?)<mark>/g, '$1');
  return `${from > passage.start ? '… ' : ''}${html}${to < passage.end ? ' …' : ''}`;
}

const bare = (word: string) => word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
const PUNCTUATION_ONLY = /^[^\p{L}\p{N}]+$/u;
/**
 * Whether the space between two neighbouring words is surely the page's own. The indexer stands
 * punctuation apart at an element's edge ("“ We", "round , Russian") where the page has none,
 * so a fragment never reaches across a word of punctuation alone, a word that begins with a
 * closing mark, or one that ends with an opening one.
 */
const meet = (left: string | undefined, right: string | undefined) =>
  left !== undefined && right !== undefined && !PUNCTUATION_ONLY.test(left) && !PUNCTUATION_ONLY.test(right) && !/^[,.;:!?”’)\]…]/.test(right) && !/[“‘([]$/.test(left);

/**
 * Text as the browser matches a fragment against the page: case, accents and the kind of
 * apostrophe, quotation mark, space or dash aside (Chromium opens "Russia's" at "Russia’s").
 */
const matchable = (text: string) => foldMarks(text.normalize('NFD').replace(/\p{M}/gu, '')).toLowerCase();

/**
 * A text fragment for the typed words in a passage (`text=prefix-,start,-suffix`), so the browser
 * highlights them on arrival, in the page's own spelling: the phrase, or the rarest typed word
 * where the typed words are closest, widened with the words next
 * to it until it is two words and ten letters long and occurs nowhere earlier in the page's text. Built only
 * from the passage's own words, never from labels or chrome; words the indexer may have split
 * from punctuation end the widening.
 */
export function textDirective(words: string[], passage: RankedPassage, rarest: Set<number>): string | null {
  let [a, b] = passage.phrase ?? (() => {
    // The rarest typed word where the typed words are closest, with the typed words right next to it ("Not an inch", unquoted).
    const hits = new Set(passage.hits);
    const [near, far] = passage.closest;
    const at = passage.hits.find((h) => h >= near && h < far && rarest.has(h)) ?? near;
    let [from, to] = [at, at + 1];
    while (hits.has(from - 1) && from - 1 >= passage.start) from--;
    while (hits.has(to) && to < passage.end) to++;
    return [from, to];
  })();
  const text = (from: number, to: number) => bare(words.slice(from, to).join(' '));
  const earlier = matchable(words.slice(0, passage.start).join(' '));
  const needsMore = () => b - a < 2 || text(a, b).length < 10 || earlier.includes(matchable(text(a, b)));
  while (needsMore()) {
    // Widen inside the passage, the end first, only where the words meet at letters.
    if (b < passage.end && meet(words[b - 1], words[b])) b++;
    else if (a > passage.start && meet(words[a - 1], words[a])) a--;
    else break;
  }
  const start = text(a, b);
  if (!start) return null;
  // Two words before and two after, from the same passage, anchor the match to its place, since
  // the page holds text the index does not (captions that repeat a title, say): only where
  // nothing but a space parts them from the start, as a fragment's context must run straight
  // into it ("Last month, Moscow" cannot be "Last month-,Moscow").
  const runs = (left: number) => /[\p{L}\p{N}]$/u.test(words[left] ?? '') && /^[\p{L}\p{N}]/u.test(words[left + 1] ?? '') && meet(words[left], words[left + 1]);
  const before = a - 2 >= passage.start && runs(a - 1) && meet(words[a - 2], words[a - 1]) ? bare(`${words[a - 2]} ${words[a - 1]}`) : null;
  const after = b + 2 <= passage.end && runs(b - 1) && meet(words[b], words[b + 1]) ? bare(`${words[b]} ${words[b + 1]}`) : null;
  // Where the words, with what context the passage gives, are also earlier in the page, the browser would land there: the link lands on the passage alone.
  if (earlier.includes(matchable([before, start, after].filter(Boolean).join(' ')))) return null;
  return `text=${before ? `${encodeTextDirective(before)}-,` : ''}${encodeTextDirective(start)}${after ? `,-${encodeTextDirective(after)}` : ''}`;
}
