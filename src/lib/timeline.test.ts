import { describe, expect, it } from 'vitest';
import { collectClaims, type ClaimSource } from './claims.ts';
import { buildTimeline, neighbours, shownQuote, statementsOf, type TimelineEvent } from './timeline.ts';

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
const timeline = buildTimeline(events, articles.map((a) => ({ id: a.id, date: a.date, title: a.id, outlet: a.outlet })), claims, statementsOf(claims, (id) => dates.get(id)!));
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
    expect(statement).toMatchObject({ outlets: 2, date: '2021-12-23', quote: { text: 'We said not an inch', form: 'direct', article: 'ct' } });
  });

  it('sets each reply and each statement set against another beside it, with its own date', () => {
    expect(eventEntry('conference').bySpeaker[0].statements[0].answers.map((a) => [a.relation, a.claim.id, a.date])).toEqual([['disputes', 'no-record', '2021-12-23']]);
    expect(eventEntry('drafts').bySpeaker[0].statements[0].answers.map((a) => [a.relation, a.claim.id, a.date])).toEqual([['reply', 'reciprocal', '2022-01']]);
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

describe('shownQuote', () => {
  it('prefers direct speech, from the oldest report that has it, and falls back to a paraphrase', () => {
    expect(shownQuote(claims.find((c) => c.id === 'not-an-inch')!)).toMatchObject({ text: 'We said not an inch', article: 'ct' });
    expect(shownQuote(claims.find((c) => c.id === 'paper')!)).toMatchObject({ text: 'on paper', form: 'paraphrase' });
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
