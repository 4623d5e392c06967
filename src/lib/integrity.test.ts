import { describe, expect, it } from 'vitest';
import type { ArchiveInput, ArticleInput } from './archive-types.ts';
import { claimDefinitions } from './claims.ts';
import { checkIntegrity, formatProblem, isLaterAtCommonPrecision, RULES } from './integrity.ts';
import { newlyPublished, ownWording } from './wording.ts';

const TODAY = '2026-11-23';
const PUBLISHED = 'content/published.yaml';
const CORRECTIONS = 'content/corrections.yaml';

const TASS_BODY = [
  'MOSCOW, December 23. /TASS/. Putin told the customary year-end news conference on Thursday that NATO must give guarantees.',
  '"’Not an inch towards the east’, we were told in the 1990s. And what? They cheated us."',
].join('\n\n');
const TASS_CAPTURE = `ID :\n617957\n\nWest must give guarantees "now"\n\n${TASS_BODY.replace('\n\n', ' ')} Read more\n`;

const CT_BODY = [
  '“We said not an inch to the east — that was a NATO guarantee in 1990. So, what became of that?”',
  '“There is no record of any such decision taken by NATO,” it says, instead of keep talking.',
].join('\n\n');
const CT_CAPTURE = `Putin demands guarantees\n\n${CT_BODY}\n\nСentral Tribune - Politic News\n`;

/** A small archive that breaks no rule; each test breaks one thing in a copy of it. */
function validArchive(): ArchiveInput {
  const tass: ArticleInput = {
    id: 'tass-2021-12-23',
    file: 'content/articles/tass-2021-12-23.mdx',
    body: TASS_BODY,
    title: 'West must give guarantees "now"',
    standfirst: null,
    date: '2021-12-23',
    dateAsPrinted: null,
    dateline: 'MOSCOW, December 23. /TASS/.',
    outlet: 'tass',
    author: null,
    speaker: 'vladimir-putin',
    event: 'news-conference',
    capture: '001_tass.txt',
    captureText: TASS_CAPTURE,
    inferred: { date: 'Day and month from the dateline; the year from the text.', event: 'Named: "the customary year-end news conference".' },
    removed: [
      { kind: 'aggregator fields', text: 'ID :\n617957' },
      { kind: 'link', text: 'Read more' },
    ],
    slips: [],
    notes: null,
    rewordedFrom: null,
    completeness: { status: 'complete', basis: 'From the title to the footer.' },
    claims: [
      {
        id: 'not-an-inch',
        summary: 'Putin says NATO broke its promise not to expand.',
        topics: ['nato-enlargement'],
        quotes: [{ text: '’Not an inch towards the east’, we were told\n in the 1990s.', form: 'direct' }],
      },
    ],
  };
  const ct: ArticleInput = {
    ...tass,
    id: 'central-tribune-2021-12-24',
    file: 'content/articles/central-tribune-2021-12-24.mdx',
    date: '2021-12-24',
    body: CT_BODY,
    title: 'Putin demands guarantees',
    dateline: null,
    outlet: 'central-tribune',
    capture: '003_ct.txt',
    captureText: CT_CAPTURE,
    inferred: { date: 'Said "Thursday".', outlet: 'From the footer, spelt with a Cyrillic С.', event: 'Said "Thursday".' },
    removed: [{ kind: 'site footer', text: 'Сentral Tribune - Politic News' }],
    slips: [{ text: 'instead of keep talking', note: 'so printed' }],
    claims: [
      // Reuses the claim defined by TASS: its summary, topics, speaker and event are inherited.
      { id: 'not-an-inch', quotes: [{ text: 'We said not an inch to the east', form: 'direct' }] },
      {
        id: 'no-record',
        speaker: 'nato',
        summary: 'NATO says it has no record of such a decision.',
        topics: ['nato-enlargement'],
        event: null,
        disputes: 'not-an-inch',
        quotes: [{ text: 'There is no record of any such decision taken by NATO', form: 'direct' }],
      },
    ],
  };
  return {
    articlesDir: 'content/articles',
    capturesDir: 'content/captures',
    captures: ['001_tass.txt', '003_ct.txt'],
    outlets: [
      { id: 'tass', name: 'TASS' },
      { id: 'central-tribune', name: 'Central Tribune' },
    ],
    speakers: [
      { id: 'vladimir-putin', name: 'Vladimir Putin', shortName: 'Putin' },
      { id: 'nato', name: 'NATO' },
    ],
    topics: ['nato-enlargement'],
    events: [
      {
        id: 'news-conference',
        file: 'content/events.yaml',
        date: '2021-12-23',
        context: false,
        title: 'Putin’s news conference',
        inferred: { date: '"on Thursday" in a report of 23 December 2021' },
        note: null,
        citations: [{ article: 'tass-2021-12-23', text: 'the customary year-end news conference' }],
      },
      {
        id: 'assurance-1990s',
        file: 'content/events.yaml',
        date: '1990s',
        context: true,
        title: 'The assurance Putin says NATO gave',
        inferred: {},
        note: null,
        citations: [{ article: 'tass-2021-12-23', text: 'we were told in the 1990s' }],
      },
    ],
    articles: [tass, ct],
    // Nothing published yet: the other rules are tested on their own (see the wording guard's tests).
    record: { publishedFile: PUBLISHED, published: [], correctionsFile: CORRECTIONS, corrections: [] },
  };
}

