/**
 * The timeline: what the articles report happening, with what was said there in the outlets'
 * words, and when each article appeared, by month. Every claim has a place on it: at its event;
 * beside the claim it answers (dated); or, when no article says when it was said, under the
 * article that first reports it.
 */
import type { Claim, ReportedQuote, StatementDate } from './claims.ts';
import { outletCount, statementDate } from './claims.ts';
import { compareDates, formatDate, monthKey } from './dates.ts';

export interface TimelineEvent {
  id: string;
  date: string;
  context: boolean;
  title: string;
  /** How the date was established, where no cited paragraph prints it. */
  inferred: { date?: string };
  note: string | null;
  /** The paragraphs that report it (1-based paragraph numbers). */
  citations: { article: string; paragraph: number }[];
}

export interface TimelineArticle {
  id: string;
  date: string;
  /** Whether the archive inferred the date (the capture does not print it). */
  dateInferred: boolean;
  title: string;
  outlet: string | null;
}

/** A quote as the timeline shows it: with the article, outlet and date it comes from. */
export interface ShownQuote extends ReportedQuote {
  article: string;
  outlet: string | null;
  /** The article's publication date, and whether the archive inferred it. */
  date: string;
  dateInferred: boolean;
}

/** A claim on the timeline: one quote in an outlet's words, and what answers it. */
export interface Statement {
  claim: Claim;
  quote: ShownQuote;
  /** How many outlets reported it. */
  outlets: number;
  /** Replies to it and statements set against it, each with its own date. */
  answers: { relation: 'reply' | 'disputes'; claim: Claim; when: StatementDate }[];
  /** When it was said (its event's date), or else when it was first reported. */
  when: StatementDate;
}

export interface SpeakerStatements {
  speaker: string;
  statements: Statement[];
}

export type TimelineEntry =
  | { kind: 'event'; date: string; event: TimelineEvent; bySpeaker: SpeakerStatements[]; count: number }
  | { kind: 'publication'; date: string; article: TimelineArticle; unplaced: Statement[] };

export interface TimelineMonth {
  /** YYYY-MM */
  key: string;
  label: string;
  entries: TimelineEntry[];
}

export interface Timeline {
  /** Earlier events the articles mention as background, oldest first, with what was said of them. */
  background: Extract<TimelineEntry, { kind: 'event' }>[];
  months: TimelineMonth[];
}

/**
 * The quote to show for a claim: the first direct speech any outlet printed, oldest report
 * first; a paraphrase only where no outlet quotes it directly.
 */
export function shownQuote(claim: Claim): ShownQuote {
  const all = claim.reports.flatMap((report) => report.quotes.map((quote) => ({ ...quote, article: report.article, outlet: report.outlet, date: report.date, dateInferred: report.dateInferred })));
  return all.find((q) => q.form === 'direct') ?? all[0];
}

/** On the same date an event comes before the articles reporting it. */
const KIND_ORDER = { event: 0, publication: 1 } as const;

/** The most widely reported first, then those something answers (the timeline shows exchanges), then direct speech. */
function byWeight(a: Statement, b: Statement): number {
  return b.outlets - a.outlets || Number(b.answers.length > 0) - Number(a.answers.length > 0) || Number(b.quote.form === 'direct') - Number(a.quote.form === 'direct');
}

/**
 * How many of one speaker's statements at an event the timeline shows in full (summary, quote,
 * source), and how many more by their summaries alone; the rest only on the event's own page.
 * Enough that a reader meets a day's statements on the timeline itself, few enough that the
 * page stays one readable page however much one event gathers.
 */
export const TIMELINE_SHOWN = { full: 12, brief: 12 };

/** A speaker's statements at an event as the timeline shows them, already in order of weight. */
export function timelineShare(statements: Statement[]): { full: Statement[]; brief: Statement[]; hidden: number } {
  const full = statements.slice(0, TIMELINE_SHOWN.full);
  const brief = statements.slice(full.length, full.length + TIMELINE_SHOWN.brief);
  return { full, brief, hidden: statements.length - full.length - brief.length };
}

