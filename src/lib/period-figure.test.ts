import { describe, expect, it } from 'vitest';
import { periodFigure, type FigureInput } from './period-figure.ts';

const input: FigureInput = {
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
};
const figure = periodFigure(input, 'wide')!;
const narrow = periodFigure(input, 'narrow')!;

describe('the figure of the period', () => {
  it('spans whole months, from the first dated event or statement to the last', () => {
    expect(figure.range).toEqual({ from: '2021-12-01', to: '2022-01-31' });
    expect(figure.months.map((m) => m.label.text)).toEqual(['Dec 2021', 'Jan 2022']);
  });

  it('places days in order on the axis, a month-only date at the month’s middle, marked as such', () => {
    const x = (id: string) => figure.events.find((e) => e.id === id)!;
    expect(x('drafts').x).toBeLessThan(x('board').x);
    expect(x('board').x).toBeLessThan(x('conference').x);
    expect(x('talks')).toMatchObject({ exact: false });
    expect(x('talks').x).toBeGreaterThan(figure.months[1].x);
  });

  it.each([['wide', figure], ['narrow', narrow]] as const)('%s: lifts each event\'s number clear of every close neighbour', (_layout, f) => {
    const crowded = periodFigure({ ...input, events: ['2021-12-15', '2021-12', '2021-12-16', '2021-12-17', '2021-12-19', '2021-12-23'].map((date, i) => ({ id: `e${i}`, date, title: 'E' })) }, f.layout)!;
    for (const a of crowded.events) {
      for (const b of crowded.events.filter((e) => e.number > a.number && e.y === a.y)) {
        // a's number, right of its diamond, ends before b's diamond begins (a digit is about 0.6 of the text's size wide).
        expect(b.x - a.x, `${a.number} and ${b.number}`).toBeGreaterThanOrEqual(crowded.diamond * 2 + 2 + String(a.number).length * 0.6 * crowded.fontSize);
      }
    }
    expect(crowded.lanes[0].y).toBeGreaterThan(Math.max(...crowded.events.map((e) => e.y)));
  });

  it('is drawn in the units it is shown at: the wide layout for a screen, the narrow one a phone\'s width', () => {
    expect(figure.width).toBeGreaterThanOrEqual(600);
    expect(narrow.width).toBeLessThanOrEqual(350 - 20);
    expect(narrow.fontSize).toBe(figure.fontSize);
  });

  it('wide: writes the names in a column left of the lanes; narrow: each name above its lane, the lanes the full width', () => {
    for (const lane of figure.lanes) {
      expect(lane.label.y).toBeGreaterThan(lane.y - figure.fontSize);
      expect(lane.marks.every((m) => m.x - m.r >= figure.plot.left)).toBe(true);
    }
    expect(figure.plot.left).toBeGreaterThanOrEqual('Putin (3)'.length * figure.fontSize * 0.55);
    expect(narrow.plot).toMatchObject({ left: 0, right: narrow.width });
    for (const lane of narrow.lanes) expect(lane.label.y).toBeLessThan(lane.y - Math.max(...lane.marks.map((m) => m.r)));
  });

  it('says the same in both layouts', () => {
    const facts = (f: typeof figure) => ({ events: f.events.map((e) => [e.id, e.number, e.date, e.exact]), lanes: f.lanes.map((l) => [l.speaker, l.total, l.marks.map((m) => [m.date, m.count])]), range: f.range });
    expect(facts(narrow)).toEqual(facts(figure));
  });

  it('labels each month, and the year at the first month and at January', () => {
    expect(narrow.months.map((m) => [m.label.text, m.year?.text])).toEqual([['Dec', '2021'], ['Jan', '2022']]);
  });

  it('gives each speaker a lane, busiest first, with a mark per day sized by the statements made', () => {
    expect(figure.lanes.map((l) => [l.speaker, l.total])).toEqual([['Putin', 3], ['Price', 1]]);
    const [board, conference] = figure.lanes[0].marks;
    expect(conference.count).toBe(2);
    expect(conference.r).toBeGreaterThan(board.r);
  });
});
