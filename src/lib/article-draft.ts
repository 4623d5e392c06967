/**
 * A first draft of an article from a raw capture, for an editor to finish: the capture split
 * into blocks, each guessed to be text or page chrome (with a kind), and candidates for the
 * title, standfirst, dateline, date and outlet, each with the line it came from. Everything is
 * a proposal: `npm run check` then says what is wrong or missing, at its line. Pure.
 */
import { bylineName, chromeParagraphKind, dateLineKind, MONTH } from './page-chrome.ts';

/** The slug a draft is written under, from its capture's number ("005"): never an address to publish (see isDraftSlug). */
export const draftSlug = (captureNumber: string) => `draft-${captureNumber}`;
/** Whether a slug is still a draft's: the integrity rules refuse it, since a slug is a permanent address. */
export const isDraftSlug = (slug: string) => /^draft-\d+$/.test(slug);

export interface Block {
  text: string;
  /** 1-based line of the capture where the block starts. */
  line: number;
}

export interface Candidate {
  value: string;
  line: number;
}

export interface Draft {
  title: Candidate | null;
  standfirst: Candidate | null;
  dateline: Candidate | null;
  /**
   * Lines that give the publication date, alone or labelled ("Published : 21 Feb 2022", "Posted
   * on …", a byline with a date): for `dateAsPrinted`, if they state it in full.
   */
  dateLines: Candidate[];
  /** A name a byline gives ("By Jane Doe | 21 Feb 2022"), for `author`. */
  author: Candidate | null;
  /** Whether the capture shows the text whole: what comes before its first paragraph and after its last. */
  completeness: { status: 'complete' | 'unknown'; basis: string };
  /** Every date or day the capture mentions, for the editor to weigh. */
  dates: Candidate[];
  /**
   * Known outlets the capture names, those named as its publisher first (in the page's chrome,
   * or as the dateline's credit), each at the line that names it so; `inTextOnly`: named only
   * in the title or the text ("according to a report by …"), perhaps as a source it reports.
   */
  outlets: { id: string; name: string; line: number; inTextOnly: boolean }[];
  /** Blocks judged page chrome, with the kind guessed. */
  removed: { kind: string; text: string; line: number }[];
  /** The text, paragraph by paragraph. */
  paragraphs: Block[];
}

/** Blocks of the capture: runs of lines between blank lines. */
export function blocks(capture: string): Block[] {
  const lines = capture.replace(/\r\n?/g, '\n').split('\n');
  const out: Block[] = [];
  let current: string[] = [];
  let start = 0;
  lines.forEach((line, i) => {
    if (line.trim() === '') {
      if (current.length) out.push({ text: current.join('\n').trim(), line: start + 1 });
      current = [];
    } else {
      if (!current.length) start = i;
      current.push(line);
    }
  });
  if (current.length) out.push({ text: current.join('\n').trim(), line: start + 1 });
  return out;
}

