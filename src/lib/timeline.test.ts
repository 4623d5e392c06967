import { describe, expect, it } from 'vitest';
import { buildTimeline, neighbours, type TimelineEvent } from './timeline.ts';

const event = (id: string, date: string, context = false): TimelineEvent => ({
  inferred: {},
  note: null,
  id,
  date,
  context,
  title: id,
  citations: [{ article: 'a', paragraph: 1 }],
});

describe('buildTimeline', () => {
  const timeline = buildTimeline(
    [event('talks', '2022-01'), event('conference', '2021-12-23'), event('crimea', '2014', true), event('drafts', '2021-12-17'), event('assurance', '1990', true)],
    [
      { id: 'dp', date: '2022-02-10', title: 'DP', outlet: 'daily-post' },
      { id: 'tass', date: '2021-12-23', title: 'TASS', outlet: 'tass' },
    ],
    new Map([['conference', ['putin']]]),
  );

  it('groups entries by month, in date order, with events before the articles of their day', () => {
    expect(timeline.months.map((m) => [m.label, m.entries.map((e) => (e.kind === 'event' ? e.event.id : e.article.id))])).toEqual([
      ['December 2021', ['drafts', 'conference', 'tass']],
      ['January 2022', ['talks']],
      ['February 2022', ['dp']],
    ]);
  });

  it('names who spoke at each event', () => {
    const conference = timeline.months[0].entries[1];
    expect(conference).toMatchObject({ kind: 'event', speakers: ['putin'] });
  });

  it('keeps background events apart, oldest first', () => {
    expect(timeline.background.map((e) => e.id)).toEqual(['assurance', 'crimea']);
  });
});

describe('neighbours', () => {
  const items = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];
  it('gives the previous and next item', () => {
    expect(neighbours(items, 'b')).toEqual({ previous: { id: 'a' }, next: { id: 'c' } });
    expect(neighbours(items, 'a')).toEqual({ previous: undefined, next: { id: 'b' } });
    expect(neighbours(items, 'c')).toEqual({ previous: { id: 'b' }, next: undefined });
  });
});
