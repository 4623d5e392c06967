import { describe, expect, it } from 'vitest';
import type { ArchiveInput, ArticleInput } from './archive-types.ts';
import { blocks, captureName, draftArticle, mdxText } from './article-draft.ts';
import { readArticleBody } from './article-text.ts';
import { checkIntegrity, formatProblem } from './integrity.ts';

const OUTLETS = [
  { id: 'anadolu-agency', name: 'Anadolu Agency' },
  { id: 'central-tribune', name: 'Central Tribune' },
  { id: 'tass', name: 'TASS' },
];

/** A capture laid out as the archive's captures are: chrome around the text, blank lines between blocks. */
const CAPTURE = [
  'Connect with us',
  '',
  'Hi, what are you looking for?',
  '',
  'Putin says proposals are not an ultimatum',
  '',
  'Russia wants to ease tensions, says president.',
  '',
  'December 21, 2021',
  '',
  'MOSCOW (AA) – Russian President Vladimir Putin said on Tuesday the proposals were not an ultimatum.',
  '',
  '“We want to resolve issues by political and diplomatic means,” he said. Read more',
  '',
  'You May Also Like',
  '',
  'Delta will pay its flight attendants for boarding time.',
  '',
  'Health Care',
  '',
  'Сentral Tribune - Politic News',
  '',
].join('\n');