/** The formatted problems of the archive after one edit to a copy of it. */
function problemsAfter(edit: (archive: ArchiveInput) => void): string[] {
  const archive = structuredClone(validArchive());
  edit(archive);
  return checkIntegrity(archive, TODAY).map((problem) => formatProblem(problem));
}

const tass = (archive: ArchiveInput) => archive.articles[0];
const ct = (archive: ArchiveInput) => archive.articles[1];
const TASS = 'content/articles/tass-2021-12-23.mdx';
const CT = 'content/articles/central-tribune-2021-12-24.mdx';
const EVENTS = 'content/events.yaml';

it('a valid archive breaks no rule', () => {
  expect(problemsAfter(() => {})).toEqual([]);
});

it('every rule says what it asks, in a line', () => {
  expect(RULES.length).toBeGreaterThan(20);
  for (const rule of RULES) expect(rule.rule).toMatch(/^[A-Z].+\.$/);
});

describe('articles and their files', () => {
  it('an archive with no articles', () => {
    expect(problemsAfter((a) => (a.articles = []))).toContain('content/articles: holds no articles (*.mdx)');
  });

  it('a slug that is not URL-safe, and one used twice', () => {
    expect(problemsAfter((a) => (tass(a).id = 'TASS_2021'))).toEqual(expect.arrayContaining([
      `${TASS}: slug: "TASS_2021" (from the file name) is not URL-safe: use a-z, 0-9 and single hyphens, in one folder`,
    ]));
    expect(problemsAfter((a) => (ct(a).id = 'Tass-2021-12-23'))).toEqual(expect.arrayContaining([`${CT}: slug: "Tass-2021-12-23" is also the slug of ${TASS}`]));
  });

  it('a slug still the draft’s name', () => {
    expect(problemsAfter((a) => (tass(a).id = 'draft-005'))).toContain(
      `${TASS}: slug: "draft-005" is the draft's name, and the file name is the article's permanent address: rename the file tass-2021-12-23.mdx (the outlet's id and the date) before npm run permalinks:update`,
    );
    // Another TASS report of that day is in the archive: its name is never offered.
    const second = (a: ArchiveInput) => a.articles.push({ ...structuredClone(tass(a)), id: 'draft-006', file: 'content/articles/draft-006.mdx' });
    expect(problemsAfter(second)).toContain(
      `content/articles/draft-006.mdx: slug: "draft-006" is the draft's name, and the file name is the article's permanent address: rename the file tass-2021-12-23-2.mdx (the outlet's id, the date and a number: tass-2021-12-23.mdx is another article's) before npm run permalinks:update`,
    );
    // Two drafts of one outlet and day: each is offered its own name.
    const names = problemsAfter((a) => (second(a), (tass(a).id = 'draft-005'))).flatMap((p) => /rename the file (\S+\.mdx)/.exec(p)?.[1] ?? []);
    expect(names).toEqual(['tass-2021-12-23.mdx', 'tass-2021-12-23-2.mdx']);
  });

  it('a date outside the period', () => {
    expect(problemsAfter((a) => (tass(a).date = '2031-01-01'))).toContain(`${TASS}: date: 2031-01-01 is outside the archive's period (2021-11-01 to today)`);
  });

  it('a missing capture', () => {
    expect(problemsAfter((a) => (tass(a).captureText = null))).toEqual([
      `${TASS}: source.capture: "001_tass.txt" is not in content/captures: every article keeps the capture it was made from`,
    ]);
  });

  it('a capture no article uses, or two articles use', () => {
    expect(problemsAfter((a) => a.captures.push('005_x.txt'))).toEqual(['content/captures/005_x.txt: is the source of no article: add the article, or remove the capture']);
    expect(problemsAfter((a) => (ct(a).capture = '001_tass.txt'))).toContain(
      `content/captures/001_tass.txt: is the source of 2 articles (${TASS}, ${CT}): one capture, one article`,
    );
  });

  it('a reference that does not resolve', () => {
    expect(problemsAfter((a) => (tass(a).speaker = 'vladimir-poutine'))).toEqual([`${TASS}: speaker: "vladimir-poutine" does not match any entry in speakers: did you mean "vladimir-putin"?`]);
    expect(problemsAfter((a) => (tass(a).speaker = 'putin'))).toEqual([`${TASS}: speaker: "putin" does not match any entry in speakers: did you mean "vladimir-putin"?`]);
    expect(problemsAfter((a) => (tass(a).event = 'press-conference'))).toEqual([`${TASS}: event: "press-conference" does not match any entry in events: did you mean "news-conference"?`]);
  });

  it('MDX code in a body, and a body MDX cannot parse', () => {
    expect(problemsAfter((a) => (ct(a).body += '\n\n{1 + 1}'))).toEqual(expect.arrayContaining([
      `${CT}: body: MDX would run this as code (mdxFlowExpression); escape { and < as \\{ and \\< to keep them as text`,
    ]));
    expect(problemsAfter((a) => (ct(a).body += '\n\n<div'))[0]).toMatch(/^content\/articles\/central-tribune-2021-12-24\.mdx: body: is not valid MDX: /);
  });
});

