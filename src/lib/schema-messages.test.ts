import { describe, expect, it } from 'vitest';
import type { z } from 'astro/zod';
import { articleSchema, correctionSchema, eventSchema, outletSchema, publishedSchema, speakerSchema, topicSchema } from '../content.config.ts';
import { fieldPattern, schemaMessage, WHAT_TO_WRITE, type SchemaName } from './schema-messages.ts';

const SCHEMAS: Record<SchemaName, z.ZodType> = {
  articles: articleSchema,
  outlets: outletSchema,
  speakers: speakerSchema,
  topics: topicSchema,
  events: eventSchema,
  published: publishedSchema,
  corrections: correctionSchema,
};

/** Every field path of a schema, list positions as "[]", as zod's own definitions give them. */
function fieldsOf(schema: z.ZodType, prefix = ''): string[] {
  const def = (schema as unknown as { _zod: { def: { type: string; innerType?: z.ZodType; element?: z.ZodType; shape?: Record<string, z.ZodType>; options?: z.ZodType[] } } })._zod.def;
  if (def.innerType) return fieldsOf(def.innerType, prefix);
  if (def.type === 'array') return [prefix, ...fieldsOf(def.element!, `${prefix}[]`)];
  if (def.type === 'object') return [prefix, ...Object.entries(def.shape!).flatMap(([key, field]) => fieldsOf(field, prefix ? `${prefix}.${key}` : key))];
  return [prefix];
}

/** The messages `npm run check` gives for an entry, by field. */
function messages(schema: SchemaName, entry: unknown): string[] {
  const parsed = SCHEMAS[schema].safeParse(entry, { reportInput: true });
  if (parsed.success) return [];
  return parsed.error.issues.map((issue) => {
    const field = issue.path.reduce<string>((f, key) => (typeof key === 'number' ? `${f}[${key}]` : f ? `${f}.${String(key)}` : String(key)), '');
    return `${field}: ${schemaMessage(schema, field, issue)}`;
  });
}

const ARTICLE = {
  title: 'T',
  outlet: null,
  author: null,
  date: '2021-12-23',
  dateline: null,
  speaker: 'vladimir-putin',
  event: null,
  source: { capture: '005_ab.txt', url: null },
  completeness: { status: 'complete', basis: 'From the title to the comment form.' },
  claims: [{ id: 'c', quotes: [{ text: 'q', form: 'direct' }] }],
};

describe('schema problems in the editor’s words', () => {
  it.each(Object.keys(SCHEMAS) as SchemaName[])('say what to write for every field of the %s schema', (schema) => {
    const fields = [...new Set(fieldsOf(SCHEMAS[schema]))];
    expect(fields.filter((field) => WHAT_TO_WRITE[schema][field] === undefined)).toEqual([]);
    expect(Object.keys(WHAT_TO_WRITE[schema]).filter((field) => !fields.includes(field))).toEqual([]);
  });

  it('a valid article has none', () => {
    expect(messages('articles', ARTICLE)).toEqual([]);
  });

  it.each([
    ['an emptied inferred: (null)', { inferred: null }, /^inferred: is empty \(null\): write under it a note for each of date, outlet and author the capture does not print, and for event/],
    ['an emptied inference note', { inferred: { outlet: null } }, /^inferred\.outlet: is empty \(null\): write how the outlet was established, as text/],
    ['a missing title', { title: undefined }, /^title: is missing: write the headline as printed in the capture, in quotes$/],
    ['an empty title', { title: '  ' }, /^title: is empty: write the headline/],
    ['a quote form not allowed', { claims: [{ id: 'c', quotes: [{ text: 'q', form: 'indirect' }] }] }, /^claims\[0\]\.quotes\[0\]\.form: is "indirect", not one of the values allowed: write direct \(in the outlet’s quotation marks\) or paraphrase$/],
    ['a claim without quotes', { claims: [{ id: 'c', quotes: [] }] }, /^claims\[0\]\.quotes: needs at least 1 item\(s\): write a list of \{ text, form \}/],
    ['an original address that is not one', { source: { capture: '005_ab.txt', url: 'www.example' } }, /^source\.url: is "www\.example", not an address: write the original address \(https:\/\/…\) only if it is known, else null$/],
    ['completeness left out', { completeness: undefined }, /^completeness: is missing: write status: complete, incomplete or unknown, and basis: /],
    ['a completeness status not allowed', { completeness: { status: 'whole', basis: 'b' } }, /^completeness\.status: is "whole", not one of the values allowed: write complete \(the capture holds the whole text\), incomplete/],
  ])('%s', (_, edit, expected) => {
    const found = messages('articles', { ...ARTICLE, ...edit });
    expect(found).toEqual([expect.stringMatching(expected)]);
    expect(found.join('\n')).not.toMatch(/Invalid|Too small|expected \w+, received/);
  });

  it('keep a message the schema words itself, which already names the fix', () => {
    expect(messages('articles', { ...ARTICLE, date: '2021-12-32' })).toEqual(['date: must be a real date written "YYYY-MM-DD", in quotes']);
  });

  it('name the allowed values of a data file’s field', () => {
    const outlet = { id: 'o', name: 'O', country: null, kind: 'blog', homepage: null, basis: 'b' };
    expect(messages('outlets', outlet)).toEqual(['kind: is "blog", not one of the values allowed: write news agency, news website, newspaper or broadcaster']);
  });

  it('match a field at any list position', () => {
    expect(fieldPattern('claims[12].quotes[0].form')).toBe('claims[].quotes[].form');
  });
});
