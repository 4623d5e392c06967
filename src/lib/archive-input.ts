/**
 * From entries as the schema parsed them to the plain data the integrity rules and views take.
 * One mapping for the Astro build (src/data/archive.ts) and for `npm run check`, which reads the
 * files itself, so both check exactly the same thing.
 */
import type { ArticleData, EventData } from '../content.config.ts';
import type { ArticleInput, EventInput } from './archive-types.ts';

export interface ArticleEntry {
  id: string;
  /** As shown in messages. */
  file: string;
  data: ArticleData;
  body: string;
  captureText: string | null;
}

export function articleInput({ id, file, data, body, captureText }: ArticleEntry): ArticleInput {
  return {
    id,
    file,
    body,
    title: data.title,
    standfirst: data.standfirst ?? null,
    date: data.date,
    dateAsPrinted: data.dateAsPrinted ?? null,
    dateline: data.dateline,
    outlet: data.outlet,
    author: data.author,
    speaker: data.speaker,
    event: data.event,
    capture: data.source.capture,
    captureText,
    inferred: Object.fromEntries(Object.entries(data.inferred).filter((entry): entry is [string, string] => Boolean(entry[1]))),
    removed: data.removed,
    slips: data.slips,
    completeness: data.completeness,
    notes: data.notes ?? null,
    rewordedFrom: data.rewordedFrom ?? null,
    claims: data.claims,
  };
}

export function eventInput(data: EventData, file: string): EventInput {
  return { id: data.id, file, date: data.date, context: data.context, title: data.title, inferred: data.inferred, note: data.note ?? null, citations: data.citations };
}