describe('the text against its capture', () => {
  it('a paragraph not in the capture verbatim, showing where it differs', () => {
    const problems = problemsAfter((a) => (ct(a).body = ct(a).body.replace('So, what became', 'So what became')));
    // Said once: not again as a piece of the capture unaccounted for, nor its words as left over.
    expect(problems.filter((p) => !p.includes('quotes['))).toEqual([
      `${CT}: body: paragraph 1 is not in the capture verbatim; it differs at character 73: "…TO guarantee in 1990. So⟨ ⟩what became of that?”", where the text has ", what became of that?” "`,
    ]);
  });

  it('paragraphs out of the capture’s order', () => {
    expect(problemsAfter((a) => (ct(a).body = ct(a).body.split('\n\n').reverse().join('\n\n')))).toContain(
      `${CT}: body: paragraph 2 is in the capture, but before the paragraph preceding it: keep the capture's order`,
    );
  });

  it.each([
    ['Published : 21 Feb 2022 08:35 PM', 'date line'],
    ['Updated: December 24, 2021 11:19 GMT', 'update time'],
    ['Posted on December 23, 2021', 'date line'],
    ['By Jane Doe | 21 Feb 2022', 'byline with a date'],
    ['By Jane Doe', 'byline'],
    ['08:35 PM', 'time'],
    ['Share this article: Facebook Twitter WhatsApp', 'share buttons'],
    ['Share on Facebook  Share on Twitter  Share on WhatsApp  Email', 'share buttons'],
    ['This website uses cookies to improve your experience. Accept', 'cookie notice'],
  ])('a paragraph that is only page chrome: %j', (chrome, kind) => {
    const problems = problemsAfter((a) => {
      tass(a).body = `${chrome}\n\n${TASS_BODY}`;
      tass(a).captureText = `${chrome}\n\n${TASS_CAPTURE}`;
      tass(a).dateline = null;
    });
    const quoted = chrome.replace(/\s+/g, ' ');
    expect(problems).toContain(`${TASS}: body: paragraph 1 is only a ${kind} ("${quoted.length > 40 ? `${quoted.slice(0, 40).trimEnd()}…` : quoted}"), page chrome that would ship as the permanent anchor #p-1: move it ${kind.includes('date') ? 'to removed, or to dateAsPrinted if it states the publication date in full' : 'to removed'}`);
  });

  it.each([
    'On December 23, 2021, Putin spoke for four hours.',
    'By Thursday, Moscow had received no reply.',
    'Share prices fell as the talks stalled.',
    '“We will not accept it,” he said at 10:30 on Thursday.',
  ])('a paragraph of the outlet’s that mentions a date, a byline’s word or a share: %j', (text) => {
    const problems = problemsAfter((a) => {
      tass(a).body = `${TASS_BODY}\n\n${text}`;
      tass(a).captureText = TASS_CAPTURE.replace(' Read more', ` ${text} Read more`);
    });
    expect(problems.filter((p) => p.includes('page chrome'))).toEqual([]);
  });

  it('capture text neither kept nor recorded as removed, with its spaces', () => {
    expect(problemsAfter((a) => (ct(a).removed = []))).toEqual([
      `${CT}: removed: does not account for 1 piece(s) of the capture, neither kept nor recorded as removed: "Сentral Tribune - Politic News"`,
    ]);
  });

  it('a short piece kept where a longer removed one also holds its words', () => {
    // The site's menu holds "World", as does the text's own one-word closing line: each is placed
    // where it stands, not where its words first appear.
    const heading = (a: ArchiveInput) => {
      tass(a).body = `${TASS_BODY}\n\nWorld`;
      tass(a).captureText = `Home World Politics\n\n${TASS_CAPTURE.replace(' Read more', '\n\nWorld\n\nRead more')}`;
      tass(a).removed.unshift({ kind: 'navigation', text: 'Home World Politics' });
    };
    expect(problemsAfter(heading)).toEqual([]);
    expect(problemsAfter((a) => (heading(a), tass(a).removed.push({ kind: 'navigation', text: 'World' })))).toEqual([
      `${TASS}: removed[3].text: is in the capture only where other fields already account for it: record each piece of the capture once`,
    ]);
  });

  it('a removed piece that is not in the capture', () => {
    expect(problemsAfter((a) => tass(a).removed.push({ kind: 'link', text: 'Read less' }))).toEqual([
      `${TASS}: removed[2].text: is not in the capture; it differs at character 6: "Read ⟨l⟩ess", where the text has "more"`,
    ]);
  });

  it('a dateline that does not open the text as printed', () => {
    expect(problemsAfter((a) => (tass(a).dateline = 'MOSCOW, December 23'))).toEqual([]);
    expect(problemsAfter((a) => (tass(a).dateline = 'MOSCOW (TASS)'))[0]).toMatch(
      /^content\/articles\/tass-2021-12-23\.mdx: dateline: "MOSCOW \(TASS\)" does not open the text verbatim: /,
    );
  });

  it('an inference note missing where the capture does not print the value, and one where it does', () => {
    expect(problemsAfter((a) => delete ct(a).inferred.outlet)).toEqual([
      `${CT}: inferred.outlet: is missing: the capture does not print the outlet; say how it was established (or that it is unknown)`,
    ]);
    expect(problemsAfter((a) => (tass(a).inferred.outlet = 'From the credit'))).toEqual([`${TASS}: inferred.outlet: explains a value the capture prints: remove the note`]);
    expect(problemsAfter((a) => delete tass(a).inferred.date)).toEqual([
      `${TASS}: inferred.date: is missing: the capture does not print the date; say how it was established (or that it is unknown)`,
    ]);
  });

  it('an event linked without saying which words of the text name it', () => {
    expect(problemsAfter((a) => delete tass(a).inferred.event)).toEqual([
      `${TASS}: inferred.event: is missing: quote the words of the text that name or date the occasion "news-conference" (or set event: null if the text does not say)`,
    ]);
    expect(problemsAfter((a) => ((tass(a).event = null), delete tass(a).inferred.event))).toEqual([]);
  });

  it('a date line recorded as printed that does not state the date', () => {
    const edit = (printed: string) => (a: ArchiveInput) => {
      tass(a).dateAsPrinted = printed;
      tass(a).captureText = `${printed}\n${TASS_CAPTURE}`;
      delete tass(a).inferred.date;
    };
    expect(problemsAfter(edit('Thursday, December 23, 2021'))).toEqual([]);
    expect(problemsAfter(edit('Friday, December 24, 2021'))).toEqual(expect.arrayContaining([
      `${TASS}: dateAsPrinted: "Friday, December 24, 2021" does not state 2021-12-23 in full: correct the date, or leave the line in removed`,
    ]));
  });

  it('a slip that is not in the text', () => {
    expect(problemsAfter((a) => (ct(a).slips[0].text = 'instead of keeps talking'))).toEqual([
      `${CT}: slips[0].text: is not in the article as printed; it differs at character 16: "instead of keep⟨s⟩ talking", where the text has " talking."`,
    ]);
  });
});

