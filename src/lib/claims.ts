/**
 * Claims gathered across articles: one claim, every outlet's wording of it. A claim is defined
 * once, where its summary is given (the earliest such article); articles reusing its id inherit
 * its speaker, summary, topics, event and links, and may repeat them only unchanged.
 */
import type { ArticleInput, ClaimInput, QuoteForm } from './archive-types.ts';
import { compareDates, dateLabel, formatDate } from './dates.ts';
import type { Place } from './pinpoint.ts';
import { quoteAnchor } from './urls.ts';

/** `inferred` absent: the article's date is as printed. */
export type ClaimSource = Pick<ArticleInput, 'id' | 'file' | 'date' | 'outlet' | 'speaker' | 'event' | 'claims'> & Partial<Pick<ArticleInput, 'inferred'>>;

export interface ReportedQuote {
  text: string;
  form: QuoteForm;
  /** The quote's id in the article page, for `/articles/<slug>/#<anchor>`. */
  anchor: string;
  /** Where it is in its article (paragraph, sentence), once the article's text is read. */
  place?: Place;
}

/** One article's report of a claim. */
export interface ClaimReport {
  article: string;
  /** The article's publication date. */
  date: string;
  /** Whether the archive inferred that date (the capture does not print it). */
  dateInferred: boolean;
  outlet: string | null;
  quotes: ReportedQuote[];
}

/** What a claim means, wherever its id appears. */
export interface ClaimMeaning {
  speaker: string;
  summary: string;
  topics: string[];
  /** The occasion it was said at, or null when no article says. */
  event: string | null;
  respondsTo: string | null;
  disputes: string | null;
  note: string | null;
}

export interface Claim extends ClaimMeaning {
  id: string;
  /** Oldest report first. */
  reports: ClaimReport[];
}

/** Where a claim is defined, and what it means there. */
export interface ClaimDefinition {
  article: ClaimSource;
  /** The claim's position in that article's claims. */
  index: number;
  meaning: ClaimMeaning;
}

export const byDateThenId = <T extends { date: string; id: string }>(a: T, b: T) => compareDates(a.date, b.date) || a.id.localeCompare(b.id);

/** The anchor of a claim's quote in its article: as recorded, or from the claim id and position. */
export const anchorOf = (claimId: string, quote: { anchor?: string }, index: number) => quote.anchor ?? quoteAnchor(claimId, index);

/** The values a claim states itself, with the article's speaker and event where it states none. */
function statedMeaning(article: ClaimSource, claim: ClaimInput): ClaimMeaning {
  return {
    speaker: claim.speaker ?? article.speaker,
    summary: claim.summary ?? '',
    topics: claim.topics ?? [],
    event: claim.event === undefined ? article.event : claim.event,
    respondsTo: claim.respondsTo ?? null,
    disputes: claim.disputes ?? null,
    note: claim.note ?? null,
  };
}

/**
 * Each claim id's definition: where its summary is given. Should articles give different
 * summaries, the one most of them give wins (then the earliest), so a slip in one new article
 * is blamed on that article rather than on the many that agree.
 */
export function claimDefinitions(articles: ClaimSource[]): Map<string, ClaimDefinition> {
  const stated = new Map<string, ClaimDefinition[]>();
  for (const article of [...articles].sort(byDateThenId)) {
    article.claims.forEach((claim, index) => {
      if (claim.summary === undefined) return;
      const list = stated.get(claim.id) ?? [];
      list.push({ article, index, meaning: statedMeaning(article, claim) });
      stated.set(claim.id, list);
    });
  }
  const definitions = new Map<string, ClaimDefinition>();
  for (const [id, candidates] of stated) {
    const votes = (summary: string) => candidates.filter((c) => c.meaning.summary === summary).length;
    // Earliest first, so on a tie the earliest wins.
    const best = candidates.reduce((winner, c) => (votes(c.meaning.summary) > votes(winner.meaning.summary) ? c : winner));
    definitions.set(id, best);
  }
  return definitions;
}

/** The fields a reusing article states for a claim, which must agree with its definition. */
export function statedFields(claim: ClaimInput): (keyof ClaimMeaning)[] {
  return (['speaker', 'summary', 'topics', 'event', 'respondsTo', 'disputes', 'note'] as const).filter((key) => claim[key] !== undefined);
}

