/**
 * Each article's and claim's citations. The files a reference manager imports (BibTeX, RIS,
 * CSL-JSON) are written at once; the cite box's formatted styles cost citeproc milliseconds an
 * item, so they are formatted once per item, in worker threads while pages render, in the order
 * pages ask for them (articles, then claims), and kept in Astro's cache folder between builds,
 * keyed by the item and the code and packages that format it.
 */
import { createHash } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { articleCsl, claimCsl, type Citations, type FormattedStyles, type StyleJob } from '../lib/citation.ts';
import { citationFiles, type CslItem } from '../lib/citation-files.ts';
import { BUILD_CACHE_DIR, codeVersion } from './build-cache.ts';
import { runInWorkers } from './worker-pool.ts';
import { citedArticle, citedClaim, type Archive } from './archive.ts';

const projectRoot = process.cwd();
const WORKER = path.join(projectRoot, 'src', 'data', 'citation-worker.ts');
const CACHE = path.join(BUILD_CACHE_DIR, 'citation-styles.json');
/** Items per message, each message one bibliography per style: few, so the first pages do not wait long for theirs. */
const BATCH = 25;
/**
 * One worker fewer than the cores: the main thread renders pages meanwhile and is the build's
 * slowest thread (with a worker on every core, 5,000 articles' pages took 4 s longer). Each
 * worker holds 40 batches, some 1.5 s of work, longer than the main thread goes without a moment
 * to send the next (a route's getStaticPaths).
 */
const POOL = { batchSize: BATCH, workers: availableParallelism() - 1, queued: 40 };

interface Entry extends StyleJob {
  key: string;
}

/** What the formatted styles depend on besides the item: the formatting code and the installed packages. */
const formatterVersion = () => codeVersion(projectRoot, [path.join('src', 'lib', 'citation.ts')]);

function readCache(): Map<string, FormattedStyles> {
  try {
    return new Map(Object.entries(JSON.parse(readFileSync(CACHE, 'utf8')) as Record<string, FormattedStyles>));
  } catch {
    return new Map();
  }
}

/** Every entry's styles: from the cache, or formatted in worker threads; the cache is rewritten when all are in. */
function formatAll(entries: Entry[]): Map<string, Promise<FormattedStyles>> {
  const cached = readCache();
  const unique = [...new Map(entries.map((entry) => [entry.key, entry])).values()];
  const missing = unique.filter((entry) => !cached.has(entry.key));
  const formatted = runInWorkers<StyleJob, FormattedStyles>(WORKER, missing.map(({ item, caveats, revised }) => ({ item, caveats, revised })), POOL);
  const promises = new Map<string, Promise<FormattedStyles>>([
    ...unique.filter((entry) => cached.has(entry.key)).map((entry) => [entry.key, Promise.resolve(cached.get(entry.key)!)] as const),
    ...missing.map((entry, i) => [entry.key, formatted[i]] as const),
  ]);
  if (missing.length > 0) {
    // Only what this build uses is kept, so the cache does not grow without end.
    void Promise.all(unique.map(async (entry) => [entry.key, await promises.get(entry.key)!] as const)).then((all) => {
      mkdirSync(path.dirname(CACHE), { recursive: true });
      writeFileSync(CACHE, JSON.stringify(Object.fromEntries(all)));
    }).catch((error: unknown) => {
      // The pages awaiting these fail the build themselves; an unwritten cache only costs the next build time.
      console.warn(`citation cache not written: ${String(error)}`);
    });
  }
  return promises;
}

/** A page's citation record, made once per build: the item every format is made from, and its formatted styles. */
interface PageCitation {
  item: CslItem;
  caveats: string[];
  revised: string;
  styles: Promise<FormattedStyles>;
}
type CitedKind = 'articles' | 'claims';

const pagesByArchive = new WeakMap<Archive, Map<string, PageCitation>>();

/**
 * Every article's and claim's citation record, by page key, made once per build; their styles
 * start formatting the first time it is asked for. Citeproc is the longest job of a build:
 * routes ask from getStaticPaths, so it runs while Astro collects the other routes' paths.
 */
export function pageCitations(archive: Archive): Map<string, PageCitation> {
  let byPage = pagesByArchive.get(archive);
  if (!byPage) {
    const version = formatterVersion();
    const records = [
      ...archive.articles.map((article) => [`articles/${article.id}`, record(citedArticle(archive, article), articleCsl)] as const),
      ...archive.claims.map((claim) => [`claims/${claim.id}`, record(citedClaim(archive, claim), claimCsl)] as const),
    ];
    const entries = records.map(([, { item, caveats, revised }]) => ({ item, caveats, revised, key: createHash('sha256').update(version).update(JSON.stringify([item, caveats, revised])).digest('hex') }));
    const styles = formatAll(entries);
    byPage = new Map(records.map(([page, found], i) => [page, { ...found, styles: styles.get(entries[i].key)! }]));
    pagesByArchive.set(archive, byPage);
  }
  return byPage;
}

function record<T extends { caveats: string[]; revised: string }>(cited: T, toCsl: (cited: T) => CslItem) {
  return { item: toCsl(cited), caveats: cited.caveats, revised: cited.revised };
}

const pageCitation = (archive: Archive, kind: CitedKind, id: string) => pageCitations(archive).get(`${kind}/${id}`)!;

/** Every article's, or every claim's, citation item, in the archive's order: the whole bibliography. */
export const citationItems = (archive: Archive, kind: CitedKind): CslItem[] => archive[kind].map(({ id }) => pageCitation(archive, kind, id).item);

export async function citationsOf(archive: Archive, kind: CitedKind, id: string): Promise<Citations> {
  const { item, styles } = pageCitation(archive, kind, id);
  return { ...(await styles), ...citationFiles(item) };
}