describe('claims', () => {
  it('a claim id repeated in one article, or not URL-safe', () => {
    expect(problemsAfter((a) => ct(a).claims.push({ ...ct(a).claims[0], quotes: [{ text: 'that was a NATO guarantee', form: 'direct' }] }))).toEqual([
      `${CT}: claims[2].id: "not-an-inch" repeats claims[0].id`,
      `${CT}: claims[2].quotes[0].anchor: "q-not-an-inch" is also the anchor of claims[0].quotes[0]`,
    ]);
    expect(problemsAfter((a) => (tass(a).claims[0].id = 'not_an_inch'))).toContain(`${TASS}: claims[0].id: "not_an_inch" is not URL-safe: use a-z, 0-9 and single hyphens`);
  });

  it('a claim id no article defines, or defined without topics', () => {
    expect(problemsAfter((a) => (ct(a).claims[0].id = 'not-an-inch-2'))).toContain(
      `${CT}: claims[0].summary: is missing, and no article defines claim "not-an-inch-2": give its summary and topics where it is first reported`,
    );
    expect(problemsAfter((a) => delete tass(a).claims[0].topics)).toEqual([`${TASS}: claims[0].topics: is missing: the article defining claim "not-an-inch" gives its topics`]);
  });

  it('a definition given by most articles wins over one that differs', () => {
    const third = (a: ArchiveInput) => {
      const copy = structuredClone(ct(a));
      Object.assign(copy, { id: 'central-tribune-2021-12-25', file: 'c.mdx', date: '2021-12-25', capture: '005_c.txt' });
      a.captures.push('005_c.txt');
      copy.claims[0].summary = 'Putin says NATO broke its promise not to expand.';
      copy.claims[0].topics = ['nato-enlargement'];
      a.articles.push(copy);
    };
    // TASS, the earliest, differs from the two later articles, which agree: TASS is blamed.
    expect(problemsAfter((a) => { third(a); tass(a).claims[0].summary = 'Putin says NATO promised.'; ct(a).claims[0].summary = 'Putin says NATO broke its promise not to expand.'; ct(a).claims[0].topics = ['nato-enlargement']; })[0]).toMatch(
      /^content\/articles\/tass-2021-12-23\.mdx: claims\[0\]\.summary: is "Putin says NATO promised\." but claim "not-an-inch" is defined with/,
    );
  });

  it('a claim id meaning two things, with where the wordings part', () => {
    expect(problemsAfter((a) => (ct(a).claims[0].summary = 'Putin says NATO broke its promises not to expand.'))).toEqual([
      `${CT}: claims[0].summary: is "Putin says NATO broke its promises not to expand." but claim "not-an-inch" is defined with "Putin says NATO broke its promise not to expand." in ${TASS}: one claim id, one summary (leave it out to inherit it); they differ at character 34: "…s NATO broke its promise⟨s⟩ not to expand." against "…s NATO broke its promise⟨ ⟩not to expand."`,
    ]);
    expect(problemsAfter((a) => (ct(a).claims[0].speaker = 'nato'))).toEqual([
      `${CT}: claims[0].speaker: is "nato" but claim "not-an-inch" is defined with "vladimir-putin" in ${TASS}: one claim id, one speaker (leave it out to inherit it)`,
    ]);
    // Repeating a value unchanged is allowed.
    expect(problemsAfter((a) => (ct(a).claims[0].topics = ['nato-enlargement']))).toEqual([]);
  });

  it('a claim reference that does not resolve', () => {
    expect(problemsAfter((a) => (ct(a).claims[1].disputes = 'not-an-inch-deception'))).toEqual([
      `${CT}: claims[1].disputes: "not-an-inch-deception" does not match any entry in claims`,
    ]);
    expect(problemsAfter((a) => (ct(a).claims[1].topics = ['nato']))).toEqual([`${CT}: claims[1].topics[0]: "nato" does not match any entry in topics: did you mean "nato-enlargement"?`]);
  });

  it('a summary that does not attribute the claim to its speaker', () => {
    expect(problemsAfter((a) => (tass(a).claims[0].summary = 'NATO broke its promise not to expand.'))).toEqual([
      `${TASS}: claims[0].summary: of claim "not-an-inch" does not attribute it: begin with "Vladimir Putin" or "Putin" and a verb of saying`,
    ]);
  });

  it('words in quotation marks in a summary or an event title that no report of it, but a reworded copy, prints inside quotation marks', () => {
    // Central Tribune prints “We said not an inch to the east — …” inside quotation marks: a summary may quote it.
    const quoting = (a: ArchiveInput) => (tass(a).claims[0].summary = 'Putin says NATO promised “not an inch to the east”.');
    expect(problemsAfter(quoting)).toEqual([]);
    const marks = (words: string, what: string) =>
      `puts “${words}” in quotation marks, but no report of ${what} that is not a reworded copy prints these words inside quotation marks: remove the marks, or quote such a report`;
    // The same words, when the only report printing them inside quotation marks rewords another's.
    expect(
      problemsAfter((a) => {
        quoting(a);
        ct(a).rewordedFrom = { report: 'Another outlet’s report', evidence: 'The same sentences.' };
      }),
    ).toEqual([`${TASS}: claims[0].summary: ${marks('not an inch to the east', 'claim "not-an-inch"')}`]);
    // Words the report prints, but outside its quotation marks.
    expect(problemsAfter((a) => (ct(a).claims[1].summary = 'NATO says it has no record, “instead of keep talking”.'))).toEqual([
      `${CT}: claims[1].summary: ${marks('instead of keep talking', 'claim "no-record"')}`,
    ]);
    expect(problemsAfter((a) => (a.events[0].title = 'Putin’s “customary year-end news conference”'))).toEqual([
      `${EVENTS}: news-conference.title: ${marks('customary year-end news conference', 'event "news-conference"')}`,
    ]);
  });

  it('a direct quote of words the text does not put in quotation marks', () => {
    // TASS's second paragraph is in quotation marks; its first is the agency's own report.
    expect(problemsAfter((a) => tass(a).claims[0].quotes.push({ text: 'NATO must give guarantees', form: 'direct' }))).toEqual([
      `${TASS}: claims[0].quotes[1].form: is direct, but "NATO must give guarantees" stands outside quotation marks in the text: direct is for the words an outlet prints inside them; write form: paraphrase`,
    ]);
    expect(problemsAfter((a) => tass(a).claims[0].quotes.push({ text: 'NATO must give guarantees', form: 'paraphrase' }))).toEqual([]);
    // After the closing mark, the outlet's words again; inside ‘…’, and inside straight marks around curly ones, the speaker's.
    expect(problemsAfter((a) => ct(a).claims[1].quotes.push({ text: 'it says', form: 'direct' }))).toEqual([
      `${CT}: claims[1].quotes[1].form: is direct, but "it says" stands outside quotation marks in the text: direct is for the words an outlet prints inside them; write form: paraphrase`,
    ]);
    expect(problemsAfter((a) => tass(a).claims[0].quotes.splice(0, 1, { text: 'Not an inch towards the east', form: 'direct' }))).toEqual([]);
    // Single marks alone, TASS's ’ as an opener, and a plural's apostrophe inside them.
    const single = (paragraph: string, quote: string) =>
      problemsAfter((a) => {
        tass(a).body = `${TASS_BODY}\n\n${paragraph}`;
        tass(a).captureText = TASS_CAPTURE.replace(' Read more', ` ${paragraph} Read more`);
        tass(a).claims[0].quotes.push({ text: quote, form: 'direct' });
      }).filter((p) => p.includes('.form:'));
    expect(single('He recalled ’Never to the east’, as he put it.', 'Never to the east')).toEqual([]);
    expect(single('He said ‘the allies’ guarantees must be legal’ on Thursday.', 'guarantees must be legal')).toEqual([]);
    expect(single('He said ‘never’ and then the allies left.', 'the allies left')).toHaveLength(1);
  });

  it('a reply dated before what it answers', () => {
    const reply = (eventDate: string) => (a: ArchiveInput) => {
      const claim = ct(a).claims[1];
      delete claim.disputes;
      claim.respondsTo = 'not-an-inch';
      claim.event = 'earlier';
      a.events.push({ id: 'earlier', file: EVENTS, date: eventDate, context: false, title: 'Earlier', inferred: { date: 'assumed' }, note: null, citations: [{ article: 'central-tribune-2021-12-24', text: 'it says' }] });
    };
    expect(problemsAfter(reply('2021-12'))).toEqual([]);
    expect(problemsAfter(reply('2021-12-22'))).toEqual([
      `${CT}: claims[1].respondsTo: "not-an-inch" (2021-12-23) is later than claim "no-record" (2021-12-22): a reply cannot precede what it answers`,
    ]);
  });

  it('a quote not in the text, across paragraphs, or overlapping another', () => {
    expect(problemsAfter((a) => (ct(a).claims[0].quotes[0].text = 'We said not one inch to the east'))).toEqual([
      `${CT}: claims[0].quotes[0].text: not found in the article text: "We said not one inch to the east"; it differs at character 13: "We said not ⟨o⟩ne inch to the east", where the text has "an inch to the east — th"`,
    ]);
    expect(problemsAfter((a) => (ct(a).claims[0].quotes[0].text = 'became of that?” “There is no record'))[0]).toMatch(/claims\[0\]\.quotes\[0\]\.text: runs across paragraphs; quote each paragraph separately/);
    expect(problemsAfter((a) => (ct(a).claims[0].quotes[0].text = 'no record of any such decision'))).toEqual([
      `${CT}: claims[0].quotes[0].text: overlaps claims[1].quotes[0].text in the text; quotes must not share words: "no record of any such decision"`,
    ]);
  });

  it('two quotes given the same anchor', () => {
    expect(problemsAfter((a) => (ct(a).claims[1].quotes[0].anchor = 'q-not-an-inch'))).toEqual([
      `${CT}: claims[1].quotes[0].anchor: "q-not-an-inch" is also the anchor of claims[0].quotes[0]`,
    ]);
  });
});

