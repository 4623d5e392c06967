import { Cite, plugins } from '@citation-js/core';
import { describe, expect, it } from 'vitest';
import { articleCiteNote, articleCsl, articleJsonLd, articleMetaTags, bibliography, bibtexEntry, claimCsl, claimJsonLd, claimMetaTags, BARE_CITATION, formatStyles, oneEntryName, risRecord, STYLES, textFragmentLink, type CitedArticle, type CitedClaim } from './citation.ts';

const tass: CitedArticle = {
  id: 'tass-2021-12-23',
  title: 'West must give Russia security guarantees "now" — Putin',
  outlet: { name: 'TASS', homepage: 'https://tass.com' },
  author: null,
  date: '2021-12-23',
  dateline: 'MOSCOW, December 23. /TASS/.',
  permalink: 'https://archive.example/articles/tass-2021-12-23/',
  captureUrl: 'https://archive.example/captures/001_bb61a0728cd01c48.txt',
  originalUrl: null,
  language: 'en',
  abstract: 'It is the NATO countries that must provide security guarantees to Russia.',
  caveats: ['publication date inferred by the archive'],
};
const unnamed: CitedArticle = { ...tass, id: 'unattributed-2021-12-23', title: 'Putin urges the West to act quickly to provide security guarantees & 50% more', outlet: null, caveats: ['publication date inferred by the archive', 'outlet not named in the capture'] };
const claim: CitedClaim = {
  id: 'not-an-inch',
  summary: 'Putin says NATO broke its promise.',
  speaker: { name: 'Vladimir Putin', kind: 'person' },
  permalink: 'https://archive.example/claims/not-an-inch/',
  date: '2021-12-23',
  caveats: ['the date of the statement is inferred by the archive'],
  appearances: [{ article: tass, quotes: [{ text: 'They cheated us.', anchor: 'q-not-an-inch', form: 'direct' }] }],
};

describe('formatted references', () => {
  const citations = formatStyles(articleCsl(tass), tass.caveats);

  it('in APA, Chicago and MLA, each saying in brackets what the archive inferred', () => {
    expect(citations.apa.text).toBe('West must give Russia security guarantees “now” — Putin. (2021, December 23). TASS. Guarantees 2021. https://archive.example/articles/tass-2021-12-23/ [Publication date inferred by the archive.]');
    expect(citations.chicago.text).toBe('TASS. 2021. “West Must Give Russia Security Guarantees ‘Now’ — Putin,” December 23, 2021. Guarantees 2021. https://archive.example/articles/tass-2021-12-23/. [Publication date inferred by the archive.]');
    expect(citations.mla.text).toBe('“West Must Give Russia Security Guarantees ‘Now’ — Putin.” TASS, 23 Dec. 2021, https://archive.example/articles/tass-2021-12-23/. Guarantees 2021. [Publication date inferred by the archive.]');
  });

  it('give as plain text what citeproc gives as text, ampersands and angle brackets included', () => {
    const item = articleCsl({ ...unnamed, title: 'Guarantees & <promises> “now”, 50% more' });
    const formatted = formatStyles(item, []);
    for (const template of ['apa', 'chicago', 'mla'] as const) {
      expect(formatted[template].text).toBe(String(new Cite(item).format('bibliography', { format: 'text', template, lang: 'en-US' })).trim());
    }
  });

  it('keep the style’s italics in HTML, for pasting into a word processor', () => {
    expect(citations.apa.html).toContain('<i>TASS</i>');
    expect(citations.mla.html).toContain('<i>TASS</i>');
  });
});

