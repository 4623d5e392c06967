/**
 * Schema problems in the editor's words: zod says what it expected ("Invalid input: expected
 * string, received null"); an editor needs what to write instead. Each field of the schemas of
 * src/content.config.ts says what it takes, here, and a problem is what is wrong (missing, empty,
 * not one of the allowed values…) then that. A message the schema itself words (a date's format)
 * already names the fix and is kept. Pure: `npm run check` (and so the build) report through it.
 */

/** What an issue of zod's says, as far as the message needs it (zod 4's issue, parsed with reportInput). */
export interface SchemaIssue {
  code: string;
  message: string;
  input?: unknown;
  values?: unknown[];
  minimum?: number | bigint;
  origin?: string;
  format?: string;
}

export type SchemaName = 'articles' | 'outlets' | 'speakers' | 'topics' | 'events' | 'published' | 'corrections';

const ID = (file: string) => `an id from ${file}`;
const AS_PRINTED = 'as printed in the capture, in quotes';

/**
 * What each field takes, by schema, keyed by the field's path with list positions left out
 * ("claims[].quotes[].form"). One entry per field of src/content.config.ts: a test holds them to it.
 */
export const WHAT_TO_WRITE: Record<SchemaName, Record<string, string>> = {
  articles: {
    '': 'YAML frontmatter with the fields of src/content.config.ts (title, outlet, author, date, …)',
    title: `the headline ${AS_PRINTED}`,
    standfirst: `the standfirst ${AS_PRINTED}, or leave the line out when there is none`,
    outlet: `${ID('outlets.yaml')}, or null when the capture names no outlet (then say so in inferred.outlet)`,
    author: `the author's name ${AS_PRINTED}, or null when the capture names none`,
    date: 'the publication date as "YYYY-MM-DD", in quotes',
    dateAsPrinted: `the date line ${AS_PRINTED}, or leave the line out (a date line that is not the publication's goes in removed)`,
    dateline: `the place and date line that opens the text, ${AS_PRINTED}, or null when the text opens without one`,
    speaker: ID('speakers.yaml'),
    event: `${ID('events.yaml')}, or null when the article does not say on what occasion`,
    source: 'capture: <file name in content/captures/> and url: <the original address, or null>',
    'source.capture': 'the capture’s file name in content/captures/ (e.g. 005_1a2b3c4d5e6f7a8b.txt)',
    'source.url': 'the original address (https://…) only if it is known, else null',
    inferred:
      'under it a note for each of date, outlet and author the capture does not print, and for event the words of the text that name the occasion, each saying how the value was established; or {} when none is needed',
    'inferred.date': 'how the date was established, as text; leave the line out when the capture prints the date',
    'inferred.outlet': 'how the outlet was established, as text (or "Unknown: …" with outlet: null); leave the line out when the capture names the outlet',
    'inferred.author': 'how the author was established, as text; leave the line out when the capture names the author or none',
    'inferred.speaker': 'how the speaker was established, as text; leave the line out when the text names the speaker',
    'inferred.event': 'how the occasion was established from the text (the words that name or date it), as text',
    completeness: 'status: complete, incomplete or unknown, and basis: what the capture shows at the text’s beginning and end',
    'completeness.status': 'complete (the capture holds the whole text), incomplete (part is known to be missing) or unknown',
    'completeness.basis': 'what the capture shows at the text’s beginning and end, and for incomplete what is missing and why, as text',
    rewordedFrom: 'report: <which report> and evidence: <how that was established>, or leave it out',
    'rewordedFrom.report': 'the report the text rewords: outlet, date and headline, as text',
    'rewordedFrom.evidence': 'how the rewording was established (what was compared with what), as text',
    notes: 'an editorial note on how the text was kept, as text, or leave the line out',
    removed: 'a list of { kind, text } for each piece of page chrome left out, or leave it out when there is none',
    'removed[]': '{ kind: <what it is>, text: <the chrome verbatim> }',
    'removed[].kind': 'what the chrome is: cookie notice, site header, related stories, comment form, byline, date line, share buttons, link…',
    'removed[].text': 'the chrome verbatim from the capture (a |- block keeps its lines)',
    slips: 'a list of { text, note } for the outlet’s own slips, or leave it out',
    'slips[]': '{ text: <the slip as printed>, note: <what is odd about it> }',
    'slips[].text': `the slip ${AS_PRINTED}`,
    'slips[].note': 'what is odd about it, as text ("the quotation is not closed, as printed")',
    claims: 'a list of claims, each with id and quotes, or leave it out',
    'claims[]': '{ id, quotes } (and summary, topics where the claim is first defined)',
    'claims[].id': 'the claim’s permanent id: a-z, 0-9 and single hyphens, or an id already in the archive to reuse it',
    'claims[].speaker': `${ID('speakers.yaml')}, or leave the line out for the article’s speaker`,
    'claims[].summary': 'one line of reported speech beginning with the speaker’s name ("Putin says …"), or leave it out to inherit it',
    'claims[].topics': `a list of ids from topics.yaml, or leave it out to inherit them`,
    'claims[].topics[]': ID('topics.yaml'),
    'claims[].event': `${ID('events.yaml')}, null when no article says when it was said, or leave the line out for the article’s event`,
    'claims[].respondsTo': 'the id of the claim this one answers, or leave the line out',
    'claims[].disputes': 'the id of a claim this one contradicts, or leave the line out',
    'claims[].note': 'a note for readers on how far the wording can be relied on, as text, or leave the line out',
    'claims[].quotes': 'a list of { text, form }: at least one quote, verbatim from the text',
    'claims[].quotes[]': '{ text: <verbatim from the text>, form: direct or paraphrase }',
    'claims[].quotes[].text': 'words verbatim from one paragraph of the text, in quotes',
    'claims[].quotes[].form': 'direct (in the outlet’s quotation marks) or paraphrase',
    'claims[].quotes[].anchor': 'the anchor the quote shipped with, q-<claim id>…, or leave the line out',
  },
  outlets: {
    '': '{ id, name, country, kind, homepage, basis }',
    id: 'the outlet’s id: a-z, 0-9 and hyphens (articles point at it)',
    name: 'the outlet’s name as it names itself, as text',
    country: 'the country, as text, or null when not known',
    kind: 'news agency, news website, newspaper or broadcaster',
    homepage: 'the outlet’s home address (https://…), or null when not known',
    basis: 'where the name, country, kind and homepage come from: the capture (quote it), or what outside it, as text',
  },
  speakers: {
    '': '{ id, name, shortName, kind, role }',
    id: 'the speaker’s id: a-z, 0-9 and hyphens (articles point at it)',
    name: 'the full name, as text',
    shortName: 'the name summaries begin with ("Putin"), or leave the line out',
    kind: 'person, organisation or government',
    role: 'the role from December 2021 to February 2022, as text',
  },
  topics: {
    '': '{ id, name, description }',
    id: 'the topic’s id: a-z, 0-9 and hyphens',
    name: 'the topic’s name, as text',
    description: 'what the topic covers, as text',
  },
  events: {
    '': '{ id, date, title, citations } (and context, inferred, note)',
    id: 'the event’s id: a-z, 0-9 and hyphens, ending with its date (articles point at it)',
    date: '"YYYY-MM-DD", "YYYY-MM", "YYYY" or "YYY0s", in quotes, no more precise than the passages allow',
    context: 'true for background before the period (1990s to 2014), or leave the line out',
    title: 'what happened, in the archive’s words, attributed where it is a claim, as text',
    inferred: 'date: <how the date was established>, or leave it out when a cited paragraph prints the date',
    'inferred.date': 'how the date was established, as text',
    note: 'what a reader of the timeline should know, as text, or leave the line out',
    citations: 'a list of { article, text }: at least one passage that reports the event',
    'citations[]': '{ article: <slug>, text: <words verbatim from it> }',
    'citations[].article': 'an article’s slug (its file name without .mdx)',
    'citations[].text': 'words verbatim from one paragraph of that article, in quotes',
  },
  published: {
    '': '{ id, published, fields }, as npm run permalinks:update writes it: never edit this file by hand',
    id: 'claims/<id>, events/<id> or articles/<slug>',
    published: 'the day it was first published, "YYYY-MM-DD", in quotes',
    fields: 'each guarded field’s wording as first published (see README, "Corrections")',
  },
  corrections: {
    '': '{ date, kind, entry, field, previous, now, reason, evidence } (see README, "Corrections")',
    date: 'the day the correction is published, "YYYY-MM-DD", in quotes',
    kind: 'correction, clarification, addition or retraction',
    entry: 'what is corrected: claims/<id>, events/<id> or articles/<slug>',
    field: 'the field corrected (summary, note, inferred.date…), or leave the line out to withdraw the whole entry (kind: retraction)',
    previous: 'the wording as published, exactly, in quotes, or null where there was none',
    now: 'the wording now, exactly, in quotes, or null where the value is removed',
    reason: 'why, for readers, as text',
    evidence: 'a list of { capture, line, text }: at least one capture line that shows the correction',
    'evidence[]': '{ capture: <file name in content/captures/>, line: <its number>, text: <words verbatim from that line> }',
    'evidence[].capture': 'the capture’s file name in content/captures/',
    'evidence[].line': 'the line’s number in the capture, counting from 1',
    'evidence[].text': 'words verbatim from that line, in quotes',
  },
};

