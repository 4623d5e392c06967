/**
 * The one schema of the archive. zod checks the shape of each entry here; the rules that span
 * fields, entries and the raw captures (quotes found in the text, references that resolve, one
 * claim id meaning one claim, the text verbatim from its capture) are in src/lib/integrity.ts
 * and fail the build as well. References are plain ids: the integrity rules resolve them and
 * name the file and field of any that does not.
 */
import path from 'node:path';
import { defineCollection } from 'astro/content/config';
import { z } from 'astro/zod';
import { articleLoader } from './data/article-loader.ts';
import { dataFileLoader } from './data/data-file-loader.ts';
import { resolveContentRoot } from './lib/content-root.ts';

const contentRoot = resolveContentRoot(process.cwd());
const inRoot = (name: string) => path.join(contentRoot, name);

const calendarDate = z.iso.date({ error: 'must be a real date written "YYYY-MM-DD", in quotes' });
/** Events are dated only as precisely as the articles allow: a decade, a year, a month or a day. */
const partialDate = z.union([calendarDate, z.string().regex(/^\d{3}0s$|^\d{4}(-(0[1-9]|1[0-2]))?$/)], {
  error: 'must be a real date written "YYYY-MM-DD", "YYYY-MM", "YYYY" or "YYY0s", in quotes',
});
const text = z.string().trim().min(1);
/** The id of an entry of another collection; the integrity rules check that it resolves. */
const id = (collection: string) => text.describe(`an id from ${collection}`);
/** How a value not printed in the capture was established; absent keys were printed. */
const inferredNote = text.optional();

const quote = z.strictObject({
  /** Verbatim from the article text; whitespace may differ, nothing else. */
  text,
  /** Direct speech (in the outlet's quotation marks) or the outlet's paraphrase. */
  form: z.enum(['direct', 'paraphrase']),
  /**
   * The quote's permanent anchor in the article, only where it cannot follow from the claim id
   * and the quote's place (q-<claim>, q-<claim>-2…): a quote that moved to another claim keeps
   * the anchor it shipped with.
   */
  anchor: z.string().regex(/^q-[a-z0-9]+(-[a-z0-9]+)*$/).optional(),
});

const claim = z.strictObject({
  /** Stable: it is the claim's permalink, and every outlet reporting the statement uses it. */
  id: text,
  /** Who made the statement. Defaults to the article's speaker where the claim is defined. */
  speaker: id('speakers').optional(),
  /**
   * The archive's one-line account of the statement, attributed to its speaker in reported
   * speech ("Putin says …") and no stronger or weaker than the words. Given once, where the
   * claim is first defined; articles reusing the id inherit it (and may repeat it unchanged).
   */
  summary: text.optional(),
  topics: z.array(id('topics')).min(1).optional(),
  /** Defaults to the article's event where defined; null when no article says when it was said. */
  event: id('events').nullable().optional(),
  /** The claim this one answers, said after it, e.g. NATO's reply to a demand. */
  respondsTo: id('claims').optional(),
  /** A claim this one contradicts without being a reply to it (e.g. a standing position). */
  disputes: id('claims').optional(),
  /** An editorial note for readers of the claim page (how far its wording can be relied on). */
  note: text.optional(),
  quotes: z.array(quote).min(1),
});

export const articleSchema = z.strictObject({
  title: text,
  standfirst: text.optional(),
  /** null: the capture does not name the outlet; the key itself is required. */
  outlet: z.union([id('outlets'), z.null()], {
    error: 'is required: an outlet id, or null when the capture names no outlet',
  }),
  /** null: the capture names no author. */
  author: text.nullable(),
  /** Publication date. */
  date: calendarDate,
  /** The publication date where the capture prints it on a line of its own, verbatim. */
  dateAsPrinted: text.optional(),
  /**
   * The place (and date) line the outlet opens its text with, verbatim, agency credit and
   * separator included ("MOSCOW, December 23. /TASS/."); null if the text has none.
   */
  dateline: text.nullable(),
  /** The main speaker; claims may name others. */
  speaker: id('speakers'),
  /** The occasion of the statements; null if the article does not say. */
  event: id('events').nullable(),
  source: z.strictObject({
    /** File name of the raw capture in content/captures/. */
    capture: z.string().regex(/^[\w.-]+\.txt$/),
    /** The original address, only if it is known; never reconstructed. */
    url: z.url().nullable(),
  }),
  inferred: z
    .strictObject({
      date: inferredNote,
      outlet: inferredNote,
      speaker: inferredNote,
      event: inferredNote,
      author: inferredNote,
    })
    .default({}),
  /**
   * Whether the capture holds the outlet's whole text (a capture may be a store's copy without
   * the page's beginning or end): complete, incomplete (part known to be missing) or unknown, and
   * what the capture shows at the text's beginning and end, and for incomplete, what is missing and why.
   */
  completeness: z.strictObject({ status: z.enum(['complete', 'incomplete', 'unknown']), basis: text }),
  /**
   * The text is a reworded copy of another report: which, and how that was established.
   * Its quotations are then the rewriter's rendering, and readers are told so.
   */
  rewordedFrom: z.strictObject({ report: text, evidence: text }).optional(),
  /** Editorial notes on how the text was kept. */
  notes: text.optional(),
  /** Page chrome taken out of the capture, verbatim, so the cleaning can be checked. */
  removed: z.array(z.strictObject({ kind: text, text })).default([]),
  /** The outlet's own slips, kept as printed and shown to readers as such, so no one "corrects" them. */
  slips: z.array(z.strictObject({ text, note: text })).default([]),
  claims: z.array(claim).default([]),
});

