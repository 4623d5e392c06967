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
  /** The text rewords another outlet's report (rewordedFrom): its quotation marks are the rewriter's. */
  reworded: boolean;
  claims: ClaimInput[];
}

export interface EventInput {
  id: string;
  file: string;
  date: string;
  context: boolean;
  title: string;
  inferred: { date?: string };
  citations: { article: string; text: string }[];
}

export interface ArchiveInput {
  /** Where articles live, for the message when there are none. */
  articlesDir: string;
  articles: ArticleInput[];
  outlets: { id: string; name: string }[];
  speakers: { id: string; name: string; shortName?: string }[];
  topics: string[];
  events: EventInput[];
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
