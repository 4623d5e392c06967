/**
 * The one place pages get content from. It loads every collection, runs the integrity
 * rules and throws when any is broken, so no page of a broken archive is ever built.
 */
import path from 'node:path';
import { getCollection, type CollectionEntry } from 'astro:content';
import { resolveContentRoot } from '../lib/content-root.ts';
import { checkIntegrity, formatProblem, type ArchiveInput } from '../lib/integrity.ts';

export type Article = CollectionEntry<'articles'>;

export interface Archive {
  articles: Article[];
  outlets: CollectionEntry<'outlets'>[];
  speakers: CollectionEntry<'speakers'>[];
  topics: CollectionEntry<'topics'>[];
  events: CollectionEntry<'events'>[];
}

export class ContentIntegrityError extends Error {
  constructor(problems: string[]) {
    super(`Content failed ${problems.length} integrity check(s):\n${problems.join('\n')}`);
    this.name = 'ContentIntegrityError';
  }
}

/** Paths in messages are as an editor would type them: relative inside the project, else absolute. */
function shown(filePath: string | undefined, fallback: string): string {
  if (!filePath) return fallback;
  const relative = path.relative(process.cwd(), path.resolve(filePath));
  return relative.startsWith('..') ? path.resolve(filePath) : relative;
}

function toIntegrityInput(archive: Archive): ArchiveInput {
  const contentRoot = resolveContentRoot(process.cwd());
  return {
    articlesDir: shown(path.join(contentRoot, 'articles'), 'articles'),
    articles: archive.articles.map((entry) => ({
      id: entry.id,
      file: shown(entry.filePath, `articles/${entry.id}.mdx`),
      body: entry.body ?? '',
      date: entry.data.date,
      outlet: entry.data.outlet?.id ?? null,
      speaker: entry.data.speaker.id,
      event: entry.data.event?.id ?? null,
      claims: entry.data.claims.map((claim) => ({
        ...claim,
        speaker: claim.speaker?.id,
        topics: claim.topics.map((topic) => topic.id),
        event: claim.event === undefined ? undefined : (claim.event?.id ?? null),
      })),
    })),
    outlets: archive.outlets.map((entry) => entry.id),
    speakers: archive.speakers.map((entry) => entry.id),
    topics: archive.topics.map((entry) => entry.id),
    events: archive.events.map((entry) => ({
      id: entry.id,
      file: shown(entry.filePath, 'events'),
      date: entry.data.date,
      context: entry.data.context,
      citations: entry.data.citations.map((c) => ({ article: c.article.id, text: c.text })),
    })),
  };
}

async function load(): Promise<Archive> {
  const archive: Archive = {
    articles: await getCollection('articles'),
    outlets: await getCollection('outlets'),
    speakers: await getCollection('speakers'),
    topics: await getCollection('topics'),
    events: await getCollection('events'),
  };
  const today = new Date().toISOString().slice(0, 10);
  const problems = checkIntegrity(toIntegrityInput(archive), today);
  if (problems.length > 0) throw new ContentIntegrityError(problems.map(formatProblem));
  archive.articles.sort((a, b) => a.data.date.localeCompare(b.data.date) || a.id.localeCompare(b.id));
  return archive;
}

let loaded: Promise<Archive> | undefined;

/** Loaded and checked once per build, however many pages ask. */
export function getArchive(): Promise<Archive> {
  loaded ??= load();
  return loaded;
}
