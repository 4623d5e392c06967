/**
 * The figure at the top of the timeline, as numbers to draw: the days of the period on a time
 * scale (d3-scale, with d3-time's months), the events on them, and for each speaker the
 * statements made each day. Pure: the component draws it as inline SVG at build time.
 * A date known only to the month is drawn at the month's middle and marked as such.
 */
import { scaleUtc } from 'd3-scale';
import { utcDay, utcMonth } from 'd3-time';

export interface FigureInput {
  events: { id: string; date: string; title: string }[];
  /** Each statement's speaker (display name) and date. */
  statements: { speaker: string; date: string }[];
  /** Background events, set apart: shown as labels, not to scale. */
  background: { date: string; title: string }[];
}

export interface Figure {
  width: number;
  height: number;
  plot: { left: number; right: number; top: number; bottom: number };
  months: { x: number; label: string }[];
  /** Numbered in date order; `row` lifts a number clear of a close neighbour. */
  events: { id: string; x: number; row: number; number: number; date: string; title: string; exact: boolean }[];
  lanes: { speaker: string; y: number; total: number; marks: { x: number; r: number; count: number; exact: boolean; date: string }[] }[];
  background: { date: string; title: string }[];
  range: { from: string; to: string };
}

const WIDTH = 400;
const LEFT = 92;
const RIGHT = 392;
const LANE = 24;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A YYYY-MM or YYYY-MM-DD date as a UTC day; a month's middle when the day is not known. */
function dayOf(date: string): { day: Date; exact: boolean } {
  const [y, m, d] = date.split('-').map(Number);
  return { day: new Date(Date.UTC(y, m - 1, d ?? 15)), exact: d !== undefined };
}

/** Rows for event numbers, so that two close in time do not print over each other. */
function placeEvents<T extends { x: number }>(events: T[]): (T & { row: number })[] {
  const lastX: number[] = [];
  return events.map((event) => {
    let row = lastX.findIndex((x) => event.x - x >= 14);
    if (row < 0) row = lastX.length < 3 ? lastX.length : 0;
    lastX[row] = event.x;
    return { ...event, row };
  });
}

export function periodFigure(input: FigureInput): Figure | null {
  const dated = [...input.events.map((e) => e.date), ...input.statements.map((s) => s.date)].filter((d) => /^\d{4}-\d{2}/.test(d));
  if (dated.length === 0) return null;
  const days = dated.map((d) => dayOf(d).day.getTime());
  const from = utcMonth.floor(new Date(Math.min(...days)));
  const to = utcDay.offset(utcMonth.ceil(utcDay.offset(new Date(Math.max(...days)), 1)), -1);
  const x = scaleUtc().domain([from, utcDay.offset(to, 1)]).range([LEFT, RIGHT]);

  const eventsTop = 58;
  const lanesTop = eventsTop + 30;
  const bySpeaker = new Map<string, Map<string, number>>();
  for (const s of input.statements.filter((st) => /^\d{4}-\d{2}/.test(st.date))) {
    if (!bySpeaker.has(s.speaker)) bySpeaker.set(s.speaker, new Map());
    const counts = bySpeaker.get(s.speaker)!;
    counts.set(s.date, (counts.get(s.date) ?? 0) + 1);
  }
  const lanes = [...bySpeaker]
    .map(([speaker, counts]) => ({ speaker, counts, total: [...counts.values()].reduce((a, b) => a + b, 0) }))
    .sort((a, b) => b.total - a.total || a.speaker.localeCompare(b.speaker))
    .map(({ speaker, counts, total }, i) => ({
      speaker,
      total,
      y: lanesTop + i * LANE + LANE / 2,
      marks: [...counts]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([date, count]) => ({ x: x(dayOf(date).day), r: Math.min(10, 2.5 + 2 * Math.sqrt(count)), count, exact: dayOf(date).exact, date })),
    }));

  return {
    width: WIDTH,
    height: lanesTop + lanes.length * LANE + 8,
    plot: { left: LEFT, right: RIGHT, top: eventsTop, bottom: lanesTop + lanes.length * LANE },
    months: utcMonth.range(from, utcDay.offset(to, 1)).map((month) => ({
      x: x(month),
      label: `${MONTHS[month.getUTCMonth()]}${month.getUTCMonth() === 0 || month.getTime() === from.getTime() ? ` ${month.getUTCFullYear()}` : ''}`,
    })),
    events: placeEvents(input.events.filter((e) => /^\d{4}-\d{2}/.test(e.date)).map((e, i) => ({ id: e.id, x: x(dayOf(e.date).day), number: i + 1, date: e.date, title: e.title, exact: dayOf(e.date).exact }))),
    lanes,
    background: input.background,
    range: { from: from.toISOString().slice(0, 10), to: to.toISOString().slice(0, 10) },
  };
}