describe('drafting an article from a capture', () => {
  const draft = draftArticle(CAPTURE, OUTLETS);

  it('cuts the capture into blocks at blank lines, with the line each starts on', () => {
    expect(blocks('a\nb\n\n\nc\r\n')).toEqual([
      { text: 'a\nb', line: 1 },
      { text: 'c', line: 5 },
    ]);
  });

  it('proposes the title, standfirst, dateline and a date printed on its own line, each with its line', () => {
    expect(draft.title).toEqual({ value: 'Putin says proposals are not an ultimatum', line: 5 });
    expect(draft.standfirst).toEqual({ value: 'Russia wants to ease tensions, says president.', line: 7 });
    expect(draft.dateLines).toEqual([{ value: 'December 21, 2021', line: 9 }]);
    expect(draft.dateline).toEqual({ value: 'MOSCOW (AA) –', line: 11 });
    expect(draft.dates.map((d) => d.value)).toEqual(['December 21, 2021', 'on Tuesday']);
  });

  it('finds outlets by name, through look-alike letters, and by their initials as a credit', () => {
    expect(draft.outlets.map((o) => [o.id, o.line, o.inTextOnly])).toEqual([
      ['anadolu-agency', 11, false],
      ['central-tribune', 21, false],
    ]);
  });

  it('puts an outlet the page names as its publisher before one its text names as a source', () => {
    const reporting = CAPTURE.replace('MOSCOW (AA) – ', 'MOSCOW – ').replace('he said.', 'he told TASS.');
    expect(draftArticle(reporting, OUTLETS).outlets.map((o) => [o.id, o.line, o.inTextOnly])).toEqual([
      ['central-tribune', 21, false],
      ['tass', 13, true],
    ]);
    const withoutFooter = reporting.replace('Сentral Tribune - Politic News', 'Example Gazette © 2021');
    expect(draftArticle(withoutFooter, OUTLETS).outlets.map((o) => [o.id, o.inTextOnly])).toEqual([['tass', true]]);
  });

  it('keeps the text, paragraph by paragraph, and proposes the chrome as removed, runs of one kind together', () => {
    expect(draft.paragraphs.map((p) => p.line)).toEqual([11, 13]);
    expect(draft.paragraphs[1].text).toBe('“We want to resolve issues by political and diplomatic means,” he said.');
    expect(draft.removed).toEqual([
      { kind: 'site header', text: 'Connect with us\nHi, what are you looking for?', line: 1 },
      { kind: 'link', text: 'Read more', line: 13 },
      { kind: 'related stories', text: 'You May Also Like\nDelta will pay its flight attendants for boarding time.\nHealth Care', line: 15 },
      { kind: 'site footer', text: 'Сentral Tribune - Politic News', line: 21 },
    ]);
  });

  it('cuts a block at its lines when one of them is chrome, and removes a repeated title', () => {
    const { title, removed, paragraphs } = draftArticle('Putin insists\n\nBy -\nPutin insists\n\nIn a statement, Putin insisted.\n', OUTLETS);
    expect(title?.value).toBe('Putin insists');
    expect(removed.map((r) => [r.kind, r.text, r.line])).toEqual([
      ['empty byline', 'By -', 3],
      ['repeated title', 'Putin insists', 4],
    ]);
    expect(paragraphs.map((p) => p.text)).toEqual(['In a statement, Putin insisted.']);
  });

  it('proposes a menu of short labels, and a masthead above the title, as removed chrome', () => {
    const page = 'Example Gazette\n\nHome\nWorld\nPolitics\nBusiness\n\nWorld\n\nPutin tells the West to give guarantees\n\nMOSCOW — Putin spoke.\n\nWorld\n\nHe spoke again.\n';
    const { title, removed, paragraphs } = draftArticle(page, OUTLETS);
    expect(title?.value).toBe('Putin tells the West to give guarantees');
    expect(removed.map((r) => [r.kind, r.text])).toEqual([['navigation', 'Example Gazette\nHome\nWorld\nPolitics\nBusiness\nWorld']]);
    // A lone short line in the text is the outlet's: a subheading stays.
    expect(paragraphs.map((p) => p.text)).toEqual(['MOSCOW — Putin spoke.', 'World', 'He spoke again.']);
    // A short title after a menu, a quote that ends a paragraph, and a list of names in the text stay.
    const short = draftArticle('Home\nWorld\n\nPutin Warns NATO\n\nMOSCOW — Putin spoke.\n\n“We will not allow it,” he said. “Never.”\n\nSergei Ryabkov\nAlexander Grushko\nYuri Ushakov\n\nThey met.\n', OUTLETS);
    expect(short.title?.value).toBe('Putin Warns NATO');
    expect(short.removed.map((r) => [r.kind, r.text])).toEqual([['page header', 'Home\nWorld']]);
    expect(short.paragraphs.map((p) => p.text)).toEqual(['MOSCOW — Putin spoke.', '“We will not allow it,” he said. “Never.”', 'Sergei Ryabkov\nAlexander Grushko\nYuri Ushakov', 'They met.']);
    const masthead = draftArticle('Example Gazette\n\nPutin tells the West to give guarantees\n\nMOSCOW — Putin spoke.\n', OUTLETS);
    expect([masthead.title?.value, masthead.removed.map((r) => [r.kind, r.text])]).toEqual(['Putin tells the West to give guarantees', [['page header', 'Example Gazette']]]);
  });

  it.each([
    ['Published : 21 Feb 2022 08:35 PM', 'date line'],
    ['Posted on February 21, 2022', 'date line'],
    ['Mon, 21 Feb 2022 20:35 GMT', 'date line'],
    ['By Jane Doe | 21 Feb 2022', 'date line'],
    ['Updated: 22 Feb 2022 10:00 AM', 'removed'],
    ['Last updated February 22, 2022', 'removed'],
  ])('proposes a labelled date line as the printed date, or an update as removed: %j', (line, where) => {
    const draft = draftArticle(`Putin insists\n\n${line}\nShare this article\n\nMOSCOW (AA) – Putin insisted.\n\nLeave A Reply\n`, OUTLETS);
    expect(draft.paragraphs.map((p) => p.text)).toEqual(['MOSCOW (AA) – Putin insisted.']);
    expect(draft.dateLines).toEqual(where === 'date line' ? [{ value: line, line: 3 }] : []);
    expect(draft.removed.map((r) => [r.kind, r.text])).toEqual([
      ...(where === 'removed' ? [['update time', line]] : []),
      ['share buttons', 'Share this article'],
      ['comment form', 'Leave A Reply'],
    ]);
  });

  it('proposes the name a byline gives as the author', () => {
    expect(draftArticle('Putin insists\n\nBy Jane Doe | 21 Feb 2022\n\nPutin insisted.\n', OUTLETS).author).toEqual({ value: 'Jane Doe', line: 3 });
    expect(draft.author).toBeNull();
    expect(draftArticle('Putin insists\n\nBy Thursday, Moscow had received no reply.\n', OUTLETS).author).toBeNull();
  });

  it('proposes the text complete only when page chrome follows its last paragraph, and not past a "Read more" link', () => {
    expect(draftArticle('Putin insists\n\nPutin insisted.\n\nLeave A Reply\n', OUTLETS).completeness).toEqual({
      status: 'complete',
      basis: 'The capture runs from "Putin insists" to the comment form ("Leave A Reply") after the last paragraph.',
    });
    expect(draftArticle('Putin insists\n\nPutin insisted.\n', OUTLETS).completeness.status).toBe('unknown');
    expect(draft.completeness).toEqual({
      status: 'unknown',
      basis: 'The text ends in the link "Read more", which may lead to more of it: whether the text goes on is not in the capture.',
    });
  });

  it('drafts what the capture rules accept: every word of the capture kept or recorded as removed', () => {
    const body = draft.paragraphs.map((p) => mdxText(p.text)).join('\n\n');
    const article: ArticleInput = {
      id: 'anadolu-2021-12-21',
      file: 'content/articles/anadolu-2021-12-21.mdx',
      body,
      title: draft.title!.value,
      standfirst: draft.standfirst!.value,
      date: '2021-12-21',
      dateAsPrinted: draft.dateLines[0].value,
      dateline: draft.dateline!.value,
      outlet: 'anadolu-agency',
      author: null,
      speaker: 'vladimir-putin',
      event: null,
      capture: '005_draft.txt',
      captureText: CAPTURE,
      inferred: { outlet: 'From the credit “(AA)” in the dateline.' },
      removed: draft.removed.map(({ kind, text }) => ({ kind, text })),
      slips: [],
      notes: null,
      rewordedFrom: null,
      completeness: { status: 'complete', basis: 'From the title to the footer.' },
      claims: [],
    };
    const archive: ArchiveInput = {
      articlesDir: 'content/articles',
      capturesDir: 'content/captures',
      captures: ['005_draft.txt'],
      outlets: OUTLETS,
      speakers: [{ id: 'vladimir-putin', name: 'Vladimir Putin', shortName: 'Putin' }],
      topics: [],
      events: [],
      articles: [article],
      record: { publishedFile: 'content/published.yaml', published: [], correctionsFile: 'content/corrections.yaml', corrections: [] },
    };
    expect(checkIntegrity(archive, '2026-11-23').map((p) => formatProblem(p))).toEqual([]);
  });
});

