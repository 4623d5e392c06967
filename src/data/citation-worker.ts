/** Worker thread for src/data/citations.ts: the cite box's styles, formatted off the main thread. */
import { formatStyles, type CslItem } from '../lib/citation.ts';
import { serveJobs } from './worker-pool.ts';

export interface StyleJob {
  item: CslItem;
  caveats: string[];
}

serveJobs(({ item, caveats }: StyleJob) => formatStyles(item, caveats));
