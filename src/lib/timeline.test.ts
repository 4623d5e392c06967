import { describe, expect, it } from 'vitest';
import { collectClaims, type ClaimSource } from './claims.ts';
import { buildTimeline, neighbours, shownQuote, statementsOf, TIMELINE_SHOWN, timelineShare, type TimelineEvent } from './timeline.ts';

const event = (id: string, date: string, context = false): TimelineEvent => ({ id, date, context, title: id, inferred: {}, note: null, citations: [{ article: 'a', paragraph: 1 }] });
const events = [event('talks', '2022-01'), event('conference', '2021-12-23'), event('crimea', '2014', true), event('drafts', '2021-12-17'), event('assurance', '1990s', true)];
const articles: ClaimSource[] = [
  {
    id: 'tass',
    file: 'tass.mdx',
    date: '2021-12-23',
    outlet: 'tass',
    speaker: 'putin',
    event: 'conference',
    claims: [
      { id: 'not-an-inch', summary: 'Putin says…', topics: ['t'], quotes: [{ text: 'paraphrased', form: 'paraphrase' }, { text: 'They cheated us', form: 'direct' }] },
      { id: 'paper', summary: 'Putin says on paper…', topics: ['t'], event: null, quotes: [{ text: 'on paper', form: 'paraphrase' }] },
    ],
  },
  {
    id: 'ct',
    file: 'ct.mdx',
    date: '2021-12-23',
    outlet: 'central-tribune',
    speaker: 'putin',
    event: 'conference',
    claims: [
      { id: 'not-an-inch', quotes: [{ text: 'We said not an inch', form: 'direct' }] },
      { id: 'no-record', speaker: 'nato', summary: 'NATO says…', topics: ['t'], event: null, disputes: 'not-an-inch', quotes: [{ text: 'no record', form: 'direct' }] },
      { id: 'demands', speaker: 'russia', summary: 'Russia demands…', topics: ['t'], event: 'drafts', quotes: [{ text: 'demands', form: 'paraphrase' }] },
    ],
  },
  { id: 'dp', file: 'dp.mdx', date: '2022-02-10', outlet: 'daily-post', speaker: 'price', event: 'talks', claims: [{ id: 'reciprocal', summary: 'Price says…', topics: ['t'], respondsTo: 'demands', quotes: [{ text: 'reciprocal', form: 'direct' }] }] },
];
const claims = collectClaims(articles);
const dates = new Map(events.map((e) => [e.id, e.date]));
const timeline = buildTimeline(events, articles.map((a) => ({ id: a.id, date: a.date, dateInferred: false, title: a.id, outlet: a.outlet })), claims, statementsOf(claims, (id) => dates.get(id)!));
const eventEntry = (id: string) => [...timeline.background, ...timeline.months.flatMap((m) => m.entries)].find((e) => e.kind === 'event' && e.event.id === id) as Extract<(typeof timeline.months)[number]['entries'][number], { kind: 'event' }>;

describe('buildTimeline', () => {
  it('groups entries by month, in date order, with events before the articles of their day', () => {
    expect(timeline.months.map((m) => [m.label, m.entries.map((e) => (e.kind === 'event' ? e.event.id : e.article.id))])).toEqual([
      ['December 2021', ['drafts', 'conference', 'ct', 'tass']],
      ['January 2022', ['talks']],
      ['February 2022', ['dp']],
    ]);
  });

  it('gives each event what was said there, by speaker, in the outlets’ words', () => {
    const conference = eventEntry('conference');
    expect(conference.bySpeaker.map((g) => [g.speaker, g.statements.map((s) => s.claim.id)])).toEqual([['putin', ['not-an-inch']]]);
    const [statement] = conference.bySpeaker[0].statements;
    expect(statement).toMatchObject({ outlets: 2, when: { kind: 'said', date: '2021-12-23' }, quote: { text: 'We said not an inch', form: 'direct', article: 'ct' } });
  });

  it('sets each reply and each statement set against another beside it, with its own date and which date it is', () => {
    // No article says when NATO said it: its date is only its report's.
    expect(eventEntry('conference').bySpeaker[0].statements[0].answers.map((a) => [a.relation, a.claim.id, a.when])).toEqual([['disputes', 'no-record', { kind: 'reported', date: '2021-12-23' }]]);
    expect(eventEntry('drafts').bySpeaker[0].statements[0].answers.map((a) => [a.relation, a.claim.id, a.when])).toEqual([['reply', 'reciprocal', { kind: 'said', date: '2022-01' }]]);
    expect(eventEntry('talks').count).toBe(1);
  });

  it('shows a statement of no stated occasion under the article that first reports it', () => {
    const tass = timeline.months[0].entries.find((e) => e.kind === 'publication' && e.article.id === 'tass');
    expect(tass).toMatchObject({ unplaced: [{ claim: { id: 'paper' } }] });
  });

  it('keeps background events apart, oldest first', () => {
    expect(timeline.background.map((e) => e.event.id)).toEqual(['assurance', 'crimea']);
  });
});

