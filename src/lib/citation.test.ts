import { describe, expect, it } from 'vitest';
import { articleCsl, articleJsonLd, articleMetaTags, claimJsonLd, formatCitations, textFragmentLink, type CitedArticle } from './citation.ts';

const tass: CitedArticle = {
  id: 'tass-2021-12-23',
  title: 'West must give Russia security guarantees "now" — Putin',
  outlet: { name: 'TASS', homepage: 'https://tass.com' },
  author: null,
  date: '2021-12-23',
  dateline: 'MOSCOW, December 23',
  permalink: 'https://archive.example/articles/tass-2021-12-23/',
  captureUrl: 'https://archive.example/captures/001_bb61a0728cd01c48.txt',
  originalUrl: null,
  language: 'en',
};

describe('citations of the TASS article of 23 December 2021', () => {
  const citations = formatCitations(articleCsl(tass));

  it('in APA', () => {
    expect(citations.apa).toBe(
      'West must give Russia security guarantees “now” — Putin. (2021, December 23). TASS. Guarantees 2021. https://archive.example/articles/tass-2021-12-23/',
    );
  });

  it('in Chicago (author-date)', () => {
    expect(citations.chicago).toBe(
      'TASS. 2021. “West Must Give Russia Security Guarantees ‘Now’ — Putin,” December 23, 2021. Guarantees 2021. https://archive.example/articles/tass-2021-12-23/.',
    );
  });

  it('in MLA', () => {
    expect(citations.mla).toBe(
      '“West Must Give Russia Security Guarantees ‘Now’ — Putin.” TASS, 23 Dec. 2021, https://archive.example/articles/tass-2021-12-23/. Guarantees 2021.',
    );
  });

  it('in BibTeX', () => {
    expect(citations.bibtex).toBe(
      [
        '@article{2021West,',
        '\tjournal = {TASS},',
        '\tyear = {2021},',
        '\tmonth = {dec 23},',
        '\ttitle = {West must give {Russia} security guarantees "now" --- {Putin}},',
        '\turl = {https://archive.example/articles/tass-2021-12-23/},',
        '\thowpublished = {https://archive.example/articles/tass-2021-12-23/},',
        '}',
      ].join('\n'),
    );
  });

  it('in RIS, as a news item', () => {
    expect(citations.ris).toBe(
      [
        'TY  - NEWS',
        'ID  - tass-2021-12-23',
        'LA  - en',
        'PY  - 2021',
        'T2  - TASS',
        'TI  - West must give Russia security guarantees "now" — Putin',
        'UR  - https://archive.example/articles/tass-2021-12-23/',
        'ER  -',
      ].join('\n'),
    );
  });

  it('in CSL-JSON, with no author and no original address, since the capture has neither', () => {
    const [item] = JSON.parse(citations.cslJson);
    expect(item).toEqual({
      id: 'tass-2021-12-23',
      type: 'article-newspaper',
      title: 'West must give Russia security guarantees "now" — Putin',
      'container-title': 'TASS',
      issued: { 'date-parts': [[2021, 12, 23]] },
      URL: 'https://archive.example/articles/tass-2021-12-23/',
      archive: 'Guarantees 2021',
      language: 'en',
    });
  });
});

describe('embedded metadata', () => {
  it('describes a news item Zotero reads, with the outlet as site name and no journal title', () => {
    const tags = articleMetaTags(tass);
    const get = (key: string) => tags.filter((t) => t.name === key || t.property === key).map((t) => t.content);
    expect(get('citation_title')).toEqual([tass.title]);
    expect(get('citation_publication_date')).toEqual(['2021/12/23']);
    expect(get('DC.type')).toEqual(['NewsItem']);
    expect(get('og:site_name')).toEqual(['TASS']);
    expect(get('citation_author')).toEqual([]);
    expect(get('citation_journal_title')).toEqual([]);
  });

  it('names no outlet where the capture names none', () => {
    const tags = articleMetaTags({ ...tass, outlet: null });
    expect(tags.some((t) => t.property === 'og:site_name' || t.name === 'citation_publisher')).toBe(false);
    expect(articleJsonLd({ ...tass, outlet: null })).not.toHaveProperty('publisher');
  });

  it('gives a NewsArticle with its publisher, archived copy and source capture', () => {
    expect(articleJsonLd(tass)).toEqual({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: tass.title,
      datePublished: '2021-12-23',
      inLanguage: 'en',
      dateline: 'MOSCOW, December 23',
      publisher: { '@type': 'NewsMediaOrganization', name: 'TASS', url: 'https://tass.com' },
      archivedAt: tass.permalink,
      isBasedOn: tass.captureUrl,
    });
  });

  it('gives a claim with its speaker, every appearance and each quotation', () => {
    const graph = claimJsonLd({
      id: 'not-an-inch',
      summary: 'NATO broke its promise.',
      speaker: { name: 'Vladimir Putin', kind: 'person' },
      permalink: 'https://archive.example/claims/not-an-inch/',
      date: '2021-12-23',
      appearances: [{ article: tass, quotes: [{ text: 'They cheated us.', anchor: 'q-not-an-inch', form: 'direct' }] }],
    })['@graph'] as Record<string, unknown>[];
    expect(graph[0]).toMatchObject({ '@type': 'Claim', name: 'NATO broke its promise.', author: { '@type': 'Person', name: 'Vladimir Putin' } });
    expect(graph[1]).toMatchObject({ '@type': 'Quotation', text: 'They cheated us.', url: `${tass.permalink}#q-not-an-inch` });
  });
});

describe('textFragmentLink', () => {
  it('highlights a short quote whole and a long one by its first and last words', () => {
    expect(textFragmentLink('/a/', 'They cheated us.')).toBe('/a/#:~:text=They%20cheated%20us.');
    expect(textFragmentLink('/a/', 'We said not an inch to the east, that was a guarantee')).toBe(
      '/a/#:~:text=We%20said%20not%20an,that%20was%20a%20guarantee',
    );
  });
});
