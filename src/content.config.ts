/**
 * The one schema of the archive. zod checks the shape of each entry here; the rules that
 * span fields and entries (quotes found in the text, references that resolve, one claim id
 * meaning one claim) are in src/lib/integrity.ts and fail the build as well.
 */
import path from 'node:path';
import { defineCollection, reference } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { resolveContentRoot } from './lib/content-root.ts';

const contentRoot = resolveContentRoot(process.cwd());
const inRoot = (name: string) => path.join(contentRoot, name);

const calendarDate = z.iso.date({ error: 'must be a real date written "YYYY-MM-DD", in quotes' });
/** Events are dated only as precisely as the articles allow: a year, a month or a day. */
const partialDate = z.union([calendarDate, z.string().regex(/^\d{4}(-(0[1-9]|1[0-2]))?$/)], {
  error: 'must be a real date written "YYYY", "YYYY-MM" or "YYYY-MM-DD", in quotes',
});
const text = z.string().trim().min(1);
/** How a value not stated in the capture was established; absent keys were stated. */
const inferredNote = text.optional();

const quote = z.strictObject({
  /** Verbatim from the article text; whitespace may differ, nothing else. */
  text,
  /** Direct speech (in the outlet's quotation marks) or the outlet's paraphrase. */
  form: z.enum(['direct', 'paraphrase']),
});

const claim = z.strictObject({
  /** Stable: it is the claim's permalink, and every outlet reporting the statement uses it. */
  id: text,
  /** Defaults to the article's speaker. */
  speaker: reference('speakers').optional(),
  /** A neutral one-line summary, the same wherever the claim id appears. */
  summary: text,
  topics: z.array(reference('topics')).min(1),
  /** Defaults to the article's event; null when the article does not say when it was said. */
  event: reference('events').nullable().optional(),
  /** The claim this one answers, e.g. NATO's reply to "not an inch". */
  respondsTo: text.optional(),
  quotes: z.array(quote).min(1),
});

const articles = defineCollection({
  // The id is the file name: it is the article's permalink, so it is never derived from the title.
  loader: glob({
    pattern: '**/*.mdx',
    base: inRoot('articles'),
    generateId: ({ entry }) => entry.replace(/\.mdx$/, ''),
  }),
  schema: z.strictObject({
    title: text,
    standfirst: text.optional(),
    /** null: the capture does not name the outlet; the key itself is required. */
    outlet: z.union([reference('outlets'), z.null()], {
      error: 'is required: an outlet id, or null when the capture names no outlet',
    }),
    /** null: the capture names no author. */
    author: text.nullable(),
    /** Publication date. */
    date: calendarDate,
    /** The place (and date) line the outlet opens with, as printed; null if it has none. */
    dateline: text.nullable(),
    /** The main speaker; claims may name others. */
    speaker: reference('speakers'),
    /** The occasion of the statements; null if the article does not say. */
    event: reference('events').nullable(),
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
        dateline: inferredNote,
        speaker: inferredNote,
        event: inferredNote,
        author: inferredNote,
      })
      .default({}),
    /** Editorial notes on how the text was kept. */
    notes: text.optional(),
    /** Page chrome taken out of the capture, verbatim, so the cleaning can be checked. */
    removed: z.array(z.strictObject({ kind: text, text })).default([]),
    claims: z.array(claim).default([]),
  }),
});

const outlets = defineCollection({
  loader: file(inRoot('outlets.yaml')),
  schema: z.strictObject({
    id: text,
    name: text,
    country: text.nullable(),
    kind: z.enum(['news agency', 'news website', 'newspaper', 'broadcaster']),
    homepage: z.url().nullable(),
  }),
});

const speakers = defineCollection({
  loader: file(inRoot('speakers.yaml')),
  schema: z.strictObject({
    id: text,
    name: text,
    kind: z.enum(['person', 'organisation', 'government']),
    /** Role at the time of the statements (December 2021 to February 2022). */
    role: text,
  }),
});

const topics = defineCollection({
  loader: file(inRoot('topics.yaml')),
  schema: z.strictObject({ id: text, name: text, description: text }),
});

const events = defineCollection({
  loader: file(inRoot('events.yaml')),
  schema: z.strictObject({
    id: text,
    date: partialDate,
    /** Background mentioned by the articles, before the period the archive covers. */
    context: z.boolean().default(false),
    title: text,
    /** The passages that report the event: text found verbatim in the article. */
    citations: z.array(z.strictObject({ article: reference('articles'), text })).min(1),
  }),
});

export const collections = { articles, outlets, speakers, topics, events };
