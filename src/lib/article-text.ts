import type { Root, Paragraph, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';

/**
 * An article body is parsed here exactly as MDX parses it, so that the text the integrity
 * rules check is the text readers see: `\{` is the character `{`, markup is not text.
 */
const parser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);

export function parseArticleBody(body: string): Root {
  return parser.parse(body);
}

/** Node types through which MDX would run code or render components instead of text. */
export const MDX_CODE_TYPES = new Set([
  'mdxjsEsm',
  'mdxFlowExpression',
  'mdxTextExpression',
  'mdxJsxFlowElement',
  'mdxJsxTextElement',
]);

/** MDX code in a body, by its offset in the body: article text must come through as text. */
export function findMdxCode(tree: Root): { offset: number; type: string }[] {
  const found: { offset: number; type: string }[] = [];
  visit(tree, (node) => {
    if (MDX_CODE_TYPES.has(node.type)) {
      found.push({ offset: node.position?.start.offset ?? 0, type: node.type });
      return 'skip';
    }
  });
  return found;
}

/**
 * The article's paragraphs in reading order. Their 1-based position is the paragraph's
 * permanent number (`#p-N`), so every consumer must number them through this function.
 */
export function articleParagraphs(tree: Root): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  visit(tree, 'paragraph', (node) => {
    paragraphs.push(node);
  });
  return paragraphs;
}

/** Collapses runs of whitespace: quotes may differ from the text in whitespace only. */
export function normalizeWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

export interface ArticleBody {
  /** Plain text of each paragraph, in reading order. */
  paragraphs: string[];
  mdxCode: { offset: number; type: string }[];
}

/** What a parsed body says: its paragraphs' text and any MDX code in it. */
export function bodyOf(tree: Root): ArticleBody {
  return {
    paragraphs: articleParagraphs(tree).map((paragraph) => toString(paragraph as RootContent)),
    mdxCode: findMdxCode(tree),
  };
}

const bodies = new Map<string, ArticleBody>();

/**
 * Parses a body once per build, however many callers ask; throws if MDX cannot parse it. A body
 * already read where it was rendered (the content loader) is taken as read (`knownBody`).
 */
export function readArticleBody(body: string): ArticleBody {
  let read = bodies.get(body);
  if (!read) {
    read = bodyOf(parseArticleBody(body));
    bodies.set(body, read);
  }
  return read;
}

/** Records what a body says, read from the same parse that rendered it, so it is not parsed again. */
export function knownBody(body: string, read: ArticleBody): void {
  bodies.set(body, read);
}
