import { describe, expect, it } from 'vitest';
import { checkIntegrity, formatProblem, type ArchiveInput } from './integrity.ts';

const TODAY = '2026-11-23';

/** A small archive that breaks no rule; each test breaks one thing in a copy of it. */
function validArchive(): ArchiveInput {
  return {
    articlesDir: 'content/articles',
    capturesDir: 'content/captures',
    captures: ['001_tass.txt', '003_ct.txt'],
    outlets: ['tass', 'central-tribune'],
    speakers: ['vladimir-putin', 'nato'],
    topics: ['nato-enlargement'],
    events: [
      {
        id: 'news-conference',
        file: 'content/events.yaml',
        date: '2021-12-23',
        context: false,
        citations: [{ article: 'tass-2021-12-23', text: 'the customary year-end news conference' }],
      },
      {
        id: 'assurance-1990',
        file: 'content/events.yaml',
        date: '1990',
        context: true,
        citations: [{ article: 'central-tribune-2021-12-23', text: 'a NATO guarantee in 1990' }],
      },
    ],
    articles: [
      {
        id: 'tass-2021-12-23',
        file: 'content/articles/tass-2021-12-23.mdx',
        body: 'MOSCOW, December 23. /TASS/. Putin told the customary year-end news conference:\n\n"’Not an inch towards the east’, we were told in the 1990s. And what?"',
        date: '2021-12-23',
        capture: '001_tass.txt',
        outlet: 'tass',
        speaker: 'vladimir-putin',
        event: 'news-conference',
        claims: [
          {
            id: 'not-an-inch',
            summary: 'NATO broke its promise not to expand.',
            topics: ['nato-enlargement'],
            quotes: [{ text: '’Not an inch towards the east’, we were told\n in the 1990s.', form: 'direct' }],
          },
        ],
      },
      {
        id: 'central-tribune-2021-12-23',
        file: 'content/articles/central-tribune-2021-12-23.mdx',
        body: '“We said not an inch to the east — that was a NATO guarantee in 1990.”\n\n“There is no record of any such decision taken by NATO,” it says.',
        date: '2021-12-23',
        capture: '003_ct.txt',
        outlet: null,
        speaker: 'vladimir-putin',
        event: 'news-conference',
        claims: [
          {
            id: 'not-an-inch',
            summary: 'NATO broke its promise not to expand.',
            topics: ['nato-enlargement'],
            quotes: [{ text: 'We said not an inch to the east', form: 'direct' }],
          },
          {
            id: 'no-record',
            speaker: 'nato',
            summary: 'NATO has no record of such a decision.',
            topics: ['nato-enlargement'],
            event: null,
            respondsTo: 'not-an-inch',
            quotes: [{ text: 'There is no record of any such decision taken by NATO', form: 'direct' }],
          },
        ],
      },
    ],
  };
}

function problemsOf(archive: ArchiveInput): string[] {
  return checkIntegrity(archive, TODAY).map(formatProblem);
}