describe('events', () => {
  it('an event out of range, citing an article that does not exist, or a passage not there', () => {
    expect(problemsAfter((a) => (a.events[0].date = '2021-10-01'))).toContain(
      `${EVENTS}: news-conference.date: 2021-10-01 is outside the plausible range (2021-11-01 to today; mark earlier events context: true)`,
    );
    expect(problemsAfter((a) => (a.events[0].citations[0].article = 'tass'))).toEqual([`${EVENTS}: news-conference.citations[0].article: "tass" does not match any entry in articles: did you mean "tass-2021-12-23"?`]);
    expect(problemsAfter((a) => (a.events[0].citations[0].text = 'the annual news conference'))[0]).toMatch(
      /^content\/events\.yaml: news-conference\.citations\[0\]\.text: not found in a paragraph of tass-2021-12-23: "the annual news conference"; it differs at character 5:/,
    );
  });

  it('an event date neither printed in a cited paragraph nor explained, or explained though printed', () => {
    expect(problemsAfter((a) => (a.events[0].inferred = {}))).toEqual([
      `${EVENTS}: news-conference.inferred.date: is missing: no cited paragraph prints 2021-12-23; say how the date was established`,
    ]);
    expect(problemsAfter((a) => (a.events[1].inferred = { date: 'from the text' }))).toEqual([
      `${EVENTS}: assurance-1990s.inferred.date: explains a date a cited paragraph prints: remove the note`,
    ]);
  });
});

