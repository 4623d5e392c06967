/**
 * Pinpoint citations: where a passage is in its article (paragraph and sentence, as numbered on
 * the article page) and the short line a researcher pastes into a paper,
 * "TASS, “West must give Russia security guarantees "now" — Putin”, 23 December 2021, para. 1,
 * sentence 4, https://…/articles/tass-2021-12-23/#p-1-s4".
 * The article pages' copy button and the claim pages build it here, so it reads the same
 * everywhere. No imports: the copy button's script is this module and a few lines more.
 */
export interface Place {
  /** 1-based, as in #p-N. */
  paragraph: number;
  /** 1-based within the paragraph, as in #p-N-sM: the sentence the passage begins in. */
  sentence: number;
}

/** The place an anchor id names: `p-3` or `p-3-s2`; null for any other anchor. */
export function placeOfAnchor(id: string): Partial<Place> | null {
  const match = /^p-(\d+)(?:-s(\d+))?$/.exec(id);
  return match ? { paragraph: Number(match[1]), ...(match[2] ? { sentence: Number(match[2]) } : {}) } : null;
}

/**
 * A title in quotation marks, as a citation gives it: curly double marks within it become single
 * ("Putin tells West it “must give us guarantees”" → “Putin tells West it ‘must give us
 * guarantees’”), so a reader sees where the title ends. The title itself stays as printed.
 */
export function quotedTitle(title: string): string {
  return `“${title.replace(/“/g, '‘').replace(/”/g, '’')}”`;
}

/** "TASS, “<title>”, 23 December 2021, para. 1, sentence 4, <permalink>": the source as archive.ts's pinpointSource names it. */
export function citationLine(source: string, place: Partial<Place>, permalink: string): string {
  return [source, place.paragraph && `para. ${place.paragraph}`, place.sentence && `sentence ${place.sentence}`, permalink].filter(Boolean).join(', ');
}
