/**
 * The figure at the top of the timeline, as numbers to draw: the days of the period on a time
 * scale (d3-scale, with d3-time's months), the events on them, and for each speaker the
 * statements made each day. Pure: the component draws it as inline SVG at build time.
 * A date known only to the month is drawn at the month's middle and marked as such.
 *
 * Two layouts say the same thing, each drawn at the size it is shown at, so that its text
 * is never scaled below the page's small print: `wide` (speakers' names in a column at the
 * left, one lane each) for a screen of 48rem and more, `narrow` (each name above its lane,
 * the lanes the figure's full width) for a phone.
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

export type FigureLayout = 'wide' | 'narrow';

interface Point {
  x: number;
  y: number;
}

export interface Figure {
  layout: FigureLayout;
  width: number;
  height: number;
  /** The size of every text in the figure, in its own units (drawn at one unit a CSS pixel, or larger). */
  fontSize: number;
  /** The half-diagonal of an event's diamond. */
  diamond: number;
  /** The background events, set apart at the top: a heading line, then their dates, wrapped to the width. */
  notes: (Point & { text: string })[];
  /** The dashed line setting the background apart. */
  breakY: number;
  /** Where the lanes run: right of the names (wide) or the full width (narrow), from the months down. */
  plot: { left: number; right: number; top: number; bottom: number };
  /** Each month's line and label; its year is labelled at the period's first month and at January. */
  months: { x: number; label: Point & { text: string }; year: (Point & { text: string }) | null }[];
  /** Where the word "Events" is written, for the rows of events below it. */
  eventsLabel: Point;
  /** Numbered in date order; `y` is the diamond's centre, on a row of its own when a neighbour is too close. */
  events: { id: string; x: number; y: number; number: number; date: string; title: string; exact: boolean }[];
  lanes: {
    speaker: string;
    total: number;
    /** The lane's centre line, where its marks sit. */
    y: number;
    label: Point;
    marks: { x: number; r: number; count: number; exact: boolean; date: string }[];
  }[];
  background: { date: string; title: string }[];
  range: { from: string; to: string };
}

/** What differs between the layouts, in the figure's units. */
const GEOMETRY = {
  wide: { width: 640, fontSize: 14, lane: 30, laneLabelAbove: false, monthsWithYear: true, maxR: 10, diamond: 4.5 },
  narrow: { width: 320, fontSize: 14, lane: 38, laneLabelAbove: true, monthsWithYear: false, maxR: 8, diamond: 5 },
} as const;

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * A generous guess at a text's width: the figure is laid out at build time, before any font is
 * known, and the sans-serif fonts the page may fall back to run to about 0.6 of their size a character.
 */
function textWidth(text: string, fontSize: number): number {
  return text.length * fontSize * 0.62;
}

/** Words joined by `separator` into lines no wider than `width`. */
function wrap(words: string[], separator: string, width: number, fontSize: number): string[] {
  const lines: string[] = [];
  for (const word of words) {
    const last = lines.at(-1);
    if (last !== undefined && textWidth(last + separator + word, fontSize) <= width) lines[lines.length - 1] = last + separator + word;
    else lines.push(word);
  }
  return lines;
}

/** A YYYY-MM or YYYY-MM-DD date as a UTC day; a month's middle when the day is not known. */
function dayOf(date: string): { day: Date; exact: boolean } {
  const [y, m, d] = date.split('-').map(Number);
  return { day: new Date(Date.UTC(y, m - 1, d ?? 15)), exact: d !== undefined };
}

/** A row for each event's number, the first where it clears the last number on that row by `gap`: none prints over another. */
function eventRows(xs: number[], gap: number): number[] {
  const lastX: number[] = [];
  return xs.map((x) => {
    let row = lastX.findIndex((last) => x - last >= gap);
    if (row < 0) row = lastX.length;
    lastX[row] = x;
    return row;
  });
}

