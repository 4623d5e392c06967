/**
 * The archive's integrity rules: what the zod schema cannot check because it needs more
 * than one field or more than one entry. Pure: it takes plain data and returns problems,
 * each naming the file and the field, so a build can fail with a message an editor can act on.
 */
import { normalizeWhitespace, readArticleBody } from './article-text.ts';
import { claimDefaults } from './claims.ts';
import { findInParagraphs, locateQuotes, type QuoteRef } from './quotes.ts';

export type QuoteForm = 'direct' | 'paraphrase';

export interface QuoteInput {
  text: string;
  form: QuoteForm;
}

export interface ClaimInput {
  id: string;
  /** Absent: the article's speaker. */
  speaker?: string;
  summary: string;
  topics: string[];
  /** Absent: the article's event; null: the capture does not say when it was said. */
  event?: string | null;
  respondsTo?: string;
  quotes: QuoteInput[];
}

export interface ArticleInput {
  /** The entry id, which is the article's slug. */
  id: string;
  /** Path of the source file, as shown in messages. */
  file: string;
  /** The raw MDX body. */
  body: string;
  date: string;
  outlet: string | null;
  speaker: string;
  event: string | null;
  /** File name of the raw capture the article was made from. */
  capture: string;
  claims: ClaimInput[];
}

export interface EventInput {
  id: string;
  file: string;
  date: string;
  context: boolean;
  citations: { article: string; text: string }[];
}

export interface ArchiveInput {
  /** Where articles live, for the message when there are none. */
  articlesDir: string;
  articles: ArticleInput[];
  outlets: string[];
  speakers: string[];
  topics: string[];
  events: EventInput[];
  /** Where captures live, and the files there. */
  capturesDir: string;
  captures: string[];
}

export interface Problem {
  file: string;
  field: string;
  message: string;
}

export function formatProblem({ file, field, message }: Problem): string {
  return field ? `${file}: ${field} ${message}` : `${file}: ${message}`;
}

/** The earliest date an article of this archive can carry: the demands date from December 2021. */
export const EARLIEST_ARTICLE_DATE = '2021-11-01';
/** Background events reach back to the end of the Cold War, not further. */
export const EARLIEST_EVENT_DATE = '1945';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function excerpt(text: string, length = 40): string {
  const flat = normalizeWhitespace(text);
  return flat.length > length ? `${flat.slice(0, length).trimEnd()}…` : flat;
}

/** Partial dates (YYYY, YYYY-MM) compare by their first day, which is what "no earlier than" needs. */
function isBefore(date: string, limit: string): boolean {
  return date.localeCompare(limit) < 0;
}

/** The claim as resolved against its article: the values that must agree across articles. */
function resolvedClaim(article: ArticleInput, claim: ClaimInput) {
  const { speaker, event, respondsTo } = claimDefaults(article, claim);
  return { speaker, summary: claim.summary, topics: [...claim.topics].sort().join(', '), event, respondsTo };
}