describe('the one-entry styles the cite box is formatted with', () => {
  // Every shape an item takes: outlet or none, author or none, original address or none,
  // full, month and year dates, a decade, titles with quotes, markup characters and case.
  const articles = [tass, unnamed].flatMap((article) => [
    article,
    { ...article, author: 'Jane O’Reilly', originalUrl: 'https://tass.com/politics/1380189' },
    { ...article, date: '2021-12', caveats: [] },
    { ...article, date: '2022', title: 'the “West” <b>must</b> act & Russia’s NATO — now?' },
  ]);
  const claims = [claim, { ...claim, date: '1990s', summary: 'NATO says it is “open” to talks & <dialogue>', speaker: { name: 'NATO', kind: 'organisation' as const } }];
  const items = [...articles.map(articleCsl), ...claims.map(claimCsl)];

  it('are the official styles without the bibliography’s sort keys and with a bare in-text citation', () => {
    const styles = plugins.config.get('@csl').styles;
    for (const style of STYLES) {
      const full = styles.get(style);
      const oneEntry = styles.get(oneEntryName(style));
      expect(full.slice(full.indexOf('<bibliography')), style).toContain('<sort>');
      expect(oneEntry.slice(oneEntry.indexOf('<bibliography')), style).not.toContain('<sort>');
      expect(oneEntry.match(/<citation\b[\s\S]*?<\/citation>/g), style).toEqual([BARE_CITATION]);
    }
  });

  it('give every entry exactly as the full official style does', () => {
    for (const item of items) {
      for (const style of STYLES) {
        const full = new Cite(item).format('bibliography', { format: 'html', template: style, lang: 'en-US' });
        const oneEntry = new Cite(item).format('bibliography', { format: 'html', template: oneEntryName(style), lang: 'en-US' });
        expect(oneEntry, `${style}: ${item.id}, ${item.title}`).toBe(full);
      }
    }
  });
});

describe('an article whose original address is known', () => {
  const known: CitedArticle = { ...tass, originalUrl: 'https://tass.com/politics/1380189' };

  it('is cited at the archive’s permalink, everywhere, with the original address in the note', () => {
    const csl = articleCsl(known);
    expect(csl.URL).toBe(known.permalink);
    expect(csl.note).toContain('originally published at https://tass.com/politics/1380189');
    expect(bibtexEntry(csl)).toContain(`url = {${known.permalink}}`);
    expect(bibtexEntry(csl)).toMatch(/note = \{[^}]*https:\/\/tass\.com\/politics\/1380189/);
    expect(risRecord(csl)).toContain(`UR  - ${known.permalink}`);
    expect(risRecord(csl)).toMatch(/^N1  - .*https:\/\/tass\.com\/politics\/1380189/m);
    expect(formatStyles(csl, known.caveats).apa.text).toContain(known.permalink);
    expect(articleJsonLd(known)).toMatchObject({ url: known.originalUrl, archivedAt: known.permalink });
  });

  it('and the cite box says which address is which, and says nothing is unknown that is known', () => {
    expect(articleCiteNote(known)).toBe('This cites TASS’s article, with this archive’s permalink as where you read it and the original address, https://tass.com/politics/1380189, in the note. No author is named in the capture.');
    expect(articleCiteNote({ ...unnamed, author: 'Jane Doe' })).toBe('This cites the article (its outlet is not named in the capture), with this archive’s permalink as where you read it: the original address is not known.');
  });
});

describe('BibTeX', () => {
  it('keys an entry by its slug, dates it exactly, and files a named outlet’s article as an article in that journal', () => {
    expect(bibtexEntry(articleCsl(tass))).toBe(
      [
        '@article{tass-2021-12-23,',
        '  title = {{West must give Russia security guarantees "now" — Putin}},',
        '  journal = {TASS},',
        '  date = {2021-12-23},',
        '  year = {2021},',
        '  month = dec,',
        '  url = {https://archive.example/articles/tass-2021-12-23/},',
        '  language = {english},',
        '  note = {Publication date inferred by the archive; archived copy in Guarantees 2021, from the web capture https://archive.example/captures/001\\_bb61a0728cd01c48.txt.}',
        '}',
      ].join('\n'),
    );
  });

  it('never files an article without a journal as @article, and escapes what LaTeX would read as commands', () => {
    const entry = bibtexEntry(articleCsl(unnamed));
    expect(entry.startsWith('@misc{unattributed-2021-12-23,')).toBe(true);
    expect(entry).not.toContain('journal');
    expect(entry).toContain('title = {{Putin urges the West to act quickly to provide security guarantees \\& 50\\% more}}');
  });

  it('files a claim page as @misc of the archive, dated by the statement', () => {
    expect(bibtexEntry(claimCsl(claim))).toContain('@misc{not-an-inch,\n  title = {{Putin says NATO broke its promise.}},\n  howpublished = {Guarantees 2021},\n  date = {2021-12-23},');
  });
});