/** Claims in the order they were first reported. The integrity rules guarantee every id is defined. */
export function collectClaims(articles: ClaimSource[]): Claim[] {
  const definitions = claimDefinitions(articles);
  const byId = new Map<string, Claim>();
  for (const article of [...articles].sort(byDateThenId)) {
    for (const input of article.claims) {
      const definition = definitions.get(input.id);
      if (!definition) continue;
      let claim = byId.get(input.id);
      if (!claim) {
        claim = { id: input.id, ...definition.meaning, reports: [] };
        byId.set(input.id, claim);
      }
      claim.reports.push({
        article: article.id,
        date: article.date,
        dateInferred: Boolean(article.inferred?.date),
        outlet: article.outlet,
        quotes: input.quotes.map((quote, index) => ({ text: quote.text, form: quote.form, anchor: anchorOf(input.id, quote, index) })),
      });
    }
  }
  return [...byId.values()];
}

/**
 * Whether a quote's anchor was made for a claim (`q-<claim>` or `q-<claim>-N`): a quote that
 * moved to another claim keeps the anchor, and the claim it left still shows where it went.
 */
export function anchorMadeFor(anchor: string, claimId: string): boolean {
  return anchor === quoteAnchor(claimId, 0) || new RegExp(`^q-${claimId}-\\d+$`).test(anchor);
}

export interface MovedQuote {
  claim: Claim;
  report: ClaimReport;
  quote: ReportedQuote;
}

/**
 * Quotes that moved from one claim to others, by the claim they left (the one their anchor was
 * made for), each with the claim it is under now. One pass over every quote.
 */
export function movedQuotes(claims: Claim[]): Map<string, MovedQuote[]> {
  const moved = new Map<string, MovedQuote[]>();
  for (const claim of claims) {
    for (const report of claim.reports) {
      for (const quote of report.quotes) {
        // An anchor its own claim would make has not moved, though it may read as another's:
        // `q-minsk-2` is claim minsk-2's first quote, or claim minsk's second.
        if (anchorMadeFor(quote.anchor, claim.id)) continue;
        const made = quote.anchor.replace(/^q-/, '');
        for (const origin of new Set([made, made.replace(/-\d+$/, '')])) {
          if (!anchorMadeFor(quote.anchor, origin)) continue;
          const from = moved.get(origin) ?? [];
          from.push({ claim, report, quote });
          moved.set(origin, from);
        }
      }
    }
  }
  return moved;
}

/** How many outlets reported a claim; each article of an unnamed outlet counts as an outlet of its own. */
export function outletCount(claim: Claim): number {
  return new Set(claim.reports.map((report) => report.outlet ?? `unnamed:${report.article}`)).size;
}

/**
 * The date that stands beside a statement, and which date it is: when it was said (its
 * occasion's date), or, where no article says when, only when it was first reported, which
 * must never read as the day it was said.
 */
export interface StatementDate {
  kind: 'said' | 'reported';
  date: string;
}

/** When a claim was made, as far as the articles say: its occasion's date, or else its first report's. */
export function statementDate(claim: Pick<Claim, 'event' | 'reports'>, eventDate: (id: string) => string): StatementDate {
  return claim.event ? { kind: 'said', date: eventDate(claim.event) } : { kind: 'reported', date: claim.reports[0].date };
}

/** Every date label beside a statement: "said 23 December 2021", "first reported 10 February 2022". */
export function statementDateLabel(when: StatementDate, options: { year?: boolean } = {}): string {
  return `${when.kind === 'said' ? 'said' : 'first reported'} ${formatDate(when.date, options)}`;
}

/**
 * A claim's dates, each labelled with what it is: when it was said (or first reported), then
 * each report's. Search files a claim under the months of all of them, and shows with a result
 * the one in the month filtered by.
 */
export function labelledClaimDates(when: StatementDate, reports: Pick<ClaimReport, 'date' | 'dateInferred'>[]): { date: string; label: string }[] {
  return [{ date: when.date, label: statementDateLabel(when) }, ...reports.map((r) => ({ date: r.date, label: `reported ${dateLabel(r.date, r.dateInferred)}` }))];
}

export interface TopicGroup<T> {
  topic: string;
  speakers: { speaker: string; claims: T[] }[];
}

/**
 * The claims index: by topic (in the given order), then speaker (in the given order). A claim
 * with several topics is listed under each, since a reader browsing a topic expects all of it.
 */
export function groupByTopicAndSpeaker<T extends Pick<Claim, 'topics' | 'speaker'>>(
  claims: T[],
  topicOrder: string[],
  speakerOrder: string[],
): TopicGroup<T>[] {
  return topicOrder
    .map((topic) => {
      const inTopic = claims.filter((claim) => claim.topics.includes(topic));
      const speakers = speakerOrder
        .map((speaker) => ({ speaker, claims: inTopic.filter((claim) => claim.speaker === speaker) }))
        .filter((group) => group.claims.length > 0);
      return { topic, speakers };
    })
    .filter((group) => group.speakers.length > 0);
}
