/**
 * The loader of the YAML data collections (outlets, speakers, topics, events). Astro's file()
 * loader only logs a file that is missing, does not parse or is not a list, and an entry
 * without an id, and then builds on with the entries of the last build; this one fails the
 * build, and `npm run build` then shows `npm run check`'s messages for the file.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { entryKey, NOT_A_LIST, parseDataFile, repeatedIds } from '../lib/data-file.ts';

export function dataFileLoader(file: string): Loader {
  return {
    name: 'guarantees-data-file-loader',
    load: async ({ store, parseData, config, logger, watcher }) => {
      // Recorded as file() records it, relative to the project, with forward slashes.
      const filePath = path.relative(fileURLToPath(config.root), file).split(path.sep).join('/');

      async function sync() {
        if (!existsSync(file)) throw new Error(`${file} is missing`);
        let items: unknown[] | null;
        try {
          items = parseDataFile(readFileSync(file, 'utf8'));
        } catch (error) {
          throw new Error(`${file} is not valid YAML: ${(error as Error).message}`);
        }
        if (!items) throw new Error(`${file} ${NOT_A_LIST}`);
        const [repeated] = repeatedIds(items);
        if (repeated) throw new Error(`${file}: "${repeated.id}" is the id of entries ${repeated.first + 1} and ${repeated.index + 1}`);
        const entries = [];
        for (const [index, item] of items.entries()) {
          const id = entryKey(item, index);
          entries.push({ id, data: await parseData({ id, data: item as Record<string, unknown>, filePath: file }), filePath });
        }
        store.clear();
        for (const entry of entries) store.set(entry);
      }

      await sync();
      // `astro dev`: read the file again when it changes; a broken edit is reported and the last good entries kept.
      if (!watcher) return;
      watcher.add(file);
      watcher.on('change', (changed) => {
        if (path.resolve(changed) === path.resolve(file)) sync().catch((error: Error) => logger.error(error.message));
      });
    },
  };
}
