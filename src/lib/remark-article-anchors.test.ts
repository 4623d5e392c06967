import rehypeStringify from 'rehype-stringify';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import remarkArticleAnchors from './remark-article-anchors.ts';

async function render(body: string, claims: unknown[] = []) {
  const file = new VFile({ value: body, data: { astro: { frontmatter: { claims } } } });
  const result = await unified().use(remarkParse).use(remarkMdx).use(remarkArticleAnchors).use(remarkRehype).use(rehypeStringify).process(file);
  return String(result);
}

describe('remarkArticleAnchors', () => {
  it('numbers paragraphs from 1 and gives each a link to itself', async () => {
    const html = await render('First.\n\nSecond.');
    expect(html).toBe(
      '<p id="p-1" data-pagefind-title="Paragraph 1"><a href="#p-1" class="paragraph-link" aria-label="Paragraph 1"></a>First.</p>\n' +
        '<p id="p-2" data-pagefind-title="Paragraph 2"><a href="#p-2" class="paragraph-link" aria-label="Paragraph 2"></a>Second.</p>',
    );
  });

  it('marks each quote with its id and links it to its claim, leaving the text unchanged', async () => {
    const html = await render('He said: “Of course not.” Then he left.', [
      { id: 'not-ultimatum', summary: 'Not an ultimatum.', quotes: [{ text: 'Of course not.' }] },
    ]);
    expect(html).toBe(
      '<p id="p-1" data-pagefind-title="Paragraph 1"><a href="#p-1" class="paragraph-link" aria-label="Paragraph 1"></a>He said: “' +
        '<mark id="q-not-ultimatum" class="quote" data-claim="not-ultimatum" data-pagefind-title="Quote: Not an ultimatum.">Of course not.</mark>' +
        '<a href="/claims/not-ultimatum/" class="claim-link" aria-label="Claim: Not an ultimatum."></a>” Then he left.</p>',
    );
  });

  it('marks several quotes in one paragraph, numbering a claim’s later quotes', async () => {
    const html = await render('Alpha beta gamma delta.', [
      { id: 'c', summary: 'C.', quotes: [{ text: 'Alpha' }, { text: 'gamma' }] },
      { id: 'd', summary: 'D.', quotes: [{ text: 'delta' }] },
    ]);
    expect(html.match(/<mark id="[^"]+"/g)).toEqual(['<mark id="q-c"', '<mark id="q-c-2"', '<mark id="q-d"']);
    expect(html.replace(/<[^>]+>/g, '')).toBe('Alpha beta gamma delta.');
  });

  it('matches quotes across line breaks in the source', async () => {
    const html = await render('One two\nthree four.', [{ id: 'c', summary: 'C.', quotes: [{ text: 'two three' }] }]);
    expect(html).toContain('<mark id="q-c" class="quote" data-claim="c" data-pagefind-title="Quote: C.">two\nthree</mark>');
  });

  it('fails, naming the quote, when a quote runs across inline markup', async () => {
    await expect(render('One *two* three.', [{ id: 'c', summary: 'C.', quotes: [{ text: 'One two' }] }])).rejects.toThrow(
      'The quote for claim "c" runs across inline markup and cannot be marked: "One two"',
    );
  });
});
