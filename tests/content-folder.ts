/**
 * Reads a content folder as plain YAML and MDX, without Astro, so tests can check the
 * real articles against their captures and run the integrity rules on them directly.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import type { ArchiveInput, ArticleInput, ClaimInput, EventInput } from '../src/lib/integrity.ts';

export interface RawArticle {
  id: string;
  file: string;
  frontmatter: Record<string, any>;
  body: string;
}

export function readArticles(contentRoot: string): RawArticle[] {
  const dir = path.join(contentRoot, 'articles');
  return readdirSync(dir)
    .filter((name) => name.endsWith('.mdx'))
    .sort()
    .map((name) => {
      const source = readFileSync(path.join(dir, name), 'utf8');
      const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(source);
      if (!match) throw new Error(`${name}: no frontmatter`);
      return {
        id: name.replace(/\.mdx$/, ''),
        file: path.join(dir, name),
        frontmatter: yaml.load(match[1]) as Record<string, any>,
        body: match[2].trim(),
      };
    });
}

function readYaml(contentRoot: string, name: string): any[] {
  return yaml.load(readFileSync(path.join(contentRoot, name), 'utf8')) as any[];
}

export function readArchive(contentRoot: string): ArchiveInput {
  const articles: ArticleInput[] = readArticles(contentRoot).map(({ id, file, frontmatter, body }) => ({
    id,
    file,
    body,
    date: frontmatter.date,
    outlet: frontmatter.outlet,
    speaker: frontmatter.speaker,
    event: frontmatter.event,
    capture: frontmatter.source.capture,
    claims: (frontmatter.claims ?? []) as ClaimInput[],
  }));
  const events: EventInput[] = readYaml(contentRoot, 'events.yaml').map((event) => ({
    ...event,
    context: event.context ?? false,
    file: path.join(contentRoot, 'events.yaml'),
  }));
  const ids = (name: string) => readYaml(contentRoot, name).map((entry) => entry.id as string);
  const capturesDir = path.join(contentRoot, 'captures');
  return {
    articlesDir: path.join(contentRoot, 'articles'),
    capturesDir,
    captures: readdirSync(capturesDir),
    articles,
    events,
    outlets: ids('outlets.yaml'),
    speakers: ids('speakers.yaml'),
    topics: ids('topics.yaml'),
  };
}
