/** The timeline: what the articles report happening, and when each article appeared, by month. */
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
  title: string;
  outlet: string | null;
}

export type TimelineEntry =
  | { kind: 'event'; date: string; event: TimelineEvent; speakers: string[] }
  | { kind: 'publication'; date: string; article: TimelineArticle };

export interface TimelineMonth {
  /** YYYY-MM */
  key: string;
  label: string;
  entries: TimelineEntry[];
}

export interface Timeline {
  /** Earlier events the articles mention as background, oldest first. */
  background: TimelineEvent[];
  months: TimelineMonth[];
}

/** On the same date an event comes before the articles reporting it. */
const KIND_ORDER = { event: 0, publication: 1 } as const;

export function buildTimeline(
  events: TimelineEvent[],
  articles: TimelineArticle[],
  speakersByEvent: Map<string, string[]>,
): Timeline {
  const background = events.filter((e) => e.context).sort((a, b) => compareDates(a.date, b.date));
  const entries: TimelineEntry[] = [
    ...events
      .filter((e) => !e.context)
      .map((event) => ({ kind: 'event' as const, date: event.date, event, speakers: speakersByEvent.get(event.id) ?? [] })),
    ...articles.map((article) => ({ kind: 'publication' as const, date: article.date, article })),
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
  return { background, months };
}

/** The articles before and after one, in date order. */
export function neighbours<T extends { id: string }>(ordered: T[], id: string): { previous?: T; next?: T } {
  const at = ordered.findIndex((item) => item.id === id);
  return { previous: at > 0 ? ordered[at - 1] : undefined, next: at >= 0 ? ordered[at + 1] : undefined };
}