/** zod's own wording, as opposed to a message the schema gives. */
const ZOD_DEFAULT = /^(Invalid|Too (small|big)|Unrecognized)/;

/** A field's path with list positions left out: "claims[2].quotes[0].form" → "claims[].quotes[].form". */
export const fieldPattern = (field: string) => field.replace(/\[\d+\]/g, '[]');

function shown(input: unknown): string {
  if (typeof input === 'string') return `"${input.length > 40 ? `${input.slice(0, 40)}…` : input}"`;
  if (Array.isArray(input)) return 'a list';
  if (typeof input === 'object' && input !== null) return 'a set of fields';
  return String(input);
}

/** What is wrong with the value, in a few words. */
function whatIsWrong(issue: SchemaIssue): string {
  const { code, input } = issue;
  if (code === 'invalid_type' || code === 'invalid_union') {
    if (input === undefined) return 'is missing';
    if (input === null) return 'is empty (null)';
    return `is ${shown(input)}, which does not fit`;
  }
  if (code === 'too_small') return input === '' || (typeof input === 'string' && input.trim() === '') ? 'is empty' : issue.origin === 'array' ? `needs at least ${issue.minimum} item(s)` : 'is too short';
  if (code === 'invalid_value') return `is ${shown(input)}, not one of the values allowed`;
  if (code === 'invalid_format') return `is ${shown(input)}, not ${issue.format === 'url' ? 'an address' : issue.format === 'regex' ? 'in the form allowed' : `a ${issue.format}`}`;
  return `is ${shown(input)}, which does not fit`;
}

/** The message for a schema issue at a field (its path as shown, "claims[0].quotes[1].form"). */
export function schemaMessage(schema: SchemaName, field: string, issue: SchemaIssue): string {
  if (!ZOD_DEFAULT.test(issue.message)) return issue.message;
  const what = WHAT_TO_WRITE[schema][fieldPattern(field)];
  return `${whatIsWrong(issue)}: write ${what ?? 'what src/content.config.ts describes for it'}`;
}