const articles = defineCollection({
  // Each file's id is its name; its body is rendered by the loader, once, not bundled as an MDX module.
  loader: articleLoader(inRoot('articles')),
  schema: articleSchema,
});

export const outletSchema = z.strictObject({
  id: text,
  name: text,
  country: text.nullable(),
  kind: z.enum(['news agency', 'news website', 'newspaper', 'broadcaster']),
  homepage: z.url().nullable(),
  /** Where the name, country, kind and homepage come from: the capture, or what outside it. */
  basis: text,
});

export const speakerSchema = z.strictObject({
  id: text,
  name: text,
  /** How summaries name the speaker ("Putin"); summaries begin with the name or this. */
  shortName: text.optional(),
  kind: z.enum(['person', 'organisation', 'government']),
  /** Role at the time of the statements (December 2021 to February 2022). */
  role: text,
});

export const topicSchema = z.strictObject({ id: text, name: text, description: text });

export const eventSchema = z.strictObject({
  id: text,
  date: partialDate,
  /** Background mentioned by the articles, before the period the archive covers. */
  context: z.boolean().default(false),
  title: text,
  /** How the date was established, where no cited passage prints it. */
  inferred: z.strictObject({ date: inferredNote }).default({}),
  /** What a reader of the timeline should know about the event as the articles give it. */
  note: text.optional(),
  /** The passages that report the event: text found verbatim in the article. */
  citations: z.array(z.strictObject({ article: id('articles'), text })).min(1),
});

/**
 * What the archive has published in its own voice, entry by entry, as first published: each
 * guarded field's wording (see src/lib/wording.ts) and the day it was recorded. Written by
 * `npm run permalinks:update`, which only adds entries; every later change is a correction.
 */
export const publishedSchema = z.strictObject({
  /** `claims/<id>`, `events/<id>` or `articles/<slug>`. */
  id: z.string().regex(/^(claims|events|articles)\/[a-z0-9]+(-[a-z0-9]+)*$/, {
    error: 'must be claims/<id>, events/<id> or articles/<slug>',
  }),
  published: calendarDate,
  /** Field path → the wording as published; a field without a value is absent. */
  fields: z.record(z.string(), z.string()),
});

/**
 * A change to what the archive has published in its own voice, on record: the page says so,
 * /corrections/ lists it, and the guard of `npm run check` accepts the new wording only through it.
 */
export const correctionSchema = z.strictObject({
  /** The day the correction was published. */
  date: calendarDate,
  kind: z.enum(['correction', 'clarification', 'addition', 'retraction'], {
    error: 'must be one of correction (it was wrong), clarification (it could mislead), addition (something added) or retraction (withdrawn)',
  }),
  /** The entry corrected: `claims/<id>`, `events/<id>` or `articles/<slug>`. */
  entry: publishedSchema.shape.id,
  /** The field's path (`summary`, `inferred.date`, `slips[0].note`); absent for a whole entry withdrawn. */
  field: text.optional(),
  /** The wording as published before, exactly; null where the field had no value. */
  previous: z.union([z.string(), z.null()], { error: 'is required: the wording as published, exactly, or null where there was none' }),
  /** The wording now, exactly; null where the value is removed. */
  now: z.union([z.string(), z.null()], { error: 'is required: the wording now, exactly, or null where the value is removed' }),
  /** Why, for readers, in the archive's voice. */
  reason: text,
  /** The capture lines that show it: each `text` stands on that line of that capture. */
  evidence: z
    .array(z.strictObject({ capture: z.string().regex(/^[\w.-]+\.txt$/), line: z.number().int().positive(), text }))
    .min(1, { error: 'needs at least one capture line that shows the correction: { capture, line, text }' }),
});

export type ArticleData = z.infer<typeof articleSchema>;
export type OutletData = z.infer<typeof outletSchema>;
export type SpeakerData = z.infer<typeof speakerSchema>;
export type TopicData = z.infer<typeof topicSchema>;
export type EventData = z.infer<typeof eventSchema>;
export type PublishedData = z.infer<typeof publishedSchema>;
export type CorrectionData = z.infer<typeof correctionSchema>;

export const collections = {
  articles,
  outlets: defineCollection({ loader: dataFileLoader(inRoot('outlets.yaml')), schema: outletSchema }),
  speakers: defineCollection({ loader: dataFileLoader(inRoot('speakers.yaml')), schema: speakerSchema }),
  topics: defineCollection({ loader: dataFileLoader(inRoot('topics.yaml')), schema: topicSchema }),
  events: defineCollection({ loader: dataFileLoader(inRoot('events.yaml')), schema: eventSchema }),
};
