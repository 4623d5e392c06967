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
  claim_id: z.string().describe('The claim the quote reports; its page is /claims/<claim_id>/'),
  claim_summary: z.string().describe('The archive’s account of the claim, attributed to its speaker'),
  speaker: z.string().describe('Who made the statement'),
  article_id: z.string().describe('The article quoting it; its page is /articles/<article_id>/'),
  outlet: z.string().describe('Empty when the capture names no outlet'),
  date: z.string().describe('The article’s publication date, YYYY-MM-DD'),
  form: z.enum(['direct', 'paraphrase']).describe('Direct speech (in the outlet’s quotation marks) or the outlet’s paraphrase'),
  quote: z.string().describe('Verbatim from the article text'),
  url: url.describe('The quote marked in the article: permalink with #q- fragment'),
});

export const correctionRecord = z.object({
  id: z.string().describe('The correction’s anchor: it is listed at /corrections/#<id> and marked on its page'),
  date: z.string().describe('The day the correction was published, YYYY-MM-DD'),
  kind: z.enum(['correction', 'clarification', 'addition', 'retraction']),
  entry: z.string().describe('What was corrected: claims/<id>, events/<id> or articles/<slug>'),
  field: z.string().describe('The field corrected (summary, note, inferred.date…); empty for a whole entry withdrawn'),
  previous: z.string().describe('The wording as published before; empty where there was none'),
  now: z.string().describe('The wording since; empty where the value was removed'),
  reason: z.string(),
  evidence: z.string().describe('The capture lines that show it: "<capture file>, line <n>: <text>", separated by " | "'),
  url: url.describe('The corrected page, at the correction’s notice'),
});

export const articlesFile = z.object({ articles: z.array(articleRecord) });
export const correctionsFile = z.object({ corrections: z.array(correctionRecord) });
export const claimsFile = z.object({ claims: z.array(claimRecord) });

export type ArticleRecord = z.infer<typeof articleRecord>;
export type ClaimRecord = z.infer<typeof claimRecord>;
export type QuoteRow = z.infer<typeof quoteRow>;
export type CorrectionRecord = z.infer<typeof correctionRecord>;
export const CORRECTION_COLUMNS = Object.keys(correctionRecord.shape) as (keyof CorrectionRecord)[];

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

/** How much text on each side of a quote a TextQuoteSelector gives, to tell repeats apart. */
const CONTEXT = 32;

export interface QuotePlace {
  /** The quote's id: the article's permalink and the quote's anchor. */
  id: string;
  articleUrl: string;
  claimUrl: string;
  claimSummary: string;
  /** 1-based, the paragraph's anchor being p-N. */
  paragraph: number;
  /** The paragraph's text, as the page holds it, and the quote's place in it. */
  paragraphText: string;
  start: number;
  end: number;
}

/**
 * A quote as a W3C Web Annotation, so annotation tools can anchor it: the quote's own words with
 * the words around them (TextQuoteSelector), and its place within its paragraph, the element
 * #p-N, counted in characters of the paragraph's text (TextPositionSelector refining a
 * FragmentSelector). The body is the claim the quote reports.
 */
export function webAnnotation(place: QuotePlace) {
  const { paragraphText: text, start, end } = place;
  return {
    id: place.id,
    type: 'Annotation',
    motivation: 'linking',
    body: { id: place.claimUrl, type: 'Text', format: 'text/html', title: place.claimSummary },
    target: {
      source: place.articleUrl,
      selector: [
        { type: 'TextQuoteSelector', exact: text.slice(start, end), prefix: text.slice(Math.max(0, start - CONTEXT), start), suffix: text.slice(end, end + CONTEXT) },
        {
          type: 'FragmentSelector',
          conformsTo: 'http://tools.ietf.org/rfc/rfc3986',
          value: `p-${place.paragraph}`,
          refinedBy: { type: 'TextPositionSelector', start, end },
        },
      ],
    },
  };
}

/** The quotes as one W3C annotation collection (JSON-LD). */
export function annotationCollection(id: string, places: QuotePlace[]) {
  return {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    id,
    type: 'AnnotationCollection',
    label: 'Guarantees 2021: every quote, anchored in its article',
    total: places.length,
    first: { type: 'AnnotationPage', items: places.map(webAnnotation) },
  };
}

/** The JSON Schema published for a data file. */
export function jsonSchema(schema: z.ZodType, id: string, title: string) {
  return { $id: id, title, ...z.toJSONSchema(schema) };
}

/** A Frictionless Table Schema for a CSV, from the same zod schema its rows are checked against. */
export function csvTableSchema(row: z.ZodObject, columns: string[], primaryKey: string, optional: string[]) {
  const properties = (z.toJSONSchema(row) as { properties: Record<string, { type: string; format?: string; enum?: string[]; description?: string }> }).properties;
  return {
    fields: columns.map((name) => {
      const field = properties[name];
      return {
        name,
        type: 'string',
        ...(field.format === 'uri' ? { format: 'uri' } : {}),
        ...(field.description ? { description: field.description } : {}),
        ...(field.enum ? { constraints: { required: true, enum: field.enum } } : { constraints: { required: !optional.includes(name) } }),
      };
    }),
    primaryKey: [primaryKey],
  };
}
