/**
 * An article file split as Astro splits MDX: the YAML frontmatter between `---` lines, parsed
 * by js-yaml, and the body after it, trimmed. One reading for `npm run check` and for the
 * build's content loader, so both see the same data and the same body.
 */
import yaml from 'js-yaml';
import { frontmatterBounds } from './source-positions.ts';

/** null when the file has no frontmatter; throws js-yaml's YAMLException when it does not parse. */
export function parseArticleFile(source: string): { data: unknown; body: string } | null {
  const bounds = frontmatterBounds(source);
  if (!bounds) return null;
  return { data: yaml.load(source.slice(bounds.yamlStart, bounds.yamlEnd)) ?? {}, body: source.slice(bounds.bodyStart).trim() };
}