describe('what the timeline shows of an event', () => {
  // At one event: a statement answered by another (one outlet), one three outlets report, one two do, one in paraphrase.
  const claim = (id: string, extra = {}) => ({ id, summary: `Putin says ${id}`, topics: ['t'], quotes: [{ text: id, form: 'direct' as const }], ...extra });
  const at = (id: string, outlet: string, claims: ClaimSource['claims']): ClaimSource => ({ id, file: `${id}.mdx`, date: '2021-12-23', outlet, speaker: 'putin', event: 'conference', claims });
  const sources = [
    at('a', 'a', [claim('answered'), claim('three'), claim('two'), claim('paraphrased', { quotes: [{ text: 'p', form: 'paraphrase' }] }), claim('reply', { speaker: 'truss', event: null, respondsTo: 'answered' })]),
    at('b', 'b', [{ id: 'three', quotes: [{ text: 'three b', form: 'direct' }] }, { id: 'two', quotes: [{ text: 'two b', form: 'direct' }] }]),
    at('c', 'c', [{ id: 'three', quotes: [{ text: 'three c', form: 'direct' }] }]),
  ];
  const all = collectClaims(sources);
  const conference = buildTimeline([event('conference', '2021-12-23')], sources.map((a) => ({ id: a.id, date: a.date, dateInferred: false, title: a.id, outlet: a.outlet })), all, statementsOf(all, () => '2021-12-23'));
  const putin = (conference.months[0].entries[0] as Extract<(typeof conference.months)[number]['entries'][number], { kind: 'event' }>).bySpeaker.find((g) => g.speaker === 'putin')!;

  it('lists the most widely reported first, then what something answers, then direct speech', () => {
    expect(putin.statements.map((s) => s.claim.id)).toEqual(['three', 'two', 'answered', 'paraphrased']);
  });

  it('shows a speaker’s statements in full up to a limit, the next by summary, and leaves the rest to the event’s page', () => {
    const many = Array.from({ length: TIMELINE_SHOWN.full + TIMELINE_SHOWN.brief + 2 }, () => putin.statements[0]);
    const share = timelineShare(many);
    expect([share.full.length, share.brief.length, share.hidden]).toEqual([TIMELINE_SHOWN.full, TIMELINE_SHOWN.brief, 2]);
    expect(timelineShare(putin.statements)).toEqual({ full: putin.statements, brief: [], hidden: 0 });
  });
});

describe('shownQuote', () => {
  it('prefers direct speech, from the oldest report that has it, and falls back to a paraphrase', () => {
    expect(shownQuote(claims.find((c) => c.id === 'not-an-inch')!)).toMatchObject({ text: 'We said not an inch', article: 'ct' });
    expect(shownQuote(claims.find((c) => c.id === 'paper')!)).toMatchObject({ text: 'on paper', form: 'paraphrase' });
  });

  it('carries whether the archive inferred its article’s date', () => {
    const inferred = collectClaims([{ ...articles[0], inferred: { date: 'From “said Thursday”' } }]);
    expect(shownQuote(inferred[0])).toMatchObject({ date: '2021-12-23', dateInferred: true });
    expect(shownQuote(claims[0]).dateInferred).toBe(false);
  });
});

describe('neighbours', () => {
  const items = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];
  it('gives the previous and next item', () => {
    expect(neighbours(items)('b')).toEqual({ previous: { id: 'a' }, next: { id: 'c' } });
    expect(neighbours(items)('a')).toEqual({ previous: undefined, next: { id: 'b' } });
    expect(neighbours(items)('c')).toEqual({ previous: { id: 'b' }, next: undefined });
    expect(neighbours(items)('d')).toEqual({});
  });
});
