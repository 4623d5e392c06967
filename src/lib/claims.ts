/** Claims gathered across articles: one claim, every outlet's wording of it. */
import { compareDates } from './dates.ts';
import type { ArticleInput, ClaimInput, QuoteForm } from './integrity.ts';
import { quoteAnchor } from './urls.ts';

export type ClaimSource = Pick<ArticleInput, 'id' | 'date' | 'outlet' | 'speaker' | 'event' | 'claims'>;

export interface ReportedQuote {
  text: string;
  form: QuoteForm;
  /** The quote's id in the article page, for `/articles/<slug>/#<anchor>`. */
  anchor: string;
}

/** One article's report of a claim. */
export interface ClaimReport {
  article: string;
  date: string;
  outlet: string | null;
  quotes: ReportedQuote[];
}

export interface Claim {
  id: string;
  speaker: string;
  summary: string;
  topics: string[];
  /** The occasion it was said at, or null when no article says. */
  event: string | null;
  respondsTo: string | null;
  /** Oldest report first. */
  reports: ClaimReport[];
}

/** What a claim leaves unsaid it takes from its article: the speaker and the occasion. */
export function claimDefaults(article: Pick<ArticleInput, 'speaker' | 'event'>, claim: ClaimInput) {
  return {
    speaker: claim.speaker ?? article.speaker,
    event: claim.event === undefined ? article.event : claim.event,
    respondsTo: claim.respondsTo ?? null,
  };
}

/** Claims in the order they were first reported; the integrity rules guarantee each id means one claim. */
export function collectClaims(articles: ClaimSource[]): Claim[] {
  const byId = new Map<string, Claim>();
  const chronological = [...articles].sort((a, b) => compareDates(a.date, b.date) || a.id.localeCompare(b.id));
  for (const article of chronological) {
    for (const input of article.claims) {
      let claim = byId.get(input.id);
      if (!claim) {
        claim = { id: input.id, summary: input.summary, topics: input.topics, ...claimDefaults(article, input), reports: [] };
        byId.set(input.id, claim);
      }
      claim.reports.push({
        article: article.id,
        date: article.date,
        outlet: article.outlet,
        quotes: input.quotes.map((quote, index) => ({ ...quote, anchor: quoteAnchor(input.id, index) })),
      });
    }
  }
  return [...byId.values()];
}

/** How many outlets reported a claim; each article of an unnamed outlet counts as an outlet of its own. */
export function outletCount(claim: Claim): number {
  return new Set(claim.reports.map((report) => report.outlet ?? `unnamed:${report.article}`)).size;
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