/** Page chrome the captures have held, by kind: a piece matching is proposed as removed. */
const CHROME: [string, RegExp][] = [
  ['cookie notice', /cookies?\b.*\b(experience|accept|ok)|#buttons=|opt-out/is],
  ['comment form', /^(leave a reply|post a comment)|your email address will not be published/im],
  ['subscribe prompt', /^subscribe\b|follow google news/i],
  ['related stories', /^(you may also like|related( stories| articles)?|top news|read also|more from)\b/im],
  ['site header', /^(connect with us|hi, what are you looking for\??|menu|search)$/im],
  ['aggregator fields', /^(id|auther|author) :\s*$/im],
  ['empty byline', /^by\s*-?\s*$/i],
  ['close button', /^(x|×|close)$/i],
  ['link', /^(read more|continue reading|accept|share|print|ok, go it!?)$/i],
];
/** Kinds after which, once the text has begun, nothing but a footer is the article's. */
const TAIL = new Set(['related stories', 'comment form']);
/** A link the page glued to the end of the text's last line ("… at once. Read more"). */
const TRAILING_LINK = /\s(Read more|Continue reading)$/;
/** A short last line that names the site ("Сentral Tribune - Politic News"). */
const FOOTER = /^[^\n.!?]{3,60} [-–|] [^\n.!?]{3,40}$/;

const DATES = [
  new RegExp(`\\b${MONTH} \\d{1,2}(?:, \\d{4})?\\b`, 'g'),
  new RegExp(`\\b\\d{1,2} ${MONTH}(?: \\d{4})?\\b`, 'g'),
  /\b\d{1,2}\/\d{1,2}\/\d{4}\b/g,
  /\b\d{4}-\d{2}-\d{2}\b/g,
  /\b(?:on |last |this |next )?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/g,
  /\b(?:last|next|this) (?:week|month|year)\b|\bearlier this month\b/gi,
];

/** "MOSCOW, December 23. /TASS/." or "MOSCOW (AA) –" at the start of the text. */
const DATELINE = /^[A-Z][A-Z .'-]{2,}(?:, [A-Z][a-z]+\.? \d{1,2}\.?)?(?: \/[A-Z]+\/\.)?(?: \([A-Z]+\))?(?: [–—-])?(?=\s)/;

/** Cyrillic and Greek letters drawn like Latin ones, as in "Сentral Tribune": folded to match names. */
const LOOKALIKES: Record<string, string> = { А: 'A', В: 'B', Е: 'E', К: 'K', М: 'M', Н: 'H', О: 'O', Р: 'P', С: 'C', Т: 'T', Х: 'X', а: 'a', е: 'e', о: 'o', р: 'p', с: 'c', у: 'y', х: 'x', Α: 'A', Β: 'B', Ε: 'E', Ο: 'O', ο: 'o' };
const foldLookalikes = (text: string) => text.replace(/[А-яΑ-ω]/g, (ch) => LOOKALIKES[ch] ?? ch);

/**
 * The capture cut into pieces: its blocks, except that a block holding a line of chrome is cut
 * at its lines, and a link glued to a line's end is cut off.
 */
function pieces(capture: string): Block[] {
  return blocks(capture).flatMap((block) => {
    const lines = block.text.split('\n').map((text, i) => ({ text: text.trim(), line: block.line + i }));
    const cut = lines.length > 1 && !kindOf(block.text) && lines.some((l) => kindOf(l.text) || dateLineKind(l.text)) ? lines : [block];
    return cut.flatMap((piece) => {
      const link = TRAILING_LINK.exec(piece.text);
      return link ? [{ ...piece, text: piece.text.slice(0, link.index) }, { text: link[1], line: piece.line + piece.text.slice(0, link.index).split('\n').length - 1 }] : [piece];
    });
  });
}

/** The kind of chrome a piece is; a line giving the publication date is not chrome but a candidate for `dateAsPrinted`. */
function kindOf(text: string): string | null {
  if (dateLineKind(text) === 'published') return null;
  return CHROME.find(([, pattern]) => pattern.test(text))?.[0] ?? chromeParagraphKind(text);
}

/** A menu item or a section's label: up to three words, no sentence punctuation ("World", "Latest News"). */
const LABEL = /^(?=[\p{Lu}\p{N}])(?!.*\.$)[\p{L}\p{N}][\p{L}\p{N}&'’.-]*(?: [\p{L}\p{N}][\p{L}\p{N}&'’.-]*){0,2}$/u;

/** A block that ends a sentence: the text's, never a menu or a title. */
const PROSE = /[.!?…]["”’)]?$/;

/**
 * Pieces in runs of three or more labels, one to a line, before the text begins or after it
 * ends: a site's menu ("Home", "World", "Politics", …). A short list inside the text (names, say)
 * is the outlet's; so is a run's last line right before the text, which may be a short title.
 */
function menuPieces(all: Block[]): Set<number> {
  const isLabels = all.map((piece) => piece.text.split('\n').every((line) => LABEL.test(line.trim())));
  const isProse = all.map((piece) => PROSE.test(piece.text));
  const [firstProse, lastProse] = [isProse.indexOf(true), isProse.lastIndexOf(true)];
  const menu = new Set<number>();
  for (let i = 0; i < all.length; i++) {
    let end = i;
    while (end < all.length && isLabels[end]) end++;
    if (end < all.length && isProse[end] && !all[end - 1]?.text.includes('\n')) end = Math.max(i, end - 1);
    const lines = all.slice(i, end).reduce((n, piece) => n + piece.text.split('\n').length, 0);
    const outsideText = firstProse < 0 || end <= firstProse || i > lastProse;
    if (lines >= 3 && outsideText) for (let k = i; k < end; k++) menu.add(k);
    i = Math.max(i, end);
  }
  return menu;
}

/** For each piece, the kind of chrome it is judged to be, or null for text. */
function chromeKinds(all: Block[]): (string | null)[] {
  const menu = menuPieces(all);
  let tail: string | null = null;
  let textSeen = false;
  return all.map((piece, i) => {
    if (i === all.length - 1 && FOOTER.test(piece.text)) return 'site footer';
    const kind = kindOf(piece.text) ?? (menu.has(i) ? 'navigation' : null) ?? tail;
    if (kind && TAIL.has(kind) && textSeen) tail = kind;
    if (!kind) textSeen = true;
    return kind;
  });
}

/**
 * Complete when page chrome follows the last paragraph (the text ended before the page did);
 * unknown when nothing does, or when a "Read more" link does (the text may go on behind it).
 */
function completeness(all: Block[], paragraphs: Block[], kinds: (string | null)[]): Draft['completeness'] {
  const last = all.indexOf(paragraphs.at(-1)!);
  const next = last < 0 ? -1 : kinds.findIndex((kind, i) => i > last && kind !== null);
  const firstLine = (i: number) => excerpt(all[i].text.split('\n')[0]);
  if (next < 0) return { status: 'unknown', basis: 'The capture ends with the last paragraph of the text, no page chrome after it: whether the text goes on is not in the capture.' };
  if (kinds[next] === 'link') return { status: 'unknown', basis: `The text ends in the link "${firstLine(next)}", which may lead to more of it: whether the text goes on is not in the capture.` };
  return { status: 'complete', basis: `The capture runs from "${firstLine(0)}" to the ${kinds[next]} ("${firstLine(next)}") after the last paragraph.` };
}

const excerpt = (text: string) => (text.length > 60 ? `${text.slice(0, 60).trimEnd()}…` : text);

export function draftArticle(capture: string, outlets: { id: string; name: string }[]): Draft {
  const all = pieces(capture);
  const kinds = chromeKinds(all);
  const removed: Draft['removed'] = [];
  const text: Block[] = [];
  const dateLines: Candidate[] = [];
  all.forEach((piece, i) => {
    const kind = kinds[i];
    const last = removed.at(-1);
    if (kind && last?.kind === kind && kinds[i - 1] === kind) last.text += `\n${piece.text}`;
    else if (kind) removed.push({ kind, text: piece.text, line: piece.line });
    else if (dateLineKind(piece.text) === 'published') dateLines.push({ value: piece.text, line: piece.line });
    else text.push(piece);
  });
  // The title: the first single line that does not end a sentence, of four words or more if one
  // is (a masthead, "Example Gazette", comes first); repeated, it is the page's chrome.
  const isTitleLike = (b: Block) => !b.text.includes('\n') && b.text.length < 200 && !/[.]$/.test(b.text);
  const proseAt = text.findIndex((b) => PROSE.test(b.text));
  const longTitleAt = text.findIndex((b, i) => (proseAt < 0 || i < proseAt) && isTitleLike(b) && b.text.split(/\s+/).length >= 4);
  const titleAt = longTitleAt >= 0 ? longTitleAt : text.findIndex(isTitleLike);
  const title = titleAt >= 0 ? { value: text[titleAt].text, line: text[titleAt].line } : null;
  // Short lines above the title are the page's: a masthead, a section's label.
  const header = text.filter((b, i) => i < titleAt && b.text.split('\n').every((line) => line.split(/\s+/).length <= 5 && !PROSE.test(line)));
  for (const b of header) removed.push({ kind: 'page header', text: b.text, line: b.line });
  const body = text.filter((b, i) => i !== titleAt && !header.includes(b));
  const repeated = body.filter((b) => title && b.text === title.value);
  for (const b of repeated) removed.push({ kind: 'repeated title', text: b.text, line: b.line });
  const rest = body.filter((b) => !repeated.includes(b));
  // A standfirst: one short line right after the title, before a text that opens with a dateline.
  const [first, second] = rest;
  const standfirst = first && second && first.text.length < 250 && !first.text.includes('\n') && DATELINE.test(second.text) ? { value: first.text, line: first.line } : null;
  const paragraphs = standfirst ? rest.slice(1) : rest;
  const opening = paragraphs[0] && DATELINE.exec(paragraphs[0].text);
  const dateline = opening ? { value: opening[0], line: paragraphs[0].line } : null;

  const byline = all.map((piece) => ({ value: bylineName(piece.text), line: piece.line })).find((c) => c.value !== null);

  const lines = capture.replace(/\r\n?/g, '\n').split('\n');
  const dates = lines.flatMap((line, i) => DATES.flatMap((pattern) => [...line.matchAll(pattern)].map((m) => ({ value: m[0], line: i + 1 }))));
  const folded = lines.map(foldLookalikes);
  const linesOf = (block: Block) => block.text.split('\n').map((_, k) => block.line + k);
  const textLines = new Set([...paragraphs.flatMap(linesOf), ...[title, standfirst].flatMap((c) => (c ? [c.line] : []))]);
  const found = outlets.flatMap((outlet) => {
    const initials = outlet.name.split(/\s+/).length > 1 ? outlet.name.split(/\s+/).map((word) => word[0]).join('') : null;
    const names = (text: string) => text.includes(outlet.name) || (initials !== null && text.includes(`(${initials})`));
    const mentions = folded.flatMap((line, i) => (names(line) ? [i + 1] : []));
    if (mentions.length === 0) return [];
    const asPublisher = mentions.find((n) => !textLines.has(n) || (dateline !== null && n === dateline.line && names(foldLookalikes(dateline.value))));
    return [{ ...outlet, line: asPublisher ?? mentions[0], inTextOnly: asPublisher === undefined }];
  });
  return {
    title,
    standfirst,
    dateline,
    dateLines,
    author: byline ? { value: byline.value!, line: byline.line } : null,
    completeness: completeness(all, paragraphs, kinds),
    dates,
    outlets: found.sort((a, b) => Number(a.inTextOnly) - Number(b.inTextOnly) || a.line - b.line),
    removed: removed.sort((a, b) => a.line - b.line),
    paragraphs,
  };
}

/**
 * A paragraph as MDX text that MDX reads back as exactly that text: the characters MDX or
 * Markdown would read as code or markup (braces, `<`, `*`, `_`, backticks, brackets, `~`, a backslash before punctuation,
 * a character reference such as `&amp;`) escaped, and whatever at a line's start would be a
 * heading, list, quotation or table escaped too (leading spaces, which Markdown drops, are dropped).
 * Other text is left as printed, for the editor.
 */
export function mdxText(text: string): string {
  return text
    .replace(/^[ \t]+/gm, '')
    .replace(/\\(?=[!-/:-@[-`{-~])/g, '\\\\')
    .replace(/[{}<*_`[\]~]/g, (ch) => `\\${ch}`)
    .replace(/&(?=#?\w+;)/g, '\\&')
    .replace(/^(\d+)(?=[.)](\s|$))/gm, '$1\\')
    .replace(/^(?=[#>+=|-])/gm, '\\');
}

/** The name a new capture gets: the next number, then the first 16 hex digits of its SHA-256. */
export function captureName(existing: string[], sha256: string): string {
  const numbers = existing.map((name) => Number(/^(\d{3})_/.exec(name)?.[1] ?? -1));
  return `${String(Math.max(-1, ...numbers) + 1).padStart(3, '0')}_${sha256.slice(0, 16)}.txt`;
}
