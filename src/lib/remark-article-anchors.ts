/**
 * Remark plugin for article bodies: gives every paragraph its permanent id (`p-N`) and a
 * link to itself, and marks every quote a claim cites (`<mark id="q-…">`) with a link to the
 * claim's page. The quotes come from the article's frontmatter; finding them is shared with
 * the integrity rules, which report any quote that cannot be found, so none is skipped unseen.
 */
import type { Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { VFile } from 'vfile';
import { articleParagraphs } from './article-text.ts';
import { locateQuotes, type QuoteLocation } from './quotes.ts';
import { paragraphAnchor, paths, quoteAnchor } from './urls.ts';

interface FrontmatterClaim {
  id: string;
  summary?: string;
  quotes?: { text: string }[];
}

/** An empty link: its name is its aria-label and its mark is drawn by CSS, so the outlet's text gains no words. */
function iconLink(url: string, className: string, label: string): PhrasingContent {
  return {
    type: 'link',
    url,
    children: [],
    data: { hProperties: { className: [className], ariaLabel: label } },
  };
}

function quoteMark(id: string, claimId: string, summary: string, text: string): PhrasingContent {
  // An mdast node of our own; remark-rehype turns it into <mark> through data.hName.
  return {
    type: 'quoteMark',
    children: [{ type: 'text', value: text }],
    // data-pagefind-title makes the quote a search sub-result that links straight to it.
    data: { hName: 'mark', hProperties: { id, className: ['quote'], dataClaim: claimId, dataPagefindTitle: `Quote: ${summary}` } },
  } as unknown as PhrasingContent;
}

/** Wraps the located range of the paragraph's text in a mark, followed by a link to the claim. */
function markQuote(paragraph: Paragraph, location: QuoteLocation, summary: string, file: VFile) {
  const { claimId, index } = location.ref;
  let offset = 0;
  for (let i = 0; i < paragraph.children.length; i++) {
    const child = paragraph.children[i];
    const length = toString(child as RootContent).length;
    const [start, end] = [location.start - offset, location.end - offset];
    if (start >= 0 && end <= length && child.type === 'text') {
      const value = child.value;
      const pieces: PhrasingContent[] = [
        ...(start > 0 ? [{ type: 'text', value: value.slice(0, start) } as PhrasingContent] : []),
        quoteMark(quoteAnchor(claimId, index), claimId, summary, value.slice(start, end)),
        iconLink(paths.claim(claimId), 'claim-link', `Claim: ${summary}`),
        ...(end < length ? [{ type: 'text', value: value.slice(end) } as PhrasingContent] : []),
      ];
      paragraph.children.splice(i, 1, ...pieces);
      return;
    }
    offset += length;
  }
  file.fail(`The quote for claim "${claimId}" runs across inline markup and cannot be marked: "${location.ref.text}"`);
}

export default function remarkArticleAnchors() {
  return (tree: Root, file: VFile) => {
    const frontmatter = (file.data as { astro?: { frontmatter?: { claims?: FrontmatterClaim[] } } }).astro?.frontmatter;
    const claims = frontmatter?.claims ?? [];
    const paragraphs = articleParagraphs(tree);

    const refs = claims.flatMap((claim) =>
      (claim.quotes ?? []).map((quote, index) => ({ claimId: claim.id, index, text: quote.text })),
    );
    const { locations, problems } = locateQuotes(paragraphs.map((p) => toString(p as RootContent)), refs);
    // Overlapping quotes fail the integrity check; marking only the first keeps the tree sound meanwhile.
    const overlapping = new Set(problems.flatMap((p) => (p.kind === 'overlaps' ? [p.ref] : [])));
    const summaries = new Map(claims.map((claim) => [claim.id, claim.summary ?? claim.id]));
    // Right to left, so the offsets of quotes still to be marked stay valid.
    const marking = locations
      .filter((location) => !overlapping.has(location.ref))
      .sort((a, b) => b.paragraph - a.paragraph || b.start - a.start);
    for (const location of marking) {
      markQuote(paragraphs[location.paragraph], location, summaries.get(location.ref.claimId)!, file);
    }

    paragraphs.forEach((paragraph, i) => {
      const id = paragraphAnchor(i + 1);
      paragraph.data = {
        ...paragraph.data,
        hProperties: { ...paragraph.data?.hProperties, id, dataPagefindTitle: `Paragraph ${i + 1}` },
      };
      paragraph.children.unshift(iconLink(`#${id}`, 'paragraph-link', `Paragraph ${i + 1}`));
    });
  };
}