describe('article text written as MDX', () => {
  const TEXTS = [
    'Plain text, with “curly” and "straight" quotes and an ellipsis …',
    'Braces {like this} and <b>tags</b> and a < b > c',
    'Stars *emphasis* and __strong__ and `code` and ~struck~ and [a](link) and ![img](x)',
    'A backslash \\ alone, one before a letter \\n and one before punctuation \\* and \\{',
    'Entities &amp; &#169; &copy; and a bare AT&T',
    '# not a heading',
    '> not a quotation',
    '- not a list\n+ nor this\n1. nor this\n2) nor this',
    'A line\n===\nthat is not a heading underline, nor\n---\nthis',
    '| not | a table |\n|---|---|',
    '2021. A year at the start of a line',
  ];

  it.each(TEXTS)('reads back as the same text: %j', (text) => {
    const { paragraphs, mdxCode } = readArticleBody(mdxText(text));
    expect(mdxCode).toEqual([]);
    expect(paragraphs.join('\n\n')).toBe(text);
  });
});

describe('the name of a new capture', () => {
  it('is the next number, then the first 16 hex digits of its SHA-256', () => {
    expect(captureName(['000_c799df857124b054.txt', '004_256edda6d84015fa.txt', 'README'], 'ab'.repeat(32))).toBe('005_abababababababab.txt');
    expect(captureName([], '0123456789abcdef0123')).toBe('000_0123456789abcdef.txt');
  });
});
