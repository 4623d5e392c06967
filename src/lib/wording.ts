/**
 * What the archive says in its own voice, field by field, and how that may change once
 * published: only through a correction on record. The outlets' words are guarded by the
 * permalink manifest; this guards the archive's: claim summaries and notes, who said a thing
 * and when, what answers what, event titles and dates, and what the archive established about
 * each article. content/published.yaml holds each entry's wording as first published;
 * content/corrections.yaml every change since, so each field's history can be read back.
 */
import type { ArchiveInput, CorrectionInput, PublishedEntry } from './archive-types.ts';
import type { ClaimDefinition } from './claims.ts';

/** The entries of the archive that speak in its own voice, as `claims/<id>` and the like. */
export type EntryKind = 'claims' | 'events' | 'articles';
export const entryKey = (kind: EntryKind, id: string) => `${kind}/${id}`;
export function parseEntryKey(key: string): { kind: EntryKind; id: string } {
  const [kind, id] = key.split('/') as [EntryKind, string];
  return { kind, id };
}

/** The fields guarded in each kind of entry, as the paths messages and corrections name them. */
export const GUARDED_FIELDS: Record<EntryKind, RegExp> = {
  claims: /^(summary|note|speaker|event|respondsTo|disputes|topics)$/,
  events: /^(title|date|note|inferred\.date)$/,
  articles: /^(outlet|author|date|dateAsPrinted|dateline|speaker|event|inferred\.[a-z]+|completeness\.(status|basis)|notes|rewordedFrom\.(report|evidence)|slips\[\d+\]\.(text|note))$/,
};

/** One entry's wording now, with where it is written, for messages. */
export interface EntryWording {
  key: string;
  /** The file the entry is written in. */
  file: string;
  /** Field path → wording; a field without a value is absent. */
  fields: Record<string, string>;
  /** A field's path within the file. */
  at: (field: string) => string;
}

