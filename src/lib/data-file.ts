/**
 * A YAML data file (outlets, speakers, topics, events) read as a list of entries, by js-yaml as
 * Astro reads YAML. One reading for `npm run check` and for the build's loader of these
 * collections (src/data/data-file-loader.ts), so both refuse the same files.
 */
import yaml from 'js-yaml';

export const NOT_A_LIST = 'must be a YAML list of entries';

/** The file's entries, or null when it is not a list; throws js-yaml's YAMLException when it does not parse. */
export function parseDataFile(text: string): unknown[] | null {
  const items = yaml.load(text);
  return Array.isArray(items) ? items : null;
}

/** An entry's id as the schema reads it: trimmed. */
const idOf = (item: unknown): string | null => {
  const id = (item as { id?: unknown } | null)?.id;
  return typeof id === 'string' ? id.trim() : null;
};

/** How messages name an entry: its id, or its place in the list when it has none. */
export const entryKey = (item: unknown, index: number): string => idOf(item) ?? `[${index}]`;

export interface RepeatedId {
  id: string;
  index: number;
  /** The earlier entry with the same id. */
  first: number;
}

/** What `npm run check` and the loader say of a repeated id, under its field `[index].id`. */
export const repeatedIdMessage = ({ id, first }: RepeatedId) => `"${id}" is also the id of [${first}]: every entry needs its own id`;

/** Entries whose id an earlier entry already has (the later one would silently replace it). */
export function repeatedIds(items: unknown[]): RepeatedId[] {
  const seen = new Map<string, number>();
  return items.flatMap((item, index) => {
    const id = idOf(item);
    if (id === null) return [];
    const first = seen.get(id);
    if (first === undefined) seen.set(id, index);
    return first === undefined ? [] : [{ id, index, first }];
  });
}
