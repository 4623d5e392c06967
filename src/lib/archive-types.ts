/**
 * The archive as plain data, the shape the integrity rules and the views are computed from.
 * Shared types live here so that no two modules of src/lib need to import each other for them.
 */
export type QuoteForm = 'direct' | 'paraphrase';

export interface QuoteInput {
  text: string;
  form: QuoteForm;
  /** The quote's permanent anchor, where it cannot follow from the claim id and position. */
  anchor?: string;
}

export interface ClaimInput {
  id: string;
  /** Absent: inherited from the claim's definition, or the article's speaker where defined. */
  speaker?: string;
  /** Absent: inherited from the article where the claim is defined. */
  summary?: string;
  topics?: string[];
  /** Absent: inherited, or the article's event; null: no article says when it was said. */
  event?: string | null;
  respondsTo?: string;
  disputes?: string;
  note?: string;
  quotes: QuoteInput[];
}

export interface ArticleInput {
  /** The entry id, which is the article's slug. */
  id: string;
  /** Path of the source file, as shown in messages. */
  file: string;
  /** The raw MDX body. */
  body: string;
  title: string;
  standfirst: string | null;
  date: string;
  dateAsPrinted: string | null;
  dateline: string | null;
  outlet: string | null;
  author: string | null;
  speaker: string;
  event: string | null;
  /** File name of the raw capture the article was made from. */
  capture: string;
  /** The capture's text, or null when the file is missing. */
  captureText: string | null;
  /** Field → how its value was established, for values the capture does not print. */
  inferred: Record<string, string>;
  removed: { kind: string; text: string }[];
  slips: { text: string; note: string }[];
  /** Whether the capture holds the whole text, and how that was established. */
  completeness: { status: 'complete' | 'incomplete' | 'unknown'; basis: string };
  /** Editorial notes on how the text was kept. */
  notes: string | null;
  /** The report the text rewords, and how that was established. */
  rewordedFrom: { report: string; evidence: string } | null;
  claims: ClaimInput[];
}

export interface EventInput {
  id: string;
  file: string;
  date: string;
  context: boolean;
  title: string;
  inferred: { date?: string };
  note: string | null;
  citations: { article: string; text: string }[];
}

/** An entry of what the archive has published in its own voice (content/published.yaml). */
export interface PublishedEntry {
  /** `claims/<id>`, `events/<id>` or `articles/<slug>`. */
  id: string;
  /** The day it was recorded as published, YYYY-MM-DD. */
  published: string;
  /** Field path → wording as published. */
  fields: Record<string, string>;
}

export type CorrectionKind = 'correction' | 'clarification' | 'addition' | 'retraction';

/** A change to published wording, on record (content/corrections.yaml). */
export interface CorrectionInput {
  date: string;
  kind: CorrectionKind;
  entry: string;
  /** Absent: the whole entry is withdrawn. */
  field?: string;
  previous: string | null;
  now: string | null;
  reason: string;
  evidence: { capture: string; line: number; text: string }[];
}

/** The record of published wording and its corrections, with the files they are read from. */
export interface RecordInput {
  publishedFile: string;
  published: PublishedEntry[];
  correctionsFile: string;
  corrections: CorrectionInput[];
}

export interface ArchiveInput {
  /** Where articles live, for the message when there are none. */
  articlesDir: string;
  articles: ArticleInput[];
  outlets: { id: string; name: string }[];
  speakers: { id: string; name: string; shortName?: string }[];
  topics: string[];
  events: EventInput[];
  /** What has been published in the archive's own voice, and every correction since. */
  record: RecordInput;
  /** Where captures live, for messages, and the files there. */
  capturesDir: string;
  captures: string[];
  /**
   * What articles that failed the schema (reported as such) would have supplied, so that rules
   * do not also report what only their absence causes: their ids, captures and claim ids.
   */
  unchecked?: { articles: string[]; captures: string[]; claims: string[] };
}

/**
 * A breach of a rule: the file, the field (a path such as `claims[2].quotes[0].text`, or
 * `body`) and what is wrong. `offset` locates body problems within the body, for positions.
 */
export interface Problem {
  file: string;
  field: string;
  message: string;
  offset?: number;
  /** Where it is, when known directly (a YAML syntax error), 1-based. */
  position?: { line: number; column: number };
}