/** Only fields with a value: null, undefined and empty lists are "no wording". */
function present(fields: Record<string, string | null | undefined>): Record<string, string> {
  return Object.fromEntries(Object.entries(fields).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
}

/** Every entry's wording as the archive publishes it now: claims as defined (inheritance resolved). */
export function ownWording(archive: ArchiveInput, definitions: Map<string, ClaimDefinition>): Map<string, EntryWording> {
  const entries: EntryWording[] = [];
  for (const [id, { article, index, meaning }] of definitions) {
    entries.push({
      key: entryKey('claims', id),
      file: article.file,
      fields: present({
        summary: meaning.summary,
        note: meaning.note,
        speaker: meaning.speaker,
        event: meaning.event,
        respondsTo: meaning.respondsTo,
        disputes: meaning.disputes,
        topics: meaning.topics.length ? meaning.topics.join(', ') : null,
      }),
      at: (field) => `claims[${index}].${field}`,
    });
  }
  for (const event of archive.events) {
    entries.push({
      key: entryKey('events', event.id),
      file: event.file,
      fields: present({ title: event.title, date: event.date, note: event.note, 'inferred.date': event.inferred.date }),
      at: (field) => `${event.id}.${field}`,
    });
  }
  for (const article of archive.articles) {
    entries.push({
      key: entryKey('articles', article.id),
      file: article.file,
      fields: present({
        outlet: article.outlet,
        author: article.author,
        date: article.date,
        dateAsPrinted: article.dateAsPrinted,
        dateline: article.dateline,
        speaker: article.speaker,
        event: article.event,
        ...Object.fromEntries(Object.entries(article.inferred).map(([key, how]) => [`inferred.${key}`, how])),
        'completeness.status': article.completeness.status,
        'completeness.basis': article.completeness.basis,
        notes: article.notes,
        'rewordedFrom.report': article.rewordedFrom?.report,
        'rewordedFrom.evidence': article.rewordedFrom?.evidence,
        ...Object.fromEntries(article.slips.flatMap((slip, i) => [[`slips[${i}].text`, slip.text], [`slips[${i}].note`, slip.note]])),
      }),
      at: (field) => field,
    });
  }
  return new Map(entries.map((entry) => [entry.key, entry]));
}

/** A field's history: the corrections of one entry's field, in the order recorded. */
export const correctionsOf = (corrections: CorrectionInput[], entry: string, field: string) =>
  corrections.filter((c) => c.entry === entry && c.field === field);

/** The withdrawal of a whole entry, if it was withdrawn. */
export const retractionOf = (corrections: CorrectionInput[], entry: string) =>
  corrections.find((c) => c.entry === entry && c.field === undefined && c.kind === 'retraction');

export interface FieldHistory {
  /** The wording after every correction that follows on from the last. */
  value: string | null;
  /** The first correction whose `previous` is not the wording it corrects, if any. */
  broken?: { correction: CorrectionInput; expected: string | null };
}

/** A field's wording as published, then as each correction left it. */
export function fieldHistory(published: string | null, corrections: CorrectionInput[]): FieldHistory {
  let value = published;
  for (const correction of corrections) {
    if (correction.previous !== value) return { value, broken: { correction, expected: value } };
    value = correction.now;
  }
  return { value };
}

/** Every field named by the published entry, the entry now, or a correction. */
export function fieldsOf(published: PublishedEntry, now: EntryWording | undefined, corrections: CorrectionInput[]): string[] {
  const named = corrections.filter((c) => c.entry === published.id && c.field !== undefined).map((c) => c.field!);
  return [...new Set([...Object.keys(published.fields), ...Object.keys(now?.fields ?? {}), ...named])];
}

/** The wording of entries not yet on record, to add to it as published on `today`; the record only grows. */
export function newlyPublished(record: PublishedEntry[], wording: Map<string, EntryWording>, today: string): PublishedEntry[] {
  const known = new Set(record.map((entry) => entry.id));
  return [...wording.values()].filter((entry) => !known.has(entry.key)).map((entry) => ({ id: entry.key, published: today, fields: entry.fields }));
}

/** How messages quote wording: in full, since the editor must copy it exactly; "no value" for none. */
export const shownWording = (value: string | null | undefined) => (value == null ? '(no value)' : JSON.stringify(value));

/** How readers are told what a correction changed: the field as a noun, read after "its" ("Corrected: the claim …, its occasion"). */
const FIELD_LABELS: Record<string, string> = {
  summary: 'summary',
  note: 'note',
  notes: 'notes',
  speaker: 'speaker',
  event: 'occasion',
  respondsTo: 'reference to the claim it answers',
  disputes: 'reference to the claim it is set against',
  topics: 'topics',
  title: 'title',
  date: 'date',
  outlet: 'outlet',
  author: 'author',
  dateAsPrinted: 'date as printed',
  dateline: 'dateline',
  'completeness.status': 'statement of how complete the text is',
  'completeness.basis': 'note on how the text’s completeness was established',
  'rewordedFrom.report': 'reference to the report it rewords',
  'rewordedFrom.evidence': 'note on how the rewording was established',
};

export function fieldLabel(field: string): string {
  if (FIELD_LABELS[field]) return FIELD_LABELS[field];
  const inferred = /^inferred\.(\w+)$/.exec(field);
  if (inferred) return `note on how the ${FIELD_LABELS[inferred[1]] ?? inferred[1]} was established`;
  const slip = /^slips\[(\d+)\]\.(text|note)$/.exec(field);
  if (slip) return `${slip[2] === 'note' ? 'note on the' : 'record of the'} outlet’s slip ${Number(slip[1]) + 1}`;
  return field;
}

/** A correction's anchor on /corrections/ and on its page: its day, entry and field. */
const correctionAnchor = (correction: Pick<CorrectionInput, 'date' | 'entry' | 'field'>) =>
  `correction-${correction.date}-${correction.entry.replace('/', '-')}${correction.field ? `-${correction.field.replace(/[^A-Za-z0-9]+/g, '-').replace(/-$/, '')}` : ''}`;

/** Each correction's permanent anchor, in the record's order; a second of the same field on one day gets "-2". */
export function correctionAnchors(corrections: CorrectionInput[]): string[] {
  const seen = new Map<string, number>();
  return corrections.map((correction) => {
    const anchor = correctionAnchor(correction);
    const count = (seen.get(anchor) ?? 0) + 1;
    seen.set(anchor, count);
    return count === 1 ? anchor : `${anchor}-${count}`;
  });
}

/**
 * The day a page showing these entries was last revised: the latest day any of them was first
 * published or corrected. An entry not yet on record is being published now, on `today`.
 */
export function lastRevised(published: PublishedEntry[], corrections: CorrectionInput[], keys: string[], today: string): string {
  const on = new Map(published.map((entry) => [entry.id, entry.published]));
  const dates = keys.flatMap((key) => [on.get(key) ?? today, ...corrections.filter((c) => c.entry === key).map((c) => c.date)]);
  return dates.reduce((latest, date) => (date > latest ? date : latest), '');
}

/** A page that shows entries in the archive's own voice, and so carries their corrections. */
export interface PageRef {
  kind: 'article' | 'claim' | 'event';
  id: string;
}

/** A correction as readers see it: where it is, what it is about, its wordings as the page shows them. */
export interface Correction extends CorrectionInput {
  /** Its permanent anchor, on /corrections/ and on the corrected page. */
  anchor: string;
  /** The path of the page that shows the entry. */
  page: string;
  /** What the entry is, as a reader knows it: "the claim “Putin says …”". */
  subject: string;
  /** The field as a page shows it ("summary", "occasion"); null for a whole entry withdrawn. */
  fieldLabel: string | null;
  /** The wordings, ids shown as what they name (a speaker's name, an event's title). */
  previousShown: string | null;
  nowShown: string | null;
}

/** An entry withdrawn by a retraction: its page keeps answering, with the retraction and what it said. */
export interface Withdrawn {
  kind: EntryKind;
  id: string;
  /** Its summary or title as last published. */
  title: string;
  correction: Correction;
}


/** Each kind of correction, as readers are told of it. */
export const CORRECTION_KINDS: Record<CorrectionInput['kind'], { label: string; meaning: string }> = {
  correction: { label: 'Corrected', meaning: 'what it said was wrong' },
  clarification: { label: 'Clarified', meaning: 'what it said was right but could mislead' },
  addition: { label: 'Added to', meaning: 'something was added' },
  retraction: { label: 'Withdrawn', meaning: 'it is withdrawn' },
};

/** The full stop after a quoted wording, unless the wording ends a sentence itself. */
export const stopAfter = (wording: string | null) => (wording && /[.!?…]$/.test(wording) ? '' : '.');

/** A page's corrections as its notices show them: of its own entry, and of the others it shows, each once. */
export function pageCorrections(corrections: Correction[], entry: string) {
  const own = corrections.filter((c) => c.entry === entry);
  const others = corrections.filter((c, i) => c.entry !== entry && corrections.findIndex((d) => d.entry === c.entry) === i);
  const what = [...new Set(own.map((c) => c.fieldLabel ?? 'the whole entry'))];
  if (others.length > 0) what.push(`what it says of ${others.length} other ${others.length === 1 ? 'entry' : 'entries'}`);
  return { latest: corrections[0] as Correction | undefined, own, others, what };
}
