/** Worker thread for src/data/citations.ts: the cite box's styles, formatted off the main thread, a batch at a time. */
import { formatStyles } from '../lib/citation.ts';
import { serveBatches } from './worker-pool.ts';

serveBatches(formatStyles);
