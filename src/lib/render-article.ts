/**
 * An article body to HTML, once, in the content layer (src/data/article-loader.ts), instead of
 * compiling every article as an MDX module of the server bundle. The body is read exactly as
 * MDX reads it (the parser the integrity rules use: remark-parse, remark-mdx, remark-gfm), goes
 * through the same plugins and remark-rehype options as @astrojs/mdx's unified pipeline, and is
 * written out as MDX's JSX and Astro's renderer wrote it: text escaped as html-escaper escapes
 * it (the five characters & < > ' "), attribute values with &amp; and &quot;, attributes that
 * are true or empty as bare names, void elements closed (`<br/>`), no line breaks between the
 * elements of a table. Bodies hold no MDX code (an
 * integrity rule), so nothing is lost by not compiling them: tests/mdx-rendered compares the
 * pages with what @astrojs/mdx rendered.
 */
import { rehypeHeadingIds } from '@astrojs/markdown-remark';
import type { Root as HastRoot } from 'hast';
import { toHtml } from 'hast-util-to-html';
import remarkRehype, { type Options as RemarkRehypeOptions } from 'remark-rehype';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { VFile } from 'vfile';
import { bodyOf, MDX_CODE_TYPES, parseArticleBody, type ArticleBody } from './article-text.ts';
import remarkArticleAnchors, { type AnchorSource } from './remark-article-anchors.ts';

const transform = unified()
  .use(remarkArticleAnchors)
  .use(remarkRehype, { allowDangerousHtml: true, passThrough: [...MDX_CODE_TYPES] } as RemarkRehypeOptions)
  .use(rehypeHeadingIds);

/** Text escaped as Astro escapes it (with html-escaper): the five characters HTML gives meaning. */
const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', "'": '&#39;', '"': '&quot;' };
const escape = (text: string) => text.replace(/[&<>'"]/g, (ch) => ESCAPES[ch]);

/** Where MDX's JSX drops the line breaks between elements (hast-util-to-estree does, for React's sake). */
const TABLE_ELEMENTS = new Set(['table', 'thead', 'tbody', 'tfoot', 'tr']);

/**
 * The tree as MDX's JSX leaves it and Astro's renderer escapes it: a column's alignment as a
 * style, line breaks between table elements dropped, text escaped here and kept raw so the
 * serializer does not escape it again.
 */
function asAstroWritesIt(tree: HastRoot): void {
  // MDX turns a GFM column's alignment into a style on its cells (tableCellAlignToStyle).
  visit(tree, 'element', (node) => {
    if ((node.tagName === 'td' || node.tagName === 'th') && node.properties.align !== undefined) {
      const { align, ...rest } = node.properties;
      node.properties = { ...rest, style: `text-align:${String(align)}` };
    }
  });
  visit(tree, 'text', (node, index, parent) => {
    if (!parent || index === undefined) return;
    if (parent.type === 'element' && TABLE_ELEMENTS.has(parent.tagName) && node.value === '\n') {
      parent.children.splice(index, 1);
      return index;
    }
    parent.children[index] = { type: 'raw', value: escape(node.value) };
  });
}

/** The body's HTML, and what the same parse says the body holds (its paragraphs' text). */
export async function renderArticleBody(body: string, frontmatter: AnchorSource): Promise<{ html: string; text: ArticleBody }> {
  const file = new VFile({ value: body, data: { astro: { frontmatter } } });
  const parsed = parseArticleBody(body);
  const text = bodyOf(parsed);
  const tree = (await transform.run(parsed, file)) as HastRoot;
  asAstroWritesIt(tree);
  const html = toHtml(tree, {
    allowDangerousHtml: true,
    collapseEmptyAttributes: true,
    closeSelfClosing: true,
    tightSelfClosing: true,
    characterReferences: { useNamedReferences: true },
  });
  // The serializer keeps a space before "/>" after a bare attribute (`disabled />`); Astro does not.
  return { html: html.replace(VOID_AFTER_BARE_ATTRIBUTE, '$1/>'), text };
}

/** A void element whose last attribute is bare; quoted values hold no `"`, so they cannot end it early. */
const VOID_AFTER_BARE_ATTRIBUTE = /(<(?:area|base|br|col|embed|hr|img|input|link|meta|source|track|wbr)(?: [a-z][a-z0-9-]*(?:="[^"]*")?)* [a-z][a-z0-9-]*) \/>/g;