describe('checkIntegrity', () => {
  it('accepts an archive that keeps every rule', () => {
    expect(problemsOf(validArchive())).toEqual([]);
  });

  it('names the file and quote when a quote is not in the article text', () => {
    const archive = validArchive();
    archive.articles[0].claims[0].quotes[0].text = 'Not an inch to the east, we were told in the 1990s';
    expect(problemsOf(archive)).toEqual([
      'content/articles/tass-2021-12-23.mdx: claims[0].quotes[0] not found in the article text: "Not an inch to the east, we were told in…"',
    ]);
  });

  it('treats a straight quote where the outlet printed a curly one as a different text', () => {
    const archive = validArchive();
    archive.articles[0].claims[0].quotes[0].text = "'Not an inch towards the east', we were told in the 1990s.";
    expect(problemsOf(archive)).toEqual([
      `content/articles/tass-2021-12-23.mdx: claims[0].quotes[0] not found in the article text: "'Not an inch towards the east', we were…"`,
    ]);
  });

  it('rejects a quote that runs across two paragraphs, which could not be marked in the text', () => {
    const archive = validArchive();
    archive.articles[0].claims[0].quotes[0].text = 'year-end news conference: "’Not an inch';
    expect(problemsOf(archive)).toEqual([
      'content/articles/tass-2021-12-23.mdx: claims[0].quotes[0] runs across paragraphs; quote each paragraph separately: "year-end news conference: "’Not an inch"',
    ]);
  });

  it('rejects quotes that share words, which could not both be marked', () => {
    const archive = validArchive();
    archive.articles[0].claims[0].quotes.push({ text: 'we were told in the 1990s. And what?', form: 'direct' });
    expect(problemsOf(archive)).toEqual([
      'content/articles/tass-2021-12-23.mdx: claims[0].quotes[1] overlaps claims[0].quotes[0] in the text; quotes must not share words: "we were told in the 1990s. And what?"',
    ]);
  });

  it('rejects a claim id used twice in one article', () => {
    const archive = validArchive();
    const article = archive.articles[1];
    article.claims[1].id = 'not-an-inch';
    article.claims[1].speaker = undefined;
    article.claims[1].event = undefined;
    article.claims[1].respondsTo = undefined;
    article.claims[1].summary = 'NATO broke its promise not to expand.';
    expect(problemsOf(archive)).toEqual([
      'content/articles/central-tribune-2021-12-23.mdx: claims[1].id "not-an-inch" repeats claims[0].id',
    ]);
  });

  it('rejects one claim id given two speakers in two articles', () => {
    const archive = validArchive();
    archive.articles[1].claims[0].speaker = 'nato';
    expect(problemsOf(archive)).toEqual([
      'content/articles/central-tribune-2021-12-23.mdx: claims[0].speaker is "nato" but claim "not-an-inch" has "vladimir-putin" in content/articles/tass-2021-12-23.mdx: one claim id, one speaker',
    ]);
  });

  it('rejects one claim id given two summaries in two articles', () => {
    const archive = validArchive();
    archive.articles[1].claims[0].summary = 'Something else.';
    expect(problemsOf(archive)).toEqual([
      'content/articles/central-tribune-2021-12-23.mdx: claims[0].summary is "Something else." but claim "not-an-inch" has "NATO broke its promise not to expand." in content/articles/tass-2021-12-23.mdx: one claim id, one summary',
    ]);
  });

  it('names an unknown speaker', () => {
    const archive = validArchive();
    archive.articles[0].speaker = 'vladimir-poutine';
    archive.articles[0].claims = [];
    expect(problemsOf(archive)).toEqual([
      'content/articles/tass-2021-12-23.mdx: speaker "vladimir-poutine" does not match any entry in speakers',
    ]);
  });

  it('names every other reference that does not resolve', () => {
    const archive = validArchive();
    archive.articles[0].outlet = 'reuters';
    archive.articles[0].event = 'no-such-event';
    archive.articles[1].event = 'no-such-event';
    archive.articles[1].claims[1].speaker = 'pentagon';
    archive.articles[1].claims[1].topics = ['nato-enlargement', 'sanctions'];
    archive.articles[1].claims[1].event = 'later';
    archive.articles[1].claims[1].respondsTo = 'not-an-ell';
    archive.events[0].citations[0].article = 'reuters-2021-12-23';
    expect(problemsOf(archive)).toEqual([
      'content/articles/tass-2021-12-23.mdx: outlet "reuters" does not match any entry in outlets',
      'content/articles/tass-2021-12-23.mdx: event "no-such-event" does not match any entry in events',
      'content/articles/central-tribune-2021-12-23.mdx: event "no-such-event" does not match any entry in events',
      'content/articles/central-tribune-2021-12-23.mdx: claims[1].speaker "pentagon" does not match any entry in speakers',
      'content/articles/central-tribune-2021-12-23.mdx: claims[1].event "later" does not match any entry in events',
      'content/articles/central-tribune-2021-12-23.mdx: claims[1].topics[1] "sanctions" does not match any entry in topics',
      'content/articles/central-tribune-2021-12-23.mdx: claims[1].respondsTo "not-an-ell" does not match any claim id',
      'content/events.yaml: news-conference.citations[0].article "reuters-2021-12-23" does not match any entry in articles',
    ]);
  });

  it('rejects a slug that is not URL-safe', () => {
    const archive = validArchive();
    archive.articles[0].id = 'TASS 2021_12_23';
    archive.events[0].citations[0].article = 'TASS 2021_12_23';
    expect(problemsOf(archive)).toEqual([
      'content/articles/tass-2021-12-23.mdx: slug "TASS 2021_12_23" (from the file name) is not URL-safe: use a-z, 0-9 and single hyphens, in one folder',
    ]);
  });

  it('rejects a nested article, whose slug would hold a slash', () => {
    const archive = validArchive();
    archive.articles[0].id = '2021/tass';
    archive.events[0].citations[0].article = '2021/tass';
    expect(problemsOf(archive)).toEqual([
      'content/articles/tass-2021-12-23.mdx: slug "2021/tass" (from the file name) is not URL-safe: use a-z, 0-9 and single hyphens, in one folder',
    ]);
  });

  it('rejects two articles with the same slug', () => {
    const archive = validArchive();
    archive.articles[1].id = 'tass-2021-12-23';
    archive.articles[1].file = 'content/articles/other/tass-2021-12-23.mdx';
    archive.events[1].citations = [];
    expect(problemsOf(archive)).toContain(
      'content/articles/other/tass-2021-12-23.mdx: slug "tass-2021-12-23" is also the slug of content/articles/tass-2021-12-23.mdx',
    );
  });

  it('rejects article dates outside the archive period', () => {
    const archive = validArchive();
    archive.articles[0].date = '2012-12-23';
    archive.articles[1].date = '2027-01-01';
    expect(problemsOf(archive)).toEqual([
      "content/articles/tass-2021-12-23.mdx: date 2012-12-23 is outside the archive's period (2021-11-01 to today)",
      "content/articles/central-tribune-2021-12-23.mdx: date 2027-01-01 is outside the archive's period (2021-11-01 to today)",
    ]);
  });

  it('rejects event dates outside the plausible range', () => {
    const archive = validArchive();
    archive.events[0].date = '1990';
    archive.events[1].date = '1917';
    expect(problemsOf(archive)).toEqual([
      'content/events.yaml: news-conference.date 1990 is outside the plausible range (2021-11-01 to today; mark earlier events context: true)',
      'content/events.yaml: assurance-1990.date 1917 is outside the plausible range (1945 to today)',
    ]);
  });

  it('rejects an article whose capture is missing', () => {
    const archive = validArchive();
    archive.articles[0].capture = '001_tass.html';
    expect(problemsOf(archive)).toEqual([
      'content/articles/tass-2021-12-23.mdx: source.capture "001_tass.html" is not in content/captures: every article keeps the capture it was made from',
    ]);
  });

  it('rejects an empty body', () => {
    const archive = validArchive();
    archive.articles[0].body = '\n\n   \n';
    archive.articles[0].claims = [];
    archive.events[0].citations = [];
    expect(problemsOf(archive)).toEqual([
      'content/articles/tass-2021-12-23.mdx: body is empty: an article must carry its text',
    ]);
  });

  it('rejects an archive without articles', () => {
    const archive = validArchive();
    archive.articles = [];
    archive.events = [];
    expect(problemsOf(archive)).toEqual(['content/articles: holds no articles (*.mdx)']);
  });

  it('names an event citation that is not in its article', () => {
    const archive = validArchive();
    archive.events[0].citations[0].text = 'the annual marathon press conference';
    expect(problemsOf(archive)).toEqual([
      'content/events.yaml: news-conference.citations[0].text not found in a paragraph of tass-2021-12-23: "the annual marathon press conference"',
    ]);
  });

  it('reads escaped MDX characters as the text they stand for', () => {
    const archive = validArchive();
    archive.articles[0].body += '\n\nThe draft said \\{ brackets \\} and \\<tags> stay text.';
    archive.articles[0].claims[0].quotes.push({ text: 'said { brackets } and <tags> stay', form: 'direct' });
    expect(problemsOf(archive)).toEqual([]);
  });

  it('rejects unescaped MDX code in an article body, naming the line', () => {
    const archive = validArchive();
    archive.articles[0].body += '\n\nThe budget was {1 + 1} and <Chart /> appeared.';
    expect(problemsOf(archive)).toEqual([
      'content/articles/tass-2021-12-23.mdx: body line 5: MDX would run this as code (mdxTextExpression); escape { and < as \\{ and \\< to keep them as text',
      'content/articles/tass-2021-12-23.mdx: body line 5: MDX would run this as code (mdxJsxTextElement); escape { and < as \\{ and \\< to keep them as text',
    ]);
  });

  it('reports a body MDX cannot parse instead of throwing', () => {
    const archive = validArchive();
    archive.articles[0].body += '\n\nAn unclosed { brace.';
    const problems = problemsOf(archive);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^content\/articles\/tass-2021-12-23\.mdx: body is not valid MDX: /);
  });
});
