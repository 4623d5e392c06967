import { describe, expect, it } from 'vitest';
import { periodFigure } from './period-figure.ts';

const figure = periodFigure({
  events: [
    { id: 'drafts', date: '2021-12-17', title: 'Drafts' },
    { id: 'conference', date: '2021-12-23', title: 'Conference' },
    { id: 'board', date: '2021-12-21', title: 'Board' },
    { id: 'talks', date: '2022-01', title: 'Talks' },
  ],
  statements: [
    { speaker: 'Putin', date: '2021-12-23' },
    { speaker: 'Putin', date: '2021-12-23' },
    { speaker: 'Putin', date: '2021-12-21' },
    { speaker: 'Price', date: '2022-01' },
  ],
  background: [{ date: '1990s', title: 'Assurance' }],
})!;

describe('the figure of the period', () => {
  it('spans whole months, from the first dated event or statement to the last', () => {
    expect(figure.range).toEqual({ from: '2021-12-01', to: '2022-01-31' });
    expect(figure.months.map((m) => m.label)).toEqual(['Dec 2021', 'Jan 2022']);
  });

  it('places days in order on the axis, a month-only date at the month’s middle, marked as such', () => {
    const x = (id: string) => figure.events.find((e) => e.id === id)!;
    expect(x('drafts').x).toBeLessThan(x('board').x);
    expect(x('board').x).toBeLessThan(x('conference').x);
    expect(x('talks')).toMatchObject({ exact: false });
    expect(x('talks').x).toBeGreaterThan(figure.months[1].x);
  });

  it('lifts the numbers of close events clear of each other', () => {
    const [drafts, conference, board] = figure.events;
    expect(new Set([drafts.row, board.row, conference.row]).size).toBeGreaterThan(1);
  });

  it('gives each speaker a lane, busiest first, with a mark per day sized by the statements made', () => {
    expect(figure.lanes.map((l) => [l.speaker, l.total])).toEqual([['Putin', 3], ['Price', 1]]);
    const [board, conference] = figure.lanes[0].marks;
    expect(conference.count).toBe(2);
    expect(conference.r).toBeGreaterThan(board.r);
  });
});
