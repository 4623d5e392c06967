/**
 * The archive as data for others' analysis: the shapes of /data/*.json and /data/claims.csv.
 * Every record is checked against these schemas when it is written, and the JSON Schemas
 * published beside the files are generated from them, so files and schemas cannot drift apart.
 */
import { z } from 'astro/zod';

const ref = z.object({ id: z.string(), name: z.string() });
const url = z.url();

export const articleRecord = z.object({
  id: z.string().describe('Slug; the article page is at url'),
  url,
  title: z.string(),
  standfirst: z.string().nullable(),
  outlet: ref.nullable().describe('null: the capture names no outlet'),
  author: z.string().nullable().describe('null: the capture names no author'),
  date: z.string().describe('Publication date, YYYY-MM-DD'),
  dateline: z.string().nullable(),
  speaker: ref.describe('The main speaker'),
  event: z.object({ id: z.string(), title: z.string(), date: z.string() }).nullable(),
  source: z.object({ capture: z.string(), captureUrl: url, originalUrl: url.nullable() }),
  inferred: z.record(z.string(), z.string()).describe('How values not stated in the capture were established, by field'),
  removed: z.array(z.object({ kind: z.string(), text: z.string() })).describe('Page chrome left out of the text, verbatim'),
  claims: z.array(z.string()).describe('Ids of the claims the article reports'),
});

export const quoteRecord = z.object({
  text: z.string().describe('Verbatim from the article text'),
  form: z.enum(['direct', 'paraphrase']),
  url: url.describe('The quote marked in the article: permalink with #q- fragment'),
});

export const claimRecord = z.object({
  id: z.string(),
  url,
  summary: z.string().describe('The archive’s neutral one-line summary'),
  speaker: ref,
  topics: z.array(ref),
  event: z.object({ id: z.string(), title: z.string(), date: z.string() }).nullable().describe('null: the articles do not say when it was said'),
  respondsTo: z.string().nullable(),
  reports: z.array(
    z.object({
      article: z.string(),
      articleUrl: url,
      outlet: ref.nullable(),
      date: z.string(),
      quotes: z.array(quoteRecord).min(1),
    }),
  ),
});

export const quoteRow = z.object({
  claim_id: z.string(),
  claim_summary: z.string(),
  speaker: z.string(),
  article_id: z.string(),
  outlet: z.string().describe('Empty when the capture names no outlet'),
  date: z.string(),
  form: z.enum(['direct', 'paraphrase']),
  quote: z.string(),
  url,
});

export const articlesFile = z.object({ articles: z.array(articleRecord) });
export const claimsFile = z.object({ claims: z.array(claimRecord) });

export type ArticleRecord = z.infer<typeof articleRecord>;
export type ClaimRecord = z.infer<typeof claimRecord>;
export type QuoteRow = z.infer<typeof quoteRow>;

/** One row per quote, in claim order: the CSV's rows. */
export function quoteRows(claims: ClaimRecord[]): QuoteRow[] {
  return claims.flatMap((claim) =>
    claim.reports.flatMap((report) =>
      report.quotes.map((quote) =>
        quoteRow.parse({
          claim_id: claim.id,
          claim_summary: claim.summary,
          speaker: claim.speaker.name,
          article_id: report.article,
          outlet: report.outlet?.name ?? '',
          date: report.date,
          form: quote.form,
          quote: quote.text,
          url: quote.url,
        }),
      ),
    ),
  );
}

export const CSV_COLUMNS = Object.keys(quoteRow.shape) as (keyof QuoteRow)[];

/** The JSON Schema published for a data file. */
export function jsonSchema(schema: z.ZodType, id: string, title: string) {
  return { $id: id, title, ...z.toJSONSchema(schema) };
}
