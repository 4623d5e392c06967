/**
 * The loader of the YAML data collections (outlets, speakers, topics, events). Astro's file()
 * loader only logs a file that is missing, does not parse or is not a list, and an entry
 * without an id, and then builds on with the entries of the last build; this one fails the
 * build, and `npm run build` then shows `npm run check`'s messages for the file.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { entryKey, NOT_A_LIST, parseDataFile, repeatedIdMessage, repeatedIds } from '../lib/data-file.ts';

export function dataFileLoader(file: string): Loader {
  return {
    name: 'guarantees-data-file-loader',
    load: async ({ store, parseData, config, logger, watcher }: LoaderContext) => {
      // Recorded as file() records it, relative to the project, with forward slashes.
      const filePath = path.relative(fileURLToPath(config.root), file).split(path.sep).join('/');

      async function read() {
        if (!existsSync(file)) throw new Error('is missing');
        const text = readFileSync(file, 'utf8');
        let items: unknown[] | null;
        try {
          items = parseDataFile(text);
        } catch (error) {
          throw new Error(`is not valid YAML: ${(error as Error).message}`);
        }
        if (!items) throw new Error(NOT_A_LIST);
        const [repeated] = repeatedIds(items);
        if (repeated) throw new Error(`[${repeated.index}].id: ${repeatedIdMessage(repeated)}`);
        const entries = [];
        for (const [index, item] of items.entries()) {
          const id = entryKey(item, index);
          entries.push({ id, data: await parseData({ id, data: item as Record<string, unknown>, filePath: file }), filePath });
        }
        store.clear();
        for (const entry of entries) store.set(entry);
      }
      const sync = () =>
        read().catch((error: Error) => {
          throw new Error(`${file}: ${error.message}`);
        });

      // `astro build`: a file that cannot be read fails the build.
      if (!watcher) return sync();
      // `astro dev`: the file is read again when it changes; a broken file is reported and the
      // last good entries are kept, so the server stays up while the file is mended.
      const report = (error: Error) => logger.error(error.message);
      watcher.add(file);
      const reload = (changed: string) => void (path.resolve(changed) === path.resolve(file) && sync().catch(report));
      watcher.on('change', reload);
      watcher.on('add', reload);
      await sync().catch(report);
    },
  };
}
