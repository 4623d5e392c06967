/** Worker thread for src/data/citations.ts: the cite box's styles, formatted off the main thread. */
import { formatStyles } from '../lib/citation.ts';
import type { CslItem } from '../lib/citation-files.ts';
import { serveJobs } from './worker-pool.ts';

export interface StyleJob {
  item: CslItem;
  caveats: string[];
}

serveJobs(({ item, caveats }: StyleJob) => formatStyles(item, caveats));
