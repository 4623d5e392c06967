import { describe, expect, it } from 'vitest';
import { anchorMadeFor, claimDefinitions, collectClaims, labelledClaimDates, movedQuotes, groupByTopicAndSpeaker, outletCount, statementDate, statementDateLabel, type ClaimSource } from './claims.ts';

const claim = (id: string, quotes: string[], extra = {}) => ({
  id,
  summary: `Summary of ${id}.`,
  topics: ['nato'],
  quotes: quotes.map((text) => ({ text, form: 'direct' as const })),
  ...extra,
});

const articles: ClaimSource[] = [
  { id: 'tass', file: 'tass.mdx', date: '2021-12-23', outlet: 'tass', speaker: 'putin', event: 'conference', claims: [claim('not-an-inch', ['Not an inch', 'They cheated us'])] },
  { id: 'aa', file: 'aa.mdx', date: '2021-12-21', outlet: 'aa', speaker: 'putin', event: 'board', claims: [claim('not-ultimatum', ['Of course not.'])] },
  {
    id: 'unnamed',
    file: 'unnamed.mdx',
    date: '2021-12-24',
    outlet: null,
    speaker: 'putin',
    event: 'conference',
    claims: [
      // Reuses the claim: its summary, topics, speaker and event come from its definition.
      { id: 'not-an-inch', quotes: [{ text: 'deceived, shamelessly swindled', form: 'direct' as const, anchor: 'q-moved' }] },
      claim('no-record', ['no record'], { speaker: 'nato', event: null, respondsTo: 'not-an-inch', topics: ['nato', 'history'] }),
    ],
  },
];

describe('collectClaims', () => {
  const claims = collectClaims(articles);

  it('gathers every article’s wording of a claim under one id, oldest report first', () => {
    const notAnInch = claims.find((c) => c.id === 'not-an-inch')!;
    expect(notAnInch.reports.map((r) => r.article)).toEqual(['tass', 'unnamed']);
    expect(notAnInch.reports[0].quotes).toEqual([
      { text: 'Not an inch', form: 'direct', anchor: 'q-not-an-inch' },
      { text: 'They cheated us', form: 'direct', anchor: 'q-not-an-inch-2' },
    ]);
    // An anchor recorded for a quote (one that moved from another claim) is kept.
    expect(notAnInch.reports[1].quotes[0].anchor).toBe('q-moved');
  });

  it('gives a reused claim the meaning of its definition', () => {
    expect(claimDefinitions(articles).get('not-an-inch')!.article.id).toBe('tass');
    expect(claims.find((c) => c.id === 'not-an-inch')).toMatchObject({ summary: 'Summary of not-an-inch.', topics: ['nato'], speaker: 'putin', event: 'conference' });
  });

  it('orders claims by first report and fills speaker and event from the article', () => {
    expect(claims.map((c) => c.id)).toEqual(['not-ultimatum', 'not-an-inch', 'no-record']);
    expect(claims[1]).toMatchObject({ speaker: 'putin', event: 'conference', respondsTo: null, disputes: null, note: null });
    expect(claims[2]).toMatchObject({ speaker: 'nato', event: null, respondsTo: 'not-an-inch' });
  });

  it('counts outlets, each unnamed outlet as one of its own', () => {
    expect(claims.map(outletCount)).toEqual([1, 2, 1]);
  });
});

describe('the date beside a statement', () => {
  const claims = collectClaims(articles);
  const byId = (id: string) => claims.find((c) => c.id === id)!;
  const eventDate = (id: string) => ({ conference: '2021-12-23', board: '2021-12-21' })[id]!;

  it('is when it was said where an article says, else only when it was first reported, and says which', () => {
    expect(statementDate(byId('not-an-inch'), eventDate)).toEqual({ kind: 'said', date: '2021-12-23' });
    expect(statementDate(byId('no-record'), eventDate)).toEqual({ kind: 'reported', date: '2021-12-24' });
    expect(statementDateLabel(statementDate(byId('not-an-inch'), eventDate))).toBe('said 23 December 2021');
    expect(statementDateLabel(statementDate(byId('no-record'), eventDate))).toBe('first reported 24 December 2021');
    expect(statementDateLabel({ kind: 'reported', date: '2022-01' }, { year: false })).toBe('first reported January');
  });

  it('comes with every report’s date, labelled as a report’s and marked where inferred, for search', () => {
    const reports = [
      { date: '2021-12-23', dateInferred: false },
      { date: '2022-02-10', dateInferred: true },
    ];
    expect(labelledClaimDates({ kind: 'said', date: '2021-12-15' }, reports)).toEqual([
      { date: '2021-12-15', label: 'said 15 December 2021' },
      { date: '2021-12-23', label: 'reported 23 December 2021' },
      { date: '2022-02-10', label: 'reported 10 February 2022 (inferred)' },
    ]);
  });
});

describe('groupByTopicAndSpeaker', () => {
  it('groups by topic, then speaker, in the given orders, leaving out empty groups', () => {
    const groups = groupByTopicAndSpeaker(collectClaims(articles), ['history', 'nato', 'sanctions'], ['putin', 'nato']);
    expect(groups.map((g) => [g.topic, g.speakers.map((s) => [s.speaker, s.claims.map((c) => c.id)])])).toEqual([
      ['history', [['nato', ['no-record']]]],
      ['nato', [['putin', ['not-ultimatum', 'not-an-inch']], ['nato', ['no-record']]]],
    ]);
  });
});

describe('quotes that moved to another claim', () => {
  it('are recognised by their anchor, so the claim they left can say where they went', () => {
    expect(anchorMadeFor('q-not-an-inch', 'not-an-inch')).toBe(true);
    expect(anchorMadeFor('q-not-an-inch-3', 'not-an-inch')).toBe(true);
    expect(anchorMadeFor('q-not-an-inch-deception', 'not-an-inch')).toBe(false);
    const moved = collectClaims([{ ...articles[2], claims: [{ id: 'no-record', summary: 'S.', topics: ['nato'], quotes: [{ text: 'x', form: 'direct', anchor: 'q-not-an-inch-2' }] }] }]);
    expect((movedQuotes(moved).get('not-an-inch') ?? []).map((m) => [m.claim.id, m.quote.anchor])).toEqual([['no-record', 'q-not-an-inch-2']]);
  });

  it('are not claimed by a claim whose id another claim’s anchor happens to extend', () => {
    // Claim minsk-2's first quote has the anchor claim minsk's second quote would have.
    const both = collectClaims([
      { ...articles[0], claims: [claim('minsk', ['x', 'y'])] },
      { ...articles[1], claims: [claim('minsk-2', ['z'])] },
    ]);
    expect(both.flatMap((c) => c.reports.flatMap((r) => r.quotes.map((q) => q.anchor))).sort()).toEqual(['q-minsk', 'q-minsk-2', 'q-minsk-2']);
    expect([...movedQuotes(both).keys()]).toEqual([]);
  });
});
