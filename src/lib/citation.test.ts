import { Cite, plugins } from '@citation-js/core';
import { describe, expect, it } from 'vitest';
import { articleCiteNote, articleCsl, articleJsonLd, articleMetaTags, claimCsl, claimJsonLd, claimMetaTags, BARE_CITATION, formatStyles, oneEntryName, STYLES, textFragmentLink, type CitedArticle } from './citation.ts';
import { bibtexEntry, NOCASE_CLOSE, NOCASE_OPEN, risRecord } from './citation-files.ts';
import { claim, tass, unnamed } from './citation.fixtures.ts';

describe('formatted references', () => {
  const [citations] = formatStyles([{ item: articleCsl(tass), caveats: tass.caveats, revised: tass.revised }]);

  it('in APA, Chicago and MLA, each saying in brackets what the archive inferred and which version of the page it cites', () => {
    expect(citations.apa.text).toBe('West must give Russia security guarantees “now” — Putin. (2021, December 23). TASS. Guarantees 2021. https://archive.example/articles/tass-2021-12-23/ [Publication date inferred by the archive. Guarantees 2021 page last revised 2026-12-06.]');
    expect(citations.chicago.text).toBe('TASS. 2021. “West Must Give Russia Security Guarantees ‘Now’ — Putin,” December 23, 2021. Guarantees 2021. https://archive.example/articles/tass-2021-12-23/. [Publication date inferred by the archive. Guarantees 2021 page last revised 2026-12-06.]');
    expect(citations.mla.text).toBe('“West Must Give Russia Security Guarantees ‘Now’ — Putin.” TASS, 23 Dec. 2021, https://archive.example/articles/tass-2021-12-23/. Guarantees 2021. [Publication date inferred by the archive. Guarantees 2021 page last revised 2026-12-06.]');
  });

  it('give as plain text what citeproc gives as text, ampersands and angle brackets included', () => {
    const item = articleCsl({ ...tass, title: 'Guarantees & <promises> “now”, 50% more' });
    const [formatted] = formatStyles([{ item, caveats: [], revised: tass.revised }]);
    for (const template of ['apa', 'chicago', 'mla'] as const) {
      const citeproc = String(new Cite(item).format('bibliography', { format: 'text', template, lang: 'en-US' })).trim();
      expect(formatted[template].text).toBe(`${citeproc} [Guarantees 2021 page last revised 2026-12-06.]`);
    }
  });

  it('give the day of an article whose outlet is not named once, after the year, in Chicago', () => {
    const [formatted] = formatStyles([{ item: articleCsl(unnamed), caveats: unnamed.caveats, revised: unnamed.revised }]);
    expect(formatted.chicago.text).toBe('“Putin Urges the West to Act Quickly to Provide Security Guarantees & 50% More.” 2021. Guarantees 2021. December 23, 2021. https://archive.example/articles/tass-2021-12-23/. [Publication date inferred by the archive; outlet not named in the capture. Guarantees 2021 page last revised 2026-12-06.]');
    expect(formatted.apa.text).toContain('(2021, December 23)');
    expect(formatted.mla.text).toContain('23 Dec. 2021');
  });

  it('keep a claim’s summary a sentence in every style, never title-cased', () => {
    const summary = 'Putin says the US has not yet received the proposals & <more> from NATO';
    const [formatted] = formatStyles([{ item: claimCsl({ ...claim, summary }), caveats: claim.caveats, revised: claim.revised }]);
    expect(formatted.apa.text.startsWith(`${summary}. (2021, December 23).`)).toBe(true);
    expect(formatted.chicago.text.startsWith(`“${summary}.” 2021.`)).toBe(true);
    expect(formatted.mla.text.startsWith(`“${summary}.” Guarantees 2021,`)).toBe(true);
    // Only claims: an outlet's headline is a title, which Chicago and MLA title-case.
    expect(citations.chicago.text).toContain('West Must Give');
  });

  it('keep the style’s italics in HTML, for pasting into a word processor', () => {
    expect(citations.apa.html).toContain('<i>TASS</i>');
    expect(citations.mla.html).toContain('<i>TASS</i>');
  });
});