describe('RIS', () => {
  it('gives one tag per line, never wrapped, the full ID and the day', () => {
    const long = { ...tass, title: `${tass.title}, ${'and a very long title '.repeat(8)}` };
    const record = risRecord(articleCsl(long));
    for (const line of record.split('\n')) expect(line).toMatch(/^[A-Z][A-Z0-9]  - /);
    expect(record).toContain('ID  - tass-2021-12-23\n');
    expect(record).toContain('PY  - 2021\nDA  - 2021/12/23\n');
    expect(record).toContain('T2  - TASS\n');
    expect(record).toContain('N1  - Publication date inferred by the archive;');
    expect(record.endsWith('ER  - ')).toBe(true);
  });
});

describe('a whole bibliography', () => {
  it('puts every entry in one file per format', () => {
    const files = bibliography([articleCsl(tass), articleCsl(unnamed)]);
    expect(files.bibtex.match(/^@/gm)).toHaveLength(2);
    expect(files.ris.match(/^TY {2}- /gm)).toHaveLength(2);
    expect(JSON.parse(files.cslJson)).toHaveLength(2);
  });
});

describe('embedded metadata', () => {
  it('describes a news item, its outlet as Publication, no journal, no publisher, the note in Extra', () => {
    const tags = articleMetaTags(tass);
    const get = (key: string) => tags.filter((t) => t.name === key || t.property === key).map((t) => t.content);
    expect(get('DC.type')).toEqual(['NewsItem']);
    expect(get('DC.source')).toEqual(['TASS']);
    expect(get('og:site_name')).toEqual(['TASS']);
    expect(get('DC.date')).toEqual(['2021-12-23']);
    expect(get('z:extra')).toEqual([articleCsl(tass).note]);
    for (const absent of ['citation_journal_title', 'citation_publisher', 'DC.publisher', 'citation_author']) expect(get(absent)).toEqual([]);
  });

  it('names no outlet, and no publication, where the capture names none', () => {
    const tags = articleMetaTags(unnamed);
    expect(tags.some((t) => t.name === 'DC.source' || t.property === 'og:site_name')).toBe(false);
    expect(articleJsonLd(unnamed)).not.toHaveProperty('publisher');
  });

  it('gives a claim page no type for Zotero to show as its website type, and the statement’s date', () => {
    const tags = claimMetaTags(claim);
    expect(tags.map((t) => t.name)).toEqual(['DC.title', 'DC.date', 'DC.language', 'z:extra']);
  });

  it('gives a claim with its speaker, every appearance and each quotation in JSON-LD', () => {
    const graph = claimJsonLd(claim)['@graph'] as Record<string, unknown>[];
    expect(graph[0]).toMatchObject({ '@type': 'Claim', name: claim.summary, author: { '@type': 'Person', name: 'Vladimir Putin' } });
    expect(graph[1]).toMatchObject({ '@type': 'Quotation', text: 'They cheated us.', url: `${tass.permalink}#q-not-an-inch` });
  });
});

describe('textFragmentLink', () => {
  it('highlights a short quote whole and a long one by its first and last words', () => {
    expect(textFragmentLink('/a/', 'They cheated us.')).toBe('/a/#:~:text=They%20cheated%20us.');
    expect(textFragmentLink('/a/', 'We said not an inch to the east, that was a guarantee')).toBe('/a/#:~:text=We%20said%20not%20an,that%20was%20a%20guarantee');
  });
});