export function periodFigure(input: FigureInput, layout: FigureLayout): Figure | null {
  const dated = [...input.events.map((e) => e.date), ...input.statements.map((s) => s.date)].filter((d) => /^\d{4}-\d{2}/.test(d));
  if (dated.length === 0) return null;
  const g = GEOMETRY[layout];
  const font = g.fontSize;
  const line = Math.round(font * 1.35);
  const days = dated.map((d) => dayOf(d).day.getTime());
  const from = utcMonth.floor(new Date(Math.min(...days)));
  const to = utcDay.offset(utcMonth.ceil(utcDay.offset(new Date(Math.max(...days)), 1)), -1);

  const bySpeaker = new Map<string, Map<string, number>>();
  for (const s of input.statements.filter((st) => /^\d{4}-\d{2}/.test(st.date))) {
    if (!bySpeaker.has(s.speaker)) bySpeaker.set(s.speaker, new Map());
    const counts = bySpeaker.get(s.speaker)!;
    counts.set(s.date, (counts.get(s.date) ?? 0) + 1);
  }
  const speakers = [...bySpeaker]
    .map(([speaker, counts]) => ({ speaker, counts, total: [...counts.values()].reduce((a, b) => a + b, 0) }))
    .sort((a, b) => b.total - a.total || a.speaker.localeCompare(b.speaker));
  const laneText = (s: { speaker: string; total: number }) => `${s.speaker} (${s.total})`;

  // Wide: the names take a column as wide as the longest; narrow: they sit above their lanes, which span the width.
  const nameColumn = g.laneLabelAbove ? 0 : Math.ceil(Math.max(textWidth('Events', font), ...speakers.map((s) => textWidth(laneText(s), font)))) + 12;
  const scale = scaleUtc().domain([from, utcDay.offset(to, 1)]).range([nameColumn + g.maxR, g.width - g.maxR]);
  // A tenth of a unit is finer than any screen shows, and keeps the page's numbers short.
  const x = (day: Date) => Math.round(scale(day) * 10) / 10;

  // From the top: the background, the months (and, narrow, their years on a line above), the rows of events, the lanes.
  const notes = ['Earlier, as the articles recall it:', ...wrap(input.background.map((b) => b.date), ' · ', g.width, font)]
    .map((text, i) => ({ text, x: 0, y: line * (i + 1) - 4 }));
  const breakY = line * notes.length + 6;
  const monthStarts = utcMonth.range(from, utcDay.offset(to, 1));
  const hasYear = (month: Date) => month.getUTCMonth() === 0 || month.getTime() === from.getTime();
  const yearY = breakY + line + 4;
  const monthY = g.monthsWithYear ? yearY : yearY + line;
  const top = monthY + 8;
  const months = monthStarts.map((month) => {
    const year = String(month.getUTCFullYear());
    const name = MONTHS[month.getUTCMonth()];
    return {
      x: x(month),
      label: { x: x(month) + 4, y: monthY, text: g.monthsWithYear && hasYear(month) ? `${name} ${year}` : name },
      year: !g.monthsWithYear && hasYear(month) ? { x: x(month) + 4, y: yearY, text: year } : null,
    };
  });

  const datedEvents = input.events.filter((e) => /^\d{4}-\d{2}/.test(e.date));
  const eventX = datedEvents.map((e) => x(dayOf(e.date).day));
  const numberGap = g.diamond * 2 + 4 + textWidth(String(datedEvents.length), font);
  const rows = eventRows(eventX, numberGap);
  const rowCount = Math.max(1, ...rows.map((r) => r + 1));
  // Narrow, "Events" has a line of its own above its rows, as each speaker's name is above its lane.
  const rowsTop = g.laneLabelAbove ? top + line + 2 : top + 6;
  const events = datedEvents.map((e, i) => ({
    id: e.id,
    x: eventX[i],
    y: rowsTop + line * rows[i] + line / 2,
    number: i + 1,
    date: e.date,
    title: e.title,
    exact: dayOf(e.date).exact,
  }));
  const eventsLabel = { x: 0, y: g.laneLabelAbove ? top + line - 2 : rowsTop + line / 2 + font * 0.35 };
  const eventsBottom = rowsTop + line * rowCount + 8;

  const lanes = speakers.map((s, i) => {
    const laneTop = eventsBottom + i * g.lane;
    const y = g.laneLabelAbove ? laneTop + line + g.maxR + 2 : laneTop + g.lane / 2;
    return {
      speaker: s.speaker,
      total: s.total,
      y,
      label: g.laneLabelAbove ? { x: 0, y: laneTop + line - 2 } : { x: 0, y: y + font * 0.35 },
      marks: [...s.counts]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([date, count]) => ({ x: x(dayOf(date).day), r: Math.round(Math.min(g.maxR, 2.5 + 2 * Math.sqrt(count)) * 10) / 10, count, exact: dayOf(date).exact, date })),
    };
  });
  const bottom = eventsBottom + lanes.length * g.lane;

  return {
    layout,
    width: g.width,
    height: bottom + 4,
    fontSize: font,
    diamond: g.diamond,
    notes,
    breakY,
    plot: { left: nameColumn, right: g.width, top, bottom },
    months,
    eventsLabel,
    events,
    lanes,
    background: input.background,
    range: { from: from.toISOString().slice(0, 10), to: to.toISOString().slice(0, 10) },
  };
}