describe('a claim’s note', () => {
  it('names the speaker as a sentence does, with "the" where the name takes it', () => {
    expect(claimCsl(claim).note).toMatch(/^The Guarantees 2021 page gathering every outlet's wording of a statement by Vladimir Putin/);
    const us = claimCsl({ ...claim, speaker: { name: 'United States', inText: 'the United States', kind: 'government' } });
    expect(us.note).toContain('a statement by the United States');
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
  const claims = [claim, { ...claim, date: '1990s', summary: 'NATO says it is “open” to talks & <dialogue>', speaker: { name: 'NATO', inText: 'NATO', kind: 'organisation' as const } }];
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

  it('format a list, each entry as it is alone: no repeated author’s substitute, no list-wide ids', () => {
    // Neighbours from one outlet, in one year, the same item twice, an article and a claim with one id.
    const jobs = [...items, items[0], { ...items[items.length - 1], id: items[0].id }].map((item, i) => ({ item, caveats: i % 2 ? ['publication date inferred by the archive'] : [], revised: `2026-12-0${(i % 9) + 1}` }));
    const alone = jobs.map((job) => formatStyles([job])[0]);
    expect(formatStyles(jobs)).toEqual(alone);
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
    expect(formatStyles([{ item: csl, caveats: known.caveats, revised: known.revised }])[0].apa.text).toContain(known.permalink);
    expect(articleJsonLd(known)).toMatchObject({ url: known.originalUrl, archivedAt: { url: known.permalink } });
  });

  it('and the cite box says which address is which, and says nothing is unknown that is known', () => {
    expect(articleCiteNote(known)).toBe('This cites TASS’s article, with this archive’s permalink as where you read it and the original address, https://tass.com/politics/1380189, in the note. No author is named in the capture.');
    expect(articleCiteNote({ ...unnamed, author: 'Jane Doe' })).toBe('This cites the article (its outlet is not named in the capture), with this archive’s permalink as where you read it: the original address is not known.');
  });
});

describe('the version cited', () => {
  it('is the page’s last revision, in the note every file carries, for an article and a claim', () => {
    for (const [csl, revised] of [[articleCsl(tass), tass.revised], [claimCsl(claim), claim.revised]] as const) {
      expect(csl.note).toMatch(new RegExp(`Guarantees 2021 page last revised ${revised}\\.$`));
      expect(bibtexEntry(csl)).toContain(`Guarantees 2021 page last revised ${revised}.}`);
      expect(risRecord(csl)).toMatch(new RegExp(`^N1  - .*Guarantees 2021 page last revised ${revised}\\.$`, 'm'));
      // Not CSL's version, which MLA would print after the container as the outlet's.
      expect(csl).not.toHaveProperty('version');
    }
  });

  it('is the page’s modification date in the head, and the archive page’s, not the outlet’s, in JSON-LD', () => {
    expect(articleMetaTags(tass)).toContainEqual({ name: 'DC.modified', content: tass.revised });
    expect(claimMetaTags(claim)).toContainEqual({ name: 'DC.modified', content: claim.revised });
    const article = articleJsonLd(tass);
    expect(article).not.toHaveProperty('dateModified');
    expect(article.archivedAt).toEqual({ '@type': 'WebPage', url: tass.permalink, dateModified: tass.revised });
    const graph = claimJsonLd(claim)['@graph'] as Record<string, unknown>[];
    expect(graph.find((node) => node['@type'] === 'WebPage')).toEqual({ '@type': 'WebPage', url: claim.permalink, mainEntity: { '@id': claim.permalink }, dateModified: claim.revised });
  });
});

describe('a claim page’s title', () => {
  it('is the summary marked nocase in CSL-JSON, in double braces in BibTeX, plain in RIS and the head', () => {
    const csl = claimCsl(claim);
    expect(csl.title).toBe(`${NOCASE_OPEN}${claim.summary}${NOCASE_CLOSE}`);
    expect(bibtexEntry(csl)).toContain(`title = {{${claim.summary}}}`);
    expect(risRecord(csl)).toContain(`TI  - ${claim.summary}\n`);
    expect(claimMetaTags(claim)).toContainEqual({ name: 'DC.title', content: claim.summary });
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
    expect(tags.map((t) => t.name)).toEqual(['DC.title', 'DC.date', 'DC.modified', 'DC.language', 'z:extra']);
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
