import rehypeStringify from 'rehype-stringify';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import remarkArticleAnchors, { type AnchorSource } from './remark-article-anchors.ts';

async function render(body: string, frontmatter: AnchorSource = {}) {
  const file = new VFile({ value: body, data: { astro: { frontmatter } } });
  const result = await unified().use(remarkParse).use(remarkMdx).use(remarkArticleAnchors).use(remarkRehype).use(rehypeStringify).process(file);
  return String(result);
}

/** The text a reader copies: every tag gone. */
const textOf = (html: string) => html.replace(/<[^>]+>/g, '');

describe('remarkArticleAnchors', () => {
  it('numbers paragraphs from 1, each with a number link to itself, and wraps its sentence', async () => {
    expect(await render('First.\n\nSecond.')).toBe(
      '<p id="p-1"><a href="#p-1" class="paragraph-number" aria-label="Paragraph 1" data-n="1"></a><span id="p-1-s1" class="s">First.</span></p>\n' +
        '<p id="p-2"><a href="#p-2" class="paragraph-number" aria-label="Paragraph 2" data-n="2"></a><span id="p-2-s1" class="s">Second.</span></p>',
    );
  });

  it('numbers the sentences of a paragraph that has several, each with a link to itself', async () => {
    const html = await render('Is this an ultimatum? Of course not. U.S. officials disagree.');
    expect(html.match(/<span id="[^"]+"/g)).toEqual(['<span id="p-1-s1"', '<span id="p-1-s2"', '<span id="p-1-s3"']);
    expect(html).toContain('<span id="p-1-s2" class="s"><a href="#p-1-s2" class="sentence-number" aria-label="Paragraph 1, sentence 2" data-n="2"></a>Of course not.</span>');
    expect(textOf(html)).toBe('Is this an ultimatum? Of course not. U.S. officials disagree.');
  });

  it('keeps the dateline in the first sentence', async () => {
    const html = await render('MOSCOW, December 23. /TASS/. It is so. He said.', { dateline: 'MOSCOW, December 23. /TASS/.' });
    expect(html).toContain('<span id="p-1-s1" class="s"><a href="#p-1-s1" class="sentence-number" aria-label="Paragraph 1, sentence 1" data-n="1"></a>MOSCOW, December 23. /TASS/. It is so.</span>');
  });

  it('marks each quote with its id and links it to its claim, leaving the text unchanged', async () => {
    const html = await render('He said: “Of course not.” Then he left.', { claims: [{ id: 'not-ultimatum', quotes: [{ text: 'Of course not.' }] }] });
    expect(html).toContain(
      '<mark id="q-not-ultimatum" class="quote" data-claim="not-ultimatum">Of course not.</mark><a href="/claims/not-ultimatum/" class="claim-link" aria-label="The claim this quote reports"></a>',
    );
    expect(textOf(html)).toBe('He said: “Of course not.” Then he left.');
  });

  it('numbers a claim’s later quotes, and keeps an anchor recorded for a quote', async () => {
    const html = await render('Alpha beta gamma delta.', {
      claims: [
        { id: 'c', quotes: [{ text: 'Alpha' }, { text: 'gamma' }] },
        { id: 'd', quotes: [{ text: 'delta', anchor: 'q-old-claim' }] },
      ],
    });
    expect(html.match(/<mark id="[^"]+"/g)).toEqual(['<mark id="q-c"', '<mark id="q-c-2"', '<mark id="q-old-claim"']);
    expect(textOf(html)).toBe('Alpha beta gamma delta.');
  });

  it('matches quotes across line breaks in the source', async () => {
    const html = await render('One two\nthree four.', { claims: [{ id: 'c', quotes: [{ text: 'two three' }] }] });
    expect(html).toContain('<mark id="q-c" class="quote" data-claim="c">two\nthree</mark>');
  });

  it('marks a quote that runs across sentences in pieces, the later ones naming the anchor they continue', async () => {
    const html = await render('We see it. Is this an ultimatum? Of course not. We left.', { claims: [{ id: 'c', quotes: [{ text: 'ultimatum? Of course' }] }] });
    expect(html).toContain('<mark id="q-c" class="quote" data-claim="c">ultimatum?</mark></span>');
    expect(html).toContain('<mark class="quote" data-continues="q-c">Of course</mark><a href="/claims/c/" class="claim-link"');
    expect(html.match(/claim-link/g)).toHaveLength(1);
    expect(textOf(html)).toBe('We see it. Is this an ultimatum? Of course not. We left.');
  });

  it('marks a quote across the outlet’s inline markup, keeping the markup', async () => {
    const html = await render('One *two three* four.', { claims: [{ id: 'c', quotes: [{ text: 'One two' }] }] });
    expect(html).toContain('<mark id="q-c" class="quote" data-claim="c">One <em>two</em></mark><a href="/claims/c/" class="claim-link" aria-label="The claim this quote reports"></a><em> three</em> four.');
  });

  it('marks a recorded slip and links it to its note', async () => {
    const html = await render('You must do this instead of keep talking.', { slips: [{ text: 'instead of keep talking', note: 'so printed' }] });
    expect(html).toContain('<span class="slip">instead of keep talking</span><a href="#slip-1" class="sic" aria-label="So printed: so printed"></a>.');
  });
});