/** Groups items by a key, keeping their order. */
export function groupBy<T>(items: T[], key: (item: T) => string | null): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    if (k === null) continue;
    if (!groups.has(k)) groups.set(k, []);
    groups.get(k)!.push(item);
  }
  return groups;
}

/** Every claim as a statement: its quote, its outlets, what answers it, its date. */
export function statementsOf(claims: Claim[], eventDate: (id: string) => string): Map<string, Statement> {
  const dateOf = (claim: Claim) => statementDate(claim, eventDate);
  const replies = groupBy(claims, (c) => c.respondsTo);
  const disputes = groupBy(claims, (c) => c.disputes);
  return new Map(
    claims.map((claim) => [
      claim.id,
      {
        claim,
        quote: shownQuote(claim),
        outlets: outletCount(claim),
        answers: [
          ...(replies.get(claim.id) ?? []).map((other) => ({ relation: 'reply' as const, claim: other, when: dateOf(other) })),
          ...(disputes.get(claim.id) ?? []).map((other) => ({ relation: 'disputes' as const, claim: other, when: dateOf(other) })),
        ],
        when: dateOf(claim),
      },
    ]),
  );
}

/** The timeline of the events and articles, each event's and article's claims as statements (`statementsOf`). */
export function buildTimeline(events: TimelineEvent[], articles: TimelineArticle[], claims: Claim[], statements: Map<string, Statement>): Timeline {
  const statement = (claim: Claim) => statements.get(claim.id)!;
  const bySpeaker = (list: Claim[]): SpeakerStatements[] =>
    [...groupBy(list, (c) => c.speaker)]
      .map(([speaker, group]) => ({ speaker, statements: group.map(statement).sort(byWeight) }))
      .sort((a, b) => b.statements.length - a.statements.length || byWeight(a.statements[0], b.statements[0]));
  const atEvent = groupBy(claims, (c) => c.event);
  const eventEntry = (event: TimelineEvent) => {
    const groups = bySpeaker(atEvent.get(event.id) ?? []);
    return { kind: 'event' as const, date: event.date, event, bySpeaker: groups, count: groups.reduce((n, g) => n + g.statements.length, 0) };
  };
  // Said on no stated occasion, and answering nothing: shown under the article that first reports it.
  const unplaced = groupBy(claims, (c) => (!c.event && !c.respondsTo && !c.disputes ? c.reports[0].article : null));

  const entries: TimelineEntry[] = [
    ...events.filter((e) => !e.context).map(eventEntry),
    ...articles.map((article) => ({ kind: 'publication' as const, date: article.date, article, unplaced: (unplaced.get(article.id) ?? []).map(statement) })),
  ].sort(
    (a, b) =>
      compareDates(a.date, b.date) ||
      KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
      (a.kind === 'event' ? a.event.id : a.article.id).localeCompare(b.kind === 'event' ? b.event.id : b.article.id),
  );

  const months: TimelineMonth[] = [];
  for (const entry of entries) {
    const key = monthKey(entry.date) ?? entry.date;
    let month = months.at(-1);
    if (month?.key !== key) {
      month = { key, label: formatDate(key), entries: [] };
      months.push(month);
    }
    month.entries.push(entry);
  }
  const background = events
    .filter((e) => e.context)
    .sort((a, b) => compareDates(a.date, b.date))
    .map(eventEntry);
  return { background, months };
}

/** The articles before and after each, in date order: a lookup made once, for thousands of pages. */
export function neighbours<T extends { id: string }>(ordered: T[]): (id: string) => { previous?: T; next?: T } {
  const at = new Map(ordered.map((item, i) => [item.id, i]));
  return (id) => {
    const i = at.get(id);
    return i === undefined ? {} : { previous: ordered[i - 1], next: ordered[i + 1] };
  };
}
