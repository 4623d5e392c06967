/**
 * Remark plugin for article bodies: the permanent anchors of the outlet's text, without adding
 * a word to it.
 * - Every paragraph gets its id (`p-N`) and a number link in the margin.
 * - Every sentence is wrapped with its id (`p-N-sM`); paragraphs of several sentences show each
 *   sentence's number as a link.
 * - Every quote a claim cites is marked (`<mark id="q-…">`) and followed by a link to its claim.
 * - Every slip the editors recorded is marked and followed by a "[sic]" link to its note.
 * Numbers and "[sic]" are drawn by CSS from attributes, so they are neither copied with the text
 * nor indexed for search. Where a quote or slip runs across a sentence boundary it is marked in
 * pieces; later pieces say which anchor they continue (data-continues).
 */
import type { Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { VFile } from 'vfile';
import { articleParagraphs } from './article-text.ts';
import { anchorOf } from './claims.ts';
import { findInParagraphs, locateQuotes } from './quotes.ts';
import { paragraphSentences } from './sentences.ts';
import { paragraphAnchor, paths, sentenceAnchor } from './urls.ts';

/** What the plugin reads from the article's frontmatter. */
export interface AnchorSource {
  dateline?: string | null;
  slips?: { text: string; note: string }[];
  claims?: { id: string; quotes?: { text: string; anchor?: string }[] }[];
}

/** An empty link: its name is its aria-label and what it shows is drawn by CSS, so the outlet's text gains no words. */
function iconLink(url: string, className: string, label: string, shown?: string): PhrasingContent {
  return {
    type: 'link',
    url,
    children: [],
    data: { hProperties: { className: [className], ariaLabel: label, ...(shown ? { dataN: shown } : {}) } },
  };
}

/** An inline element of our own; remark-rehype renders it through data.hName. */
function element(tagName: string, properties: Record<string, unknown>, children: PhrasingContent[]): PhrasingContent {
  return { type: 'anchorWrap', children, data: { hName: tagName, hProperties: properties } } as unknown as PhrasingContent;
}

/** A stretch of the paragraph's text to wrap; `make` builds one piece of it (a stretch may be cut at sentence ends). */
interface Wrap {
  start: number;
  end: number;
  /** Outer wraps first: sentences, then quotes, then slips. */
  rank: number;
  make: (children: PhrasingContent[], piece: { first: boolean; last: boolean }) => PhrasingContent[];
}

interface Leaf {
  node: PhrasingContent;
  start: number;
  end: number;
  /** The outlet's own inline markup around the leaf (emphasis, links…), outermost first. */
  ancestors: PhrasingContent[];
}

/** The paragraph's content as leaves (text, or nodes without children), cut at every offset given. */
function leaves(children: PhrasingContent[], cuts: Set<number>, base = 0, ancestors: PhrasingContent[] = []): Leaf[] {
  const out: Leaf[] = [];
  let at = base;
  for (const child of children) {
    if ('children' in child && Array.isArray(child.children)) {
      out.push(...leaves(child.children as PhrasingContent[], cuts, at, [...ancestors, child]));
      at += toString(child as RootContent).length;
      continue;
    }
    const length = toString(child as RootContent).length;
    if (child.type === 'text' || child.type === 'inlineCode') {
      const points = [...cuts].filter((c) => c > at && c < at + length).sort((a, b) => a - b);
      let from = at;
      for (const point of [...points, at + length]) {
        out.push({ node: { ...child, value: child.value.slice(from - at, point - at) }, start: from, end: point, ancestors });
        from = point;
      }
    } else {
      out.push({ node: child, start: at, end: at + length, ancestors });
    }
    at += length;
  }
  return out;
}

/**
 * Rebuilds the paragraph with the wraps around the leaves they cover, nested by rank outside the
 * outlet's own markup; markup or a wrap crossing a sentence end is cut in two there.
 */
function rebuild(children: PhrasingContent[], wraps: Wrap[]): PhrasingContent[] {
  const cuts = new Set(wraps.flatMap((w) => [w.start, w.end]));
  const ordered = [...wraps].sort((a, b) => a.rank - b.rank);
  const stacked = leaves(children, cuts).map((leaf) => ({
    ...leaf,
    stack: [...ordered.filter((w) => w.start <= leaf.start && leaf.end <= w.end && (leaf.end > leaf.start || leaf.start < w.end)), ...leaf.ancestors] as (Wrap | PhrasingContent)[],
  }));
  const build = (items: typeof stacked, depth: number): PhrasingContent[] => {
    const out: PhrasingContent[] = [];
    for (let i = 0; i < items.length; ) {
      const key = items[i].stack[depth];
      if (key === undefined) {
        out.push(items[i].node);
        i++;
        continue;
      }
      let j = i;
      while (j < items.length && items[j].stack[depth] === key) j++;
      const inner = build(items.slice(i, j), depth + 1);
      if ('make' in key) {
        out.push(...key.make(inner, { first: items[i].start === key.start, last: items[j - 1].end === key.end }));
      } else {
        out.push({ ...key, children: inner } as PhrasingContent);
      }
      i = j;
    }
    return out;
  };
  return build(stacked, 0);
}

export default function remarkArticleAnchors() {
  return (tree: Root, file: VFile) => {
    const source = (file.data as { astro?: { frontmatter?: AnchorSource } }).astro?.frontmatter ?? {};
    const paragraphs = articleParagraphs(tree);
    const texts = paragraphs.map((p) => toString(p as RootContent));
    const wraps: Wrap[][] = paragraphs.map(() => []);

    // Sentences, numbered within their paragraph.
    paragraphSentences(texts, source.dateline ?? null).forEach((sentences, p) => {
      sentences.forEach((sentence, s) => {
        const id = sentenceAnchor(p + 1, s + 1);
        wraps[p].push({
          ...sentence,
          rank: 0,
          make: (children) => [
            element('span', { id, className: ['s'] }, [
              ...(sentences.length > 1 ? [iconLink(`#${id}`, 'sentence-number', `Paragraph ${p + 1}, sentence ${s + 1}`, String(s + 1))] : []),
              ...children,
            ]),
          ],
        });
      });
    });

    // Quotes. Those the integrity rules reject (not found, overlapping) are left unmarked here.
    const claims = source.claims ?? [];
    const refs = claims.flatMap((claim) => (claim.quotes ?? []).map((quote, index) => ({ claimId: claim.id, index, text: quote.text, anchor: anchorOf(claim.id, quote, index) })));
    const { locations, problems } = locateQuotes(texts, refs);
    const overlapping = new Set(problems.flatMap((p) => (p.kind === 'overlaps' ? [p.ref] : [])));
    for (const { ref, paragraph, start, end } of locations.filter((l) => !overlapping.has(l.ref))) {
      const { anchor, claimId } = ref as (typeof refs)[number];
      wraps[paragraph].push({
        start,
        end,
        rank: 1,
        make: (children, { first, last }) => [
          element('mark', first ? { id: anchor, className: ['quote'], dataClaim: claimId } : { className: ['quote'], dataContinues: anchor }, children),
          ...(last ? [iconLink(paths.claim(claimId), 'claim-link', 'The claim this quote reports')] : []),
        ],
      });
    }

    // Slips, each linked to its note in "About this text".
    (source.slips ?? []).forEach((slip, i) => {
      const found = findInParagraphs(texts, slip.text);
      if (!found) return;
      wraps[found.paragraph].push({
        start: found.start,
        end: found.end,
        rank: 2,
        make: (children, { last }) => [
          element('span', { className: ['slip'] }, children),
          ...(last ? [iconLink(`#slip-${i + 1}`, 'sic', `So printed: ${slip.note}`)] : []),
        ],
      });
    });

    paragraphs.forEach((paragraph: Paragraph, p) => {
      const id = paragraphAnchor(p + 1);
      paragraph.children = [iconLink(`#${id}`, 'paragraph-number', `Paragraph ${p + 1}`, String(p + 1)), ...rebuild(paragraph.children, wraps[p])];
      paragraph.data = { ...paragraph.data, hProperties: { ...paragraph.data?.hProperties, id } };
    });
  };
}
