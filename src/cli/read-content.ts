/**
 * Reads a content folder from disk without Astro: frontmatter and YAML parsed as Astro parses
 * them (js-yaml), each entry checked against the schema of src/content.config.ts, then mapped
 * to the plain data the integrity rules take. `npm run check` and the tests use it.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import type { z } from 'astro/zod';
import { articleSchema, correctionSchema, eventSchema, outletSchema, publishedSchema, speakerSchema, topicSchema, type ArticleData, type EventData } from '../content.config.ts';
import { articleInput, eventInput, type ArticleEntry } from '../lib/archive-input.ts';
import type { ArchiveInput, Problem } from '../lib/archive-types.ts';
import { parseArticleFile } from '../lib/article-file.ts';
import { entryKey, NOT_A_LIST, parseDataFile, repeatedIdMessage, repeatedIds } from '../lib/data-file.ts';
import { schemaMessage, type SchemaName } from '../lib/schema-messages.ts';

export interface ContentRead {
  archive: ArchiveInput;
  /** Entries that do not match the schema, by file and field. */
  schemaProblems: Problem[];
  /** The text of every file read, by the path shown in messages, for positions. */
  sources: Map<string, string>;
  articles: ArticleEntry[];
  events: EventData[];
}

/** Paths as an editor would type them: relative inside the working folder, else absolute. */
export function shownPath(file: string): string {
  const relative = path.relative(process.cwd(), path.resolve(file));
  return relative.startsWith('..') ? path.resolve(file) : relative;
}

/** A zod issue path as a field: ["claims", 0, "quotes", 1] → "claims[0].quotes[1]". */
export function fieldOf(issuePath: PropertyKey[]): string {
  return issuePath.reduce<string>((field, key) => (typeof key === 'number' ? `${field}[${key}]` : field ? `${field}.${String(key)}` : String(key)), '');
}

function schemaProblems(file: string, schema: SchemaName, error: z.ZodError, prefix = ''): Problem[] {
  return error.issues.flatMap((issue) => {
    const base = fieldOf(issue.path);
    const join = (field: string) => [prefix, field].filter(Boolean).join('.');
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({ file, field: join(base ? `${base}.${key}` : key), message: 'is not a field of the schema (misspelt, or in the wrong place?)' }));
    }
    return [{ file, field: join(base), message: schemaMessage(schema, base, issue) }];
  });
}

/** YAML that does not parse, as a problem at the line and column js-yaml points at. */
function yamlProblem(file: string, error: unknown, firstLine = 1): Problem {
  if (!(error instanceof yaml.YAMLException)) throw error;
  const { line, column } = error.mark ?? { line: 0, column: 0 };
  return { file, field: '', message: `is not valid YAML: ${error.reason}`, position: { line: firstLine + line, column: column + 1 } };
}

/** An article file's frontmatter and body, or the problem that stops it being read. */
function readArticleFile(file: string, source: string): { data: unknown; body: string } | Problem {
  try {
    return parseArticleFile(source) ?? { file, field: '', message: 'has no YAML frontmatter between --- lines at its top' };
  } catch (error) {
    return yamlProblem(file, error, 2);
  }
}

export function readContent(contentRoot: string): ContentRead {
  const sources = new Map<string, string>();
  const problems: Problem[] = [];
  const read = (file: string) => {
    const text = readFileSync(file, 'utf8');
    sources.set(shownPath(file), text);
    return text;
  };

  function readData<T>(name: string, schemaName: SchemaName, schema: z.ZodType<T>): T[] {
    const file = path.join(contentRoot, name);
    const shown = shownPath(file);
    if (!existsSync(file) || !statSync(file).isFile()) {
      problems.push({ file: shown, field: '', message: existsSync(file) ? 'is not a file' : 'is missing' });
      return [];
    }
    let items: unknown[] | null;
    try {
      items = parseDataFile(read(file));
    } catch (error) {
      problems.push(yamlProblem(shown, error));
      return [];
    }
    if (!items) {
      problems.push({ file: shown, field: '', message: NOT_A_LIST });
      return [];
    }
    for (const repeated of repeatedIds(items)) problems.push({ file: shown, field: `[${repeated.index}].id`, message: repeatedIdMessage(repeated) });
    return items.flatMap((item, i) => {
      const parsed = schema.safeParse(item, { reportInput: true });
      if (parsed.success) return [parsed.data];
      problems.push(...schemaProblems(shown, schemaName, parsed.error, entryKey(item, i)));
      return [];
    });
  }

  const outlets = readData('outlets.yaml', 'outlets', outletSchema);
  const speakers = readData('speakers.yaml', 'speakers', speakerSchema);
  const topics = readData('topics.yaml', 'topics', topicSchema);
  const events = readData('events.yaml', 'events', eventSchema);
  const published = readData('published.yaml', 'published', publishedSchema);
  const corrections = readData('corrections.yaml', 'corrections', correctionSchema);

  const articlesDir = path.join(contentRoot, 'articles');
  const capturesDir = path.join(contentRoot, 'captures');
  const articles: ArticleEntry[] = [];
  const unchecked = { articles: [] as string[], captures: [] as string[], claims: [] as string[] };
  const names = existsSync(articlesDir) ? readdirSync(articlesDir).filter((name) => name.endsWith('.mdx')).sort() : [];
  for (const name of names) {
    const file = path.join(articlesDir, name);
    const shown = shownPath(file);
    const parsedFile = readArticleFile(shown, read(file));
    if ('message' in parsedFile) {
      problems.push(parsedFile);
      unchecked.articles.push(name.replace(/\.mdx$/, ''));
      continue;
    }
    const parsed = articleSchema.safeParse(parsedFile.data, { reportInput: true });
    if (!parsed.success) {
      problems.push(...schemaProblems(shown, 'articles', parsed.error));
      // What the article would have supplied, as far as its raw data says, so other rules stay quiet about it.
      const raw = parsedFile.data as { source?: { capture?: unknown }; claims?: { id?: unknown }[] };
      unchecked.articles.push(name.replace(/\.mdx$/, ''));
      if (typeof raw.source?.capture === 'string') unchecked.captures.push(raw.source.capture);
      for (const claim of Array.isArray(raw.claims) ? raw.claims : []) if (typeof claim?.id === 'string') unchecked.claims.push(claim.id);
      continue;
    }
    const data: ArticleData = parsed.data;
    const capture = path.join(capturesDir, data.source.capture);
    articles.push({ id: name.replace(/\.mdx$/, ''), file: shown, data, body: parsedFile.body, captureText: existsSync(capture) ? readFileSync(capture, 'utf8') : null });
  }

  const eventsFile = shownPath(path.join(contentRoot, 'events.yaml'));
  return {
    archive: {
      articlesDir: shownPath(articlesDir),
      capturesDir: shownPath(capturesDir),
      captures: existsSync(capturesDir) ? readdirSync(capturesDir).filter((name) => name.endsWith('.txt')).sort() : [],
      articles: articles.map(articleInput),
      outlets: outlets.map((o) => ({ id: o.id, name: o.name })),
      speakers: speakers.map((s) => ({ id: s.id, name: s.name, shortName: s.shortName })),
      topics: topics.map((t) => t.id),
      events: events.map((e) => eventInput(e, eventsFile)),
      record: {
        publishedFile: shownPath(path.join(contentRoot, 'published.yaml')),
        published,
        correctionsFile: shownPath(path.join(contentRoot, 'corrections.yaml')),
        corrections,
      },
      unchecked,
    },
    schemaProblems: problems,
    sources,
    articles,
    events,
  };
}