export function checkIntegrity(archive: ArchiveInput, today: string): Problem[] {
  const problems: Problem[] = [];
  const known = {
    outlets: new Set(archive.outlets),
    speakers: new Set(archive.speakers),
    topics: new Set(archive.topics),
    events: new Set(archive.events.map((event) => event.id)),
    articles: new Set(archive.articles.map((article) => article.id)),
  };
  const claimIds = new Set(archive.articles.flatMap((a) => a.claims.map((c) => c.id)));
  const captures = new Set(archive.captures);

  const reference = (
    file: string,
    field: string,
    id: string | null | undefined,
    collection: keyof typeof known,
  ) => {
    if (id != null && !known[collection].has(id)) {
      problems.push({ file, field, message: `"${id}" does not match any entry in ${collection}` });
    }
  };

  if (archive.articles.length === 0) {
    problems.push({ file: archive.articlesDir, field: '', message: 'holds no articles (*.mdx)' });
  }

  const slugOwners = new Map<string, string>();
  const paragraphsById = new Map<string, string[]>();
  /** First sighting of each claim id, to compare later sightings with. */
  const claimFirstSeen = new Map<string, { file: string; values: ReturnType<typeof resolvedClaim> }>();

  for (const article of archive.articles) {
    const { file } = article;

    if (!SLUG.test(article.id)) {
      problems.push({
        file,
        field: 'slug',
        message: `"${article.id}" (from the file name) is not URL-safe: use a-z, 0-9 and single hyphens, in one folder`,
      });
    }
    const owner = slugOwners.get(article.id.toLowerCase());
    if (owner) {
      problems.push({ file, field: 'slug', message: `"${article.id}" is also the slug of ${owner}` });
    } else {
      slugOwners.set(article.id.toLowerCase(), file);
    }

    if (isBefore(article.date, EARLIEST_ARTICLE_DATE) || article.date > today) {
      problems.push({
        file,
        field: 'date',
        message: `${article.date} is outside the archive's period (${EARLIEST_ARTICLE_DATE} to today)`,
      });
    }

    if (!captures.has(article.capture)) {
      problems.push({ file, field: 'source.capture', message: `"${article.capture}" is not in ${archive.capturesDir}: every article keeps the capture it was made from` });
    }
    reference(file, 'outlet', article.outlet, 'outlets');
    reference(file, 'speaker', article.speaker, 'speakers');
    reference(file, 'event', article.event, 'events');

    let paragraphs: string[] | null = null;
    try {
      const read = readArticleBody(article.body);
      for (const code of read.mdxCode) {
        problems.push({
          file,
          field: 'body',
          message: `line ${code.line}: MDX would run this as code (${code.type}); escape { and < as \\{ and \\< to keep them as text`,
        });
      }
      paragraphs = read.paragraphs;
    } catch (error) {
      problems.push({ file, field: 'body', message: `is not valid MDX: ${(error as Error).message}` });
    }
    if (paragraphs) paragraphsById.set(article.id, paragraphs);
    if (paragraphs && normalizeWhitespace(paragraphs.join(' ')) === '') {
      problems.push({ file, field: 'body', message: 'is empty: an article must carry its text' });
    }

    const seenInArticle = new Map<string, number>();
    const quoteFields = new Map<QuoteRef, string>();
    article.claims.forEach((claim, i) => {
      const field = `claims[${i}]`;
      const earlier = seenInArticle.get(claim.id);
      if (earlier !== undefined) {
        problems.push({ file, field: `${field}.id`, message: `"${claim.id}" repeats claims[${earlier}].id` });
      } else {
        seenInArticle.set(claim.id, i);
      }
      if (!SLUG.test(claim.id)) {
        problems.push({ file, field: `${field}.id`, message: `"${claim.id}" is not URL-safe: use a-z, 0-9 and single hyphens` });
      }

      reference(file, `${field}.speaker`, claim.speaker, 'speakers');
      reference(file, `${field}.event`, claim.event, 'events');
      claim.topics.forEach((topic, t) => reference(file, `${field}.topics[${t}]`, topic, 'topics'));
      if (claim.respondsTo !== undefined && !claimIds.has(claim.respondsTo)) {
        problems.push({ file, field: `${field}.respondsTo`, message: `"${claim.respondsTo}" does not match any claim id` });
      }
      claim.quotes.forEach((quote, q) => {
        quoteFields.set({ claimId: claim.id, index: q, text: quote.text }, `${field}.quotes[${q}]`);
      });

      const values = resolvedClaim(article, claim);
      const first = claimFirstSeen.get(claim.id);
      if (!first) {
        claimFirstSeen.set(claim.id, { file, values });
        return;
      }
      for (const key of Object.keys(values) as (keyof typeof values)[]) {
        if (values[key] !== first.values[key]) {
          problems.push({
            file,
            field: `${field}.${key}`,
            message: `is "${values[key]}" but claim "${claim.id}" has "${first.values[key]}" in ${first.file}: one claim id, one ${key}`,
          });
        }
      }
    });

    if (paragraphs) {
      for (const problem of locateQuotes(paragraphs, [...quoteFields.keys()]).problems) {
        const field = quoteFields.get(problem.ref)!;
        const quoted = `"${excerpt(problem.ref.text)}"`;
        const message =
          problem.kind === 'not-found'
            ? `not found in the article text: ${quoted}`
            : problem.kind === 'spans-paragraphs'
              ? `runs across paragraphs; quote each paragraph separately: ${quoted}`
              : `overlaps ${quoteFields.get(problem.other)} in the text; quotes must not share words: ${quoted}`;
        problems.push({ file, field, message });
      }
    }
  }

  for (const event of archive.events) {
    const { file } = event;
    const earliest = event.context ? EARLIEST_EVENT_DATE : EARLIEST_ARTICLE_DATE;
    if (isBefore(event.date, earliest) || event.date > today) {
      problems.push({
        file,
        field: `${event.id}.date`,
        message: `${event.date} is outside the plausible range (${earliest} to today${event.context ? '' : '; mark earlier events context: true'})`,
      });
    }
    event.citations.forEach((citation, c) => {
      const field = `${event.id}.citations[${c}]`;
      reference(file, `${field}.article`, citation.article, 'articles');
      const paragraphs = paragraphsById.get(citation.article);
      if (paragraphs && !findInParagraphs(paragraphs, citation.text)) {
        problems.push({
          file,
          field: `${field}.text`,
          message: `not found in a paragraph of ${citation.article}: "${excerpt(citation.text)}"`,
        });
      }
    });
  }

  return problems;
}