describe('dates compared at the precision both have', () => {
  it.each([
    ['2022-01', '2021-12-23', true],
    ['2021-12', '2021-12-23', false],
    ['2021-12-24', '2021-12-23', true],
    ['1990s', '1999', false],
    ['2000', '1990s', true],
  ])('%s later than %s: %s', (a, b, later) => {
    expect(isLaterAtCommonPrecision(a, b)).toBe(later);
  });
});

describe('the archive’s own wording, once published, changes only by a correction on record', () => {
  const NEW_SUMMARY = 'Putin says NATO broke what he calls its promise not to expand.';
  const OLD_SUMMARY = 'Putin says NATO broke its promise not to expand.';
  const reword = (a: ArchiveInput) => (tass(a).claims[0].summary = NEW_SUMMARY);
  /** The problems after one edit to the archive as published, everything in it as first written. */
  const problemsAfterPublishing = (edit: (archive: ArchiveInput) => void) =>
    problemsAfter((a) => {
      a.record.published = newlyPublished([], ownWording(a, claimDefinitions(a.articles)), '2026-11-23');
      edit(a);
    });
  const correction = (edit: Partial<ArchiveInput['record']['corrections'][number]> = {}) => ({
    date: '2026-12-06',
    kind: 'clarification' as const,
    entry: 'claims/not-an-inch',
    field: 'summary',
    previous: OLD_SUMMARY,
    now: NEW_SUMMARY,
    reason: 'The promise is Putin’s account.',
    evidence: [{ capture: '001_tass.txt', line: 6, text: 'They cheated us.' }],
    ...edit,
  });

  it('a published summary reworded without a correction, naming the file, the field, both wordings and what to do', () => {
    expect(problemsAfterPublishing(reword)).toEqual([
      `${TASS}: claims[0].summary: has changed since it was published without a correction: it said "${OLD_SUMMARY}" and now says "${NEW_SUMMARY}"; record it as a correction in content/corrections.yaml: entry: claims/not-an-inch, field: summary, with date, kind, previous, now, reason and evidence (see README, "Corrections")`,
    ]);
  });

  it('the same change with its correction on record', () => {
    expect(problemsAfterPublishing((a) => (reword(a), a.record.corrections.push(correction())))).toEqual([]);
  });

  it('every guarded kind of field: an event’s title, an article’s inferred date, a note added where there was none', () => {
    expect(problemsAfterPublishing((a) => (a.events[0].title = 'Putin’s press conference'))).toEqual([
      expect.stringMatching(/^content\/events\.yaml: news-conference\.title: has changed since it was published without a correction: it said "Putin’s news conference" and now says "Putin’s press conference"; .*entry: events\/news-conference, field: title/),
    ]);
    expect(problemsAfterPublishing((a) => (ct(a).inferred.date = 'From “Thursday”.'))).toEqual([expect.stringMatching(/^content\/articles\/central-tribune-2021-12-24\.mdx: inferred\.date: has changed/)]);
    expect(problemsAfterPublishing((a) => (ct(a).claims[1].note = 'NATO’s line is the outlet’s.'))).toEqual([expect.stringMatching(/: claims\[1\]\.note: has changed since it was published without a correction: it said \(no value\) and now says "NATO’s line is the outlet’s\."/)]);
  });

  it('a new claim needs no correction; a published one removed needs a retraction', () => {
    const withNew = (a: ArchiveInput) => ct(a).claims.push({ id: 'new-claim', summary: 'Putin says something new.', topics: ['nato-enlargement'], quotes: [{ text: 'So, what became of that?', form: 'direct' }] });
    expect(problemsAfterPublishing(withNew)).toEqual([]);
    const remove = (a: ArchiveInput) => ct(a).claims.splice(1, 1);
    expect(problemsAfterPublishing(remove)).toEqual([
      `${PUBLISHED}: claims/no-record: was published on 2026-11-23 and is no longer in the archive: a published entry is withdrawn only by a retraction; record it as a correction in content/corrections.yaml: entry: claims/no-record, kind: retraction, no field, with date, kind, previous, now, reason and evidence (see README, "Corrections")`,
    ]);
    const retract = { entry: 'claims/no-record', field: undefined, kind: 'retraction' as const, previous: 'NATO says it has no record of such a decision.', now: null };
    expect(problemsAfterPublishing((a) => (remove(a), a.record.corrections.push(correction(retract))))).toEqual([]);
  });

  it('a published claim or article under a new id: its old id given back, not a retraction', () => {
    expect(problemsAfterPublishing((a) => (ct(a).claims[1].id = 'no-record-of-promise'))).toContain(
      `${PUBLISHED}: claims/no-record: was published on 2026-11-23 and is no longer in the archive, and claims/no-record-of-promise (${CT}) has its wording: if it is the same entry renamed, give it back the id "no-record", since a published address never changes; if it was withdrawn, record it as a correction in content/corrections.yaml: entry: claims/no-record, kind: retraction, no field, with date, kind, previous, now, reason and evidence (see README, "Corrections")`,
    );
    const moved = (a: ArchiveInput) => Object.assign(ct(a), { id: 'central-tribune-2021-12-24-2', file: 'content/articles/central-tribune-2021-12-24-2.mdx' });
    expect(problemsAfterPublishing(moved)).toEqual([
      expect.stringMatching(/^content\/published\.yaml: articles\/central-tribune-2021-12-24: .*, and articles\/central-tribune-2021-12-24-2 \(content\/articles\/central-tribune-2021-12-24-2\.mdx\) has its wording: if it is the same entry renamed, rename the file back to central-tribune-2021-12-24\.mdx, since/),
    ]);
  });

  it('a published reference changed to an id that matches nothing: only that it matches nothing, no correction asked for', () => {
    expect(problemsAfterPublishing((a) => (tass(a).speaker = 'putin'))).toEqual([`${TASS}: speaker: "putin" does not match any entry in speakers: did you mean "vladimir-putin"?`]);
    expect(problemsAfterPublishing((a) => (tass(a).claims[0].topics = ['nato']))).toEqual([`${TASS}: claims[0].topics[0]: "nato" does not match any entry in topics: did you mean "nato-enlargement"?`]);
  });

  it('a correction that does not follow on from what was published, names no published entry or guarded field, or cites a line that lacks its evidence', () => {
    expect(problemsAfterPublishing((a) => (reword(a), a.record.corrections.push(correction({ previous: 'Putin says NATO broke a promise.' }))))).toEqual([
      `${CORRECTIONS}: [0].previous: is not the wording it corrects: that is "${OLD_SUMMARY}" (as published)`,
    ]);
    expect(problemsAfterPublishing((a) => a.record.corrections.push(correction({ entry: 'claims/never-published' })))).toEqual([`${CORRECTIONS}: [0].entry: "claims/never-published" has not been published: a new entry needs no correction`]);
    expect(problemsAfterPublishing((a) => a.record.corrections.push(correction({ field: 'quotes' })))).toContain(`${CORRECTIONS}: [0].field: "quotes" is not a field of the archive's own wording in claims/not-an-inch`);
    expect(problemsAfterPublishing((a) => (reword(a), a.record.corrections.push(correction({ evidence: [{ capture: '001_tass.txt', line: 4, text: 'They cheated us.' }] }))))).toEqual([
      `${CORRECTIONS}: [0].evidence[0].text: is not on line 4 of 001_tass.txt, which reads: West must give guarantees "now"`,
    ]);
  });

  it('corrections chain: each starts from the wording the one before left', () => {
    const third = 'Putin says NATO broke what he calls a promise not to expand.';
    const twice = (previous: string) => (a: ArchiveInput) => {
      tass(a).claims[0].summary = third;
      a.record.corrections.push(correction(), correction({ date: '2026-12-07', previous, now: third }));
    };
    expect(problemsAfterPublishing(twice(NEW_SUMMARY))).toEqual([]);
    expect(problemsAfterPublishing(twice(OLD_SUMMARY))).toEqual([`${CORRECTIONS}: [1].previous: is not the wording it corrects: that is "${NEW_SUMMARY}" (as published, then corrected)`]);
  });
});
