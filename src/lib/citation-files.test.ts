import { describe, expect, it } from 'vitest';
import { articleCsl, claimCsl } from './citation.ts';
import { bibliography, bibtexEntry, citationFiles, itemFiles, risRecord } from './citation-files.ts';
import { claim, tass, unnamed } from './citation.fixtures.ts';

describe('BibTeX', () => {
  it('keys an entry by its slug, dates it exactly, and files a named outlet’s article as a newspaper article in that periodical', () => {
    expect(bibtexEntry(articleCsl(tass))).toBe(
      [
        '@article{tass-2021-12-23,',
        '  title = {{West must give Russia security guarantees "now" — Putin}},',
        '  journal = {TASS},',
        '  entrysubtype = {newspaper},',
        '  date = {2021-12-23},',
        '  year = {2021},',
        '  month = dec,',
        '  url = {https://archive.example/articles/tass-2021-12-23/},',
        '  language = {english},',
        '  note = {Publication date inferred by the archive; archived copy in Guarantees 2021, from the web capture https://archive.example/captures/001\\_bb61a0728cd01c48.txt; Guarantees 2021 page last revised 2026-12-06.}',
        '}',
      ].join('\n'),
    );
  });

  it('never files an article without a journal as @article, and escapes what LaTeX would read as commands', () => {
    const entry = bibtexEntry(articleCsl(unnamed));
    expect(entry.startsWith('@misc{unattributed-2021-12-23,')).toBe(true);
    expect(entry).not.toContain('journal');
    expect(entry).not.toContain('entrysubtype');
    expect(entry).toContain('title = {{Putin urges the West to act quickly to provide security guarantees \\& 50\\% more}}');
  });

  it('files a claim page as @misc of the archive, dated by the statement', () => {
    expect(bibtexEntry(claimCsl(claim))).toContain('@misc{not-an-inch,\n  title = {{Putin says NATO broke its promise.}},\n  howpublished = {Guarantees 2021},\n  date = {2021-12-23},');
  });
});

describe('RIS', () => {
  it('gives one tag per line, never wrapped, the full ID, and the day in PY as well as DA', () => {
    const long = { ...tass, title: `${tass.title}, ${'and a very long title '.repeat(8)}` };
    const record = risRecord(articleCsl(long));
    for (const line of record.split('\n')) expect(line).toMatch(/^[A-Z][A-Z0-9]  - /);
    expect(record).toContain('ID  - tass-2021-12-23\n');
    expect(record).toContain('PY  - 2021/12/23/\nDA  - 2021/12/23/\n');
    expect(record).toContain('T2  - TASS\n');
    expect(record).toContain('N1  - Publication date inferred by the archive;');
    expect(record.endsWith('ER  - ')).toBe(true);
  });

  it('keeps the slashes of the parts a date does not have', () => {
    expect(risRecord(claimCsl({ ...claim, date: '1990s' }))).toContain('PY  - 1990///\nDA  - 1990///\n');
    expect(risRecord(claimCsl({ ...claim, date: '2022-01' }))).toContain('PY  - 2022/01//\nDA  - 2022/01//\n');
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

describe('a page’s own files', () => {
  it('are its entry of the whole bibliography, in every format, each ending with a newline', () => {
    const items = [articleCsl(tass), articleCsl(unnamed), claimCsl(claim)];
    const files = itemFiles(bibliography(items).cslJson);
    expect(files.map(({ id, extension }) => `${id}.${extension}`)).toEqual(items.flatMap(({ id }) => ['bib', 'ris', 'json'].map((extension) => `${id}.${extension}`)));
    for (const item of items) {
      const own = citationFiles(item);
      const file = (extension: string) => files.find((f) => f.id === item.id && f.extension === extension)?.body;
      expect([file('bib'), file('ris'), file('json')]).toEqual([`${own.bibtex}\n`, `${own.ris}\n`, `${own.cslJson}\n`]);
    }
  });
});
