/**
 * The archive's integrity rules: what the zod schema cannot check because it needs more than
 * one field, more than one entry, or the raw capture. Pure: each rule takes the archive as plain
 * data and returns its problems, each naming the file and the field, so a build (and `npm run
 * check`) can fail with a message an editor can act on. Every rule is listed in RULES, below.
 */
import type { ArchiveInput, ArticleInput, EventInput, Problem } from './archive-types.ts';
import { isDraftSlug } from './article-draft.ts';
import { normalizeWhitespace, readArticleBody } from './article-text.ts';
import { anchorOf, byDateThenId, claimDefinitions, statedFields, type ClaimDefinition } from './claims.ts';
import { editDistance } from './edit-distance.ts';
import { chromeParagraphKind } from './page-chrome.ts';
import { printsDate, printsFullDate } from './printed.ts';
import { findInParagraphs, locateQuotes, type QuoteRef } from './quotes.ts';
import type { Position } from './source-positions.ts';
import { fieldHistory, fieldsOf, GUARDED_FIELDS, ownWording, parseEntryKey, retractionOf, correctionsOf, shownWording } from './wording.ts';
import { firstDifference, whereItDiffers } from './text-compare.ts';

/** The earliest date an article of this archive can carry: the demands date from December 2021. */
export const EARLIEST_ARTICLE_DATE = '2021-11-01';
/** Background events reach back to the end of the Cold War, not further. */
export const EARLIEST_EVENT_DATE = '1945';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** What every rule is given: the archive, today's date, and views computed once for all rules. */
export interface RuleContext {
  archive: ArchiveInput;
  today: string;
  /** Each article's paragraphs as text, or null where the body cannot be parsed. */
  paragraphs: Map<string, string[] | null>;
  definitions: Map<string, ClaimDefinition>;
  /** When each claim was said (its event's date) or first reported. */
  claimDate: (claimId: string) => string | null;
}

export interface Rule {
  /** What the rule asks, in a line. */
  rule: string;
  check: (context: RuleContext) => Problem[];
}

function excerpt(text: string, length = 40): string {
  const flat = normalizeWhitespace(text);
  return flat.length > length ? `${flat.slice(0, length).trimEnd()}…` : flat;
}

/** A date's known part: "1990s" → "199", "2022-01" → "2022-01". */
const knownPart = (date: string) => date.replace(/0s$/, '');

/** Whether `a` is later than `b` at the precision both dates have. */
export function isLaterAtCommonPrecision(a: string, b: string): boolean {
  const [x, y] = [knownPart(a), knownPart(b)];
  const n = Math.min(x.length, y.length);
  return x.slice(0, n) > y.slice(0, n);
}

/** Whether a date lies wholly before a limit: a month or decade that reaches the limit does not. */
const isBefore = (date: string, limit: string) => isLaterAtCommonPrecision(limit, date);

const forArticles = (context: RuleContext, check: (article: ArticleInput) => Problem[]) => context.archive.articles.flatMap(check);
const forEvents = (context: RuleContext, check: (event: EventInput) => Problem[]) => context.archive.events.flatMap(check);
const forClaims = (context: RuleContext, check: (article: ArticleInput, claim: ArticleInput['claims'][number], field: string) => Problem[]) =>
  forArticles(context, (article) => article.claims.flatMap((claim, i) => check(article, claim, `claims[${i}]`)));

/** A reference to another entry that must exist. */
function resolves(file: string, field: string, id: string | null | undefined, known: Set<string>, collection: string): Problem[] {
  if (id == null || known.has(id)) return [];
  const near = nearestIds(id, known);
  const hint = near.length === 0 ? '' : `: did you mean ${near.map((k) => `"${k}"`).join(' or ')}?`;
  return [{ file, field, message: `"${id}" does not match any entry in ${collection}${hint}` }];
}

/** The few ids an unknown one may have meant: a slip of a few letters ("vladimir-poutine"), or a part of the id ("tass" of "tass-2021-12-23"). */
function nearestIds(id: string, known: Set<string>): string[] {
  const limit = Math.max(2, Math.floor(id.length / 4));
  return [...known]
    .map((k) => ({ k, distance: `-${k}-`.includes(`-${id}-`) ? 0 : editDistance(id, k, limit) }))
    .filter(({ distance }) => distance <= limit)
    .sort((a, b) => a.distance - b.distance || a.k.localeCompare(b.k))
    .slice(0, 3)
    .map(({ k }) => k);
}

// ——— Articles and their files ———

const hasArticles: Rule = {
  rule: 'The archive holds at least one article.',
  check: ({ archive }) => (archive.articles.length === 0 ? [{ file: archive.articlesDir, field: '', message: 'holds no articles (*.mdx)' }] : []),
};

const slugIsUrlSafe: Rule = {
  rule: 'A slug (the file name) is URL-safe: a-z, 0-9 and single hyphens.',
  check: (context) =>
    forArticles(context, ({ id, file }) =>
      SLUG.test(id) ? [] : [{ file, field: 'slug', message: `"${id}" (from the file name) is not URL-safe: use a-z, 0-9 and single hyphens, in one folder` }],
    ),
};

const slugIsNotADraftName: Rule = {
  rule: 'A slug is not the drafter\'s name for the file: a slug is a permanent address, named from the outlet and the date.',
  check: (context) => {
    const taken = new Set(context.archive.articles.map((article) => article.id.toLowerCase()));
    return forArticles(context, ({ id, file, outlet, date }) => {
      if (!isDraftSlug(id)) return [];
      // Never the name of a file already there: moving the draft onto it would replace that article.
      const usual = `${outlet ?? 'unattributed'}-${date}`;
      let slug = usual;
      for (let n = 2; taken.has(slug.toLowerCase()); n++) slug = `${usual}-${n}`;
      taken.add(slug); // a second draft of that outlet and day is offered the next number
      const why = slug === usual ? "the outlet's id and the date" : `the outlet's id, the date and a number: ${usual}.mdx is another article's`;
      return [{ file, field: 'slug', message: `"${id}" is the draft's name, and the file name is the article's permanent address: rename the file ${slug}.mdx (${why}) before npm run permalinks:update` }];
    });
  },
};

const slugIsUnique: Rule = {
  rule: 'No two articles share a slug, whatever the case.',
  check: ({ archive }) => {
    const owners = new Map<string, string>();
    return archive.articles.flatMap(({ id, file }) => {
      const owner = owners.get(id.toLowerCase());
      if (owner) return [{ file, field: 'slug', message: `"${id}" is also the slug of ${owner}` }];
      owners.set(id.toLowerCase(), file);
      return [];
    });
  },
};

const dateInPeriod: Rule = {
  rule: `An article's date lies between ${EARLIEST_ARTICLE_DATE} and today.`,
  check: (context) =>
    forArticles(context, ({ file, date }) =>
      isBefore(date, EARLIEST_ARTICLE_DATE) || date > context.today
        ? [{ file, field: 'date', message: `${date} is outside the archive's period (${EARLIEST_ARTICLE_DATE} to today)` }]
        : [],
    ),
};

const captureExists: Rule = {
  rule: 'Every article keeps the capture it was made from.',
  check: (context) =>
    forArticles(context, ({ file, capture, captureText }) =>
      captureText === null ? [{ file, field: 'source.capture', message: `"${capture}" is not in ${context.archive.capturesDir}: every article keeps the capture it was made from` }] : [],
    ),
};

const captureUsedOnce: Rule = {
  rule: 'Every capture is the source of exactly one article.',
  check: ({ archive }) => {
    const users = new Map(archive.captures.filter((name) => !archive.unchecked?.captures.includes(name)).map((name) => [name, [] as string[]]));
    for (const article of archive.articles) users.get(article.capture)?.push(article.file);
    return [...users].flatMap(([name, files]) => {
      const file = `${archive.capturesDir}/${name}`;
      if (files.length === 0) return [{ file, field: '', message: 'is the source of no article: add the article, or remove the capture' }];
      if (files.length > 1) return [{ file, field: '', message: `is the source of ${files.length} articles (${files.join(', ')}): one capture, one article` }];
      return [];
    });
  },
};

const articleReferencesResolve: Rule = {
  rule: 'An article’s outlet, speaker and event exist.',
  check: (context) => {
    const { archive } = context;
    const [outlets, speakers, events] = [archive.outlets.map((o) => o.id), archive.speakers.map((s) => s.id), archive.events.map((e) => e.id)].map((ids) => new Set(ids));
    return forArticles(context, ({ file, outlet, speaker, event }) => [
      ...resolves(file, 'outlet', outlet, outlets, 'outlets'),
      ...resolves(file, 'speaker', speaker, speakers, 'speakers'),
      ...resolves(file, 'event', event, events, 'events'),
    ]);
  },
};

const bodyIsText: Rule = {
  rule: 'A body is text: MDX parses it, and it runs no code ({ and < escaped as \\{ and \\<).',
  check: (context) =>
    forArticles(context, ({ file, body }) => {
      try {
        return readArticleBody(body).mdxCode.map((code) => ({
          file,
          field: 'body',
          offset: code.offset,
          message: `MDX would run this as code (${code.type}); escape { and < as \\{ and \\< to keep them as text`,
        }));
      } catch (error) {
        return [{ file, field: 'body', message: `is not valid MDX: ${(error as Error).message}` }];
      }
    }),
};

const bodyNotEmpty: Rule = {
  rule: 'A body carries the article’s text.',
  check: (context) =>
    forArticles(context, ({ id, file }) => {
      const paragraphs = context.paragraphs.get(id);
      return paragraphs && normalizeWhitespace(paragraphs.join(' ')) === '' ? [{ file, field: 'body', message: 'is empty: an article must carry its text' }] : [];
    }),
};

const noParagraphIsChrome: Rule = {
  rule: 'No paragraph of the body is only a date, a time, a byline, share buttons or a cookie notice: that is the page’s, not the outlet’s text.',
  check: (context) =>
    forArticles(context, ({ id, file, body }) =>
      (context.paragraphs.get(id) ?? []).flatMap((paragraph, i) => {
        const kind = chromeParagraphKind(paragraph);
        if (!kind) return [];
        const where = kind.includes('date') ? 'to removed, or to dateAsPrinted if it states the publication date in full' : 'to removed';
        return [{ file, field: 'body', offset: body.indexOf(paragraph.slice(0, 20)), message: `paragraph ${i + 1} is only a ${kind} ("${excerpt(paragraph)}"), page chrome that would ship as the permanent anchor #p-${i + 1}: move it ${where}` }];
      }),
    ),
};

// ——— The text against its capture ———

const paragraphsVerbatimInCapture: Rule = {
  rule: 'Every paragraph is in the capture verbatim, in the capture’s order.',
  check: (context) =>
    forArticles(context, ({ id, file, body, captureText }) => {
      const paragraphs = context.paragraphs.get(id);
      if (!paragraphs || captureText === null) return [];
      let from = 0;
      for (const [i, paragraph] of paragraphs.entries()) {
        const at = captureText.indexOf(paragraph, from);
        if (at < 0) {
          const found = captureText.indexOf(paragraph);
          const message =
            found >= 0
              ? `paragraph ${i + 1} is in the capture, but before the paragraph preceding it: keep the capture's order`
              : `paragraph ${i + 1} is not in the capture verbatim; ${whereItDiffers(paragraph, captureText)}`;
          return [{ file, field: 'body', offset: body.indexOf(paragraph.slice(0, 20)), message }];
        }
        from = at + paragraph.length;
      }
      return [];
    }),
};

const captureAccountedFor: Rule = {
  rule: 'Every word of the capture is the title, the standfirst, a printed date line, the text or recorded as removed chrome.',
  check: (context) =>
    forArticles(context, (article) => {
      const paragraphs = context.paragraphs.get(article.id);
      if (!paragraphs || article.captureText === null) return [];
      const flat = normalizeWhitespace(article.captureText);
      const covered = new Uint8Array(flat.length);
      const pieces: { field: string; text: string; paragraph?: number }[] = [
        { field: 'title', text: article.title },
        ...(article.standfirst ? [{ field: 'standfirst', text: article.standfirst }] : []),
        ...(article.dateAsPrinted ? [{ field: 'dateAsPrinted', text: article.dateAsPrinted }] : []),
        ...paragraphs.map((text, p) => ({ field: 'body', text, paragraph: p + 1 })),
        ...article.removed.map((removed, i) => ({ field: `removed[${i}].text`, text: removed.text })),
      ].map((piece) => ({ ...piece, text: normalizeWhitespace(piece.text) }));
      const isFree = (at: number, length: number) => !covered.subarray(at, at + length).includes(1);
      // Longest first, each where none of it is placed yet: a short piece ("World") is then not
      // placed inside a longer one that holds its words (a menu, "Home World Politics").
      const byLength = pieces.map((_, i) => i).sort((a, b) => pieces[b].text.length - pieces[a].text.length);
      const missing = new Map<number, string | null>();
      for (const i of byLength) {
        const needle = pieces[i].text;
        let at = flat.indexOf(needle);
        while (at >= 0 && !isFree(at, needle.length)) at = flat.indexOf(needle, at + 1);
        const what = pieces[i].paragraph ? `paragraph ${pieces[i].paragraph} ` : '';
        if (at >= 0) covered.fill(1, at, at + needle.length);
        else if (flat.includes(needle)) missing.set(i, `${what}is in the capture only where other fields already account for it: record each piece of the capture once`);
        else missing.set(i, pieces[i].paragraph ? null : `is not in the capture; ${whereItDiffers(needle, flat)}`); // a paragraph: said by paragraphsVerbatimInCapture
      }
      const problems: Problem[] = pieces.flatMap(({ field }, i) => (missing.get(i) ? [{ file: article.file, field, message: missing.get(i)! }] : []));
      // With a piece not placed, what is left over is likely its own words: said once it is placed.
      if (missing.size > 0) return problems;
      // Uncovered runs, spaces kept, so the editor sees the words as the capture has them.
      const leftovers: string[] = [];
      for (let start = covered.indexOf(0); start >= 0; ) {
        const end = covered.indexOf(1, start);
        const run = flat.slice(start, end < 0 ? flat.length : end).trim();
        if (run) leftovers.push(run);
        start = end < 0 ? -1 : covered.indexOf(0, end);
      }
      if (leftovers.length > 0) {
        problems.push({
          file: article.file,
          field: 'removed',
          message: `does not account for ${leftovers.length} piece(s) of the capture, neither kept nor recorded as removed: ${leftovers.map((run) => `"${excerpt(run, 60)}"`).join(', ')}`,
        });
      }
      return problems;
    }),
};

const datelineAsPrinted: Rule = {
  rule: 'A dateline is printed verbatim at the start of the text.',
  check: (context) =>
    forArticles(context, ({ id, file, dateline }) => {
      const first = context.paragraphs.get(id)?.[0];
      if (dateline === null || first === undefined) return [];
      return normalizeWhitespace(first).startsWith(normalizeWhitespace(dateline))
        ? []
        : [{ file, field: 'dateline', message: `"${dateline}" does not open the text verbatim: record the dateline as printed, credit and separator included, or null; ${whereItDiffers(dateline, first.slice(0, dateline.length + 20))}` }];
    }),
};

/** Whether the capture prints a value of the article, for the fields the archive can check. */
const PRINTED: Record<string, (article: ArticleInput, context: RuleContext) => boolean | null> = {
  outlet: (article, { archive }) => {
    const outlet = archive.outlets.find((o) => o.id === article.outlet);
    // An unnamed outlet is unknown, which is said in a note as well.
    return outlet ? article.captureText!.includes(outlet.name) : false;
  },
  date: (article) => printsFullDate(article.dateAsPrinted ?? article.captureText!, article.date),
  author: (article) => (article.author === null ? null : article.captureText!.includes(article.author)),
};

const inferredWhereNotPrinted: Rule = {
  rule: 'Every value the capture does not print (outlet, date, author) says how it was established in `inferred`; no printed value has such a note.',
  check: (context) =>
    forArticles(context, (article) => {
      if (article.captureText === null) return [];
      return Object.entries(PRINTED).flatMap(([field, printed]) => {
        const isPrinted = printed(article, context);
        const note = article.inferred[field];
        if (isPrinted === true && note) return [{ file: article.file, field: `inferred.${field}`, message: `explains a value the capture prints: remove the note` }];
        if (isPrinted === false && !note) return [{ file: article.file, field: `inferred.${field}`, message: `is missing: the capture does not print the ${field}; say how it was established (or that it is unknown)` }];
        return [];
      });
    }),
};

const eventIdentified: Rule = {
  rule: 'An article’s event says in `inferred.event` which words of the text name or date the occasion: linking text to an event is always the archive’s reading.',
  check: (context) =>
    forArticles(context, ({ file, event, inferred }) =>
      event !== null && !inferred.event ? [{ file, field: 'inferred.event', message: `is missing: quote the words of the text that name or date the occasion "${event}" (or set event: null if the text does not say)` }] : [],
    ),
};

const dateAsPrintedStatesDate: Rule = {
  rule: 'A date line recorded as printed states the article’s date.',
  check: (context) =>
    forArticles(context, ({ file, date, dateAsPrinted }) =>
      dateAsPrinted && !printsFullDate(dateAsPrinted, date) ? [{ file, field: 'dateAsPrinted', message: `"${dateAsPrinted}" does not state ${date} in full: correct the date, or leave the line in removed` }] : [],
    ),
};

const slipsInText: Rule = {
  rule: 'Every recorded slip occurs verbatim in the title, standfirst or text.',
  check: (context) =>
    forArticles(context, (article) => {
      const text = normalizeWhitespace([article.title, article.standfirst ?? '', ...(context.paragraphs.get(article.id) ?? [])].join(' '));
      return article.slips.flatMap((slip, i) =>
        text.includes(normalizeWhitespace(slip.text)) ? [] : [{ file: article.file, field: `slips[${i}].text`, message: `is not in the article as printed; ${whereItDiffers(slip.text, text)}` }],
      );
    }),
};

// ——— Claims ———

const claimIdsWellFormed: Rule = {
  rule: 'A claim id is URL-safe and appears once per article.',
  check: (context) =>
    forArticles(context, ({ file, claims }) => {
      const seen = new Map<string, number>();
      return claims.flatMap((claim, i) => {
        const problems: Problem[] = [];
        const earlier = seen.get(claim.id);
        if (earlier !== undefined) problems.push({ file, field: `claims[${i}].id`, message: `"${claim.id}" repeats claims[${earlier}].id` });
        else seen.set(claim.id, i);
        if (!SLUG.test(claim.id)) problems.push({ file, field: `claims[${i}].id`, message: `"${claim.id}" is not URL-safe: use a-z, 0-9 and single hyphens` });
        return problems;
      });
    }),
};

const claimIsDefined: Rule = {
  rule: 'Every claim id is defined once with a summary and topics; articles reusing it inherit them.',
  check: (context) =>
    forClaims(context, (article, claim, field) => {
      const definition = context.definitions.get(claim.id);
      if (!definition && context.archive.unchecked?.claims.includes(claim.id)) return [];
      if (!definition) return [{ file: article.file, field: `${field}.summary`, message: `is missing, and no article defines claim "${claim.id}": give its summary and topics where it is first reported` }];
      if (definition.article === article && definition.meaning.topics.length === 0) return [{ file: article.file, field: `${field}.topics`, message: `is missing: the article defining claim "${claim.id}" gives its topics` }];
      return [];
    }),
};

const claimMeansOneThing: Rule = {
  rule: 'A claim id means one thing: where an article repeats a field of it, the value is the definition’s.',
  check: (context) =>
    forClaims(context, (article, claim, field) => {
      const definition = context.definitions.get(claim.id);
      if (!definition || definition.article === article) return [];
      const definedIn = definition.article.file;
      return statedFields(claim).flatMap((key) => {
        const [value, expected] = key === 'topics' ? [[...claim.topics!].sort(), [...definition.meaning.topics].sort()] : [claim[key] ?? null, definition.meaning[key]];
        const [a, b] = [JSON.stringify(value), JSON.stringify(expected)];
        if (a === b) return [];
        const detail = (key === 'summary' || key === 'note') && typeof value === 'string' && typeof expected === 'string' ? `; ${firstDifference(value, expected)}` : '';
        return [{ file: article.file, field: `${field}.${key}`, message: `is ${a} but claim "${claim.id}" is defined with ${b} in ${definedIn}: one claim id, one ${key} (leave it out to inherit it)${detail}` }];
      });
    }),
};

const claimReferencesResolve: Rule = {
  rule: 'A claim’s speaker, topics, event, respondsTo and disputes exist.',
  check: (context) => {
    const { archive } = context;
    const speakers = new Set(archive.speakers.map((s) => s.id));
    const topics = new Set(archive.topics);
    const events = new Set(archive.events.map((e) => e.id));
    const claims = new Set([...context.definitions.keys(), ...(archive.unchecked?.claims ?? [])]);
    return forClaims(context, ({ file }, claim, field) => [
      ...resolves(file, `${field}.speaker`, claim.speaker, speakers, 'speakers'),
      ...(claim.topics ?? []).flatMap((topic, t) => resolves(file, `${field}.topics[${t}]`, topic, topics, 'topics')),
      ...resolves(file, `${field}.event`, claim.event, events, 'events'),
      ...resolves(file, `${field}.respondsTo`, claim.respondsTo, claims, 'claims'),
      ...resolves(file, `${field}.disputes`, claim.disputes, claims, 'claims'),
    ]);
  },
};

const summaryAttributed: Rule = {
  rule: 'A summary is reported speech: it begins with its speaker’s name or short name ("Putin says …"), so the archive never asserts a claim in its own voice.',
  check: (context) =>
    [...context.definitions.entries()].flatMap(([id, { article, index, meaning }]) => {
      const speaker = context.archive.speakers.find((s) => s.id === meaning.speaker);
      if (!speaker) return [];
      const names = [speaker.name, speaker.shortName].filter((name): name is string => Boolean(name));
      return names.some((name) => meaning.summary.startsWith(`${name} `) || meaning.summary.startsWith(`${name}’s `))
        ? []
        : [{ file: article.file, field: `claims[${index}].summary`, message: `of claim "${id}" does not attribute it: begin with ${names.map((n) => `"${n}"`).join(' or ')} and a verb of saying` }];
    }),
};

/** The words a text puts inside double quotation marks (“…” or "…"); one left open runs to the end. */
function quotedPassages(text: string): string[] {
  const passages: string[] = [];
  let start = -1;
  for (let i = 0; i < text.length; i++) {
    if (start < 0 && (text[i] === '“' || text[i] === '"')) start = i + 1;
    else if (start >= 0 && (text[i] === '”' || text[i] === '"')) {
      passages.push(text.slice(start, i));
      start = -1;
    }
  }
  if (start >= 0) passages.push(text.slice(start));
  return passages;
}

const quotedWordsAreQuoted: Rule = {
  rule: 'Words in quotation marks in a summary or an event title stand inside quotation marks in a report of it that is not a reworded copy (whose marks are the rewriter’s).',
  check: (context) => {
    const comparable = (text: string) => normalizeWhitespace(text).toLowerCase();
    // Each article's quoted passages, read once, and each claim's reports, gathered once: at
    // thousands of articles, scanning them all for each claim took seconds.
    const quoted = new Map(context.archive.articles.map((article) => [article.id, article.rewordedFrom ? [] : (context.paragraphs.get(article.id) ?? []).flatMap(quotedPassages).map(comparable)]));
    const reportsOf = new Map<string, Set<string>>();
    for (const article of context.archive.articles) for (const claim of article.claims) reportsOf.set(claim.id, (reportsOf.get(claim.id) ?? new Set()).add(article.id));
    const unquoted = (text: string, slugs: Set<string>) => {
      const passages = [...slugs].flatMap((slug) => quoted.get(slug) ?? []);
      return quotedPassages(text).filter((words) => !passages.some((passage) => passage.includes(comparable(words))));
    };
    const message = (words: string, what: string) =>
      `puts “${words}” in quotation marks, but no report of ${what} that is not a reworded copy prints these words inside quotation marks: remove the marks, or quote such a report`;
    const claims = [...context.definitions.entries()].flatMap(([id, { article, index, meaning }]) => {
      return unquoted(meaning.summary, reportsOf.get(id) ?? new Set()).map((words) => ({ file: article.file, field: `claims[${index}].summary`, message: message(words, `claim "${id}"`) }));
    });
    const events = forEvents(context, (event) =>
      unquoted(event.title, new Set(event.citations.map((c) => c.article))).map((words) => ({ file: event.file, field: `${event.id}.title`, message: message(words, `event "${event.id}"`) })),
    );
    return [...claims, ...events];
  },
};

/**
 * Whether a place in a paragraph is inside quotation marks: more “ than ” before it, an odd
 * number of straight ", or a single mark opened and not yet closed. A single mark opens where
 * a word begins with it (‘Not, or ’Not as TASS prints it) and closes where a word ends with it,
 * except a plural's apostrophe ("the allies’ guarantees").
 */
function insideQuotationMarks(paragraph: string, at: number): boolean {
  const before = paragraph.slice(0, at);
  const count = (pattern: RegExp) => before.match(pattern)?.length ?? 0;
  // Read in the whole paragraph, so a mark right before the place sees the letter after it.
  const last = (pattern: RegExp) => Math.max(-1, ...[...paragraph.matchAll(pattern)].map((m) => m.index).filter((index) => index < at));
  const opened = last(/(?<![\p{L}\p{N}])[‘’](?=[\p{L}\p{N}])/gu);
  const closed = last(/(?<=[\p{L}\p{N}.,!?])’(?![\p{L}\p{N}])(?!(?<=s’) \p{Ll})/gu);
  return count(/“/g) > count(/”/g) || count(/"/g) % 2 === 1 || opened > closed;
}

const directQuotesAreQuoted: Rule = {
  rule: 'A direct quote begins inside quotation marks in its article’s text; words outside them are a paraphrase.',
  check: (context) =>
    forArticles(context, (article) => {
      const paragraphs = context.paragraphs.get(article.id)?.map(normalizeWhitespace);
      if (!paragraphs) return [];
      return article.claims.flatMap((claim, c) =>
        claim.quotes.flatMap((quote, q) => {
          const words = normalizeWhitespace(quote.text);
          if (quote.form !== 'direct' || /^[“"‘’]/.test(words)) return []; // a quote that carries its opening mark
          const paragraph = paragraphs.find((p) => p.includes(words));
          if (!paragraph || insideQuotationMarks(paragraph, paragraph.indexOf(words))) return []; // not found: said by quotesFoundOnce
          return [{ file: article.file, field: `claims[${c}].quotes[${q}].form`, message: `is direct, but "${excerpt(words)}" stands outside quotation marks in the text: direct is for the words an outlet prints inside them; write form: paraphrase` }];
        }),
      );
    }),
};

const repliesFollowWhatTheyAnswer: Rule = {
  rule: 'A reply (respondsTo) is not dated before what it answers, at the precision both dates have.',
  check: (context) =>
    [...context.definitions.entries()].flatMap(([id, { article, index, meaning }]) => {
      if (!meaning.respondsTo) return [];
      const [said, answered] = [context.claimDate(id), context.claimDate(meaning.respondsTo)];
      return said && answered && isLaterAtCommonPrecision(answered, said)
        ? [{ file: article.file, field: `claims[${index}].respondsTo`, message: `"${meaning.respondsTo}" (${answered}) is later than claim "${id}" (${said}): a reply cannot precede what it answers` }]
        : [];
    }),
};

const quotesFoundOnce: Rule = {
  rule: 'Every quote is in its article verbatim (whitespace aside), within one paragraph, sharing no words with another quote.',
  check: (context) =>
    forArticles(context, (article) => {
      const paragraphs = context.paragraphs.get(article.id);
      if (!paragraphs) return [];
      const fields = new Map<QuoteRef, string>();
      article.claims.forEach((claim, i) => claim.quotes.forEach((quote, q) => fields.set({ claimId: claim.id, index: q, text: quote.text }, `claims[${i}].quotes[${q}].text`)));
      const text = paragraphs.join('\n\n');
      return locateQuotes(paragraphs, [...fields.keys()]).problems.map((problem) => {
        const field = fields.get(problem.ref)!;
        const quoted = `"${excerpt(problem.ref.text)}"`;
        const message =
          problem.kind === 'not-found'
            ? `not found in the article text: ${quoted}; ${whereItDiffers(problem.ref.text, text)}`
            : problem.kind === 'spans-paragraphs'
              ? `runs across paragraphs; quote each paragraph separately: ${quoted}`
              : `overlaps ${fields.get(problem.other)} in the text; quotes must not share words: ${quoted}`;
        return { file: article.file, field, message };
      });
    }),
};

const quoteAnchorsUnique: Rule = {
  rule: 'Every quote of an article has its own anchor.',
  check: (context) =>
    forArticles(context, ({ file, claims }) => {
      const seen = new Map<string, string>();
      return claims.flatMap((claim, i) =>
        claim.quotes.flatMap((quote, q) => {
          const anchor = anchorOf(claim.id, quote, q);
          const field = `claims[${i}].quotes[${q}]`;
          const other = seen.get(anchor);
          seen.set(anchor, field);
          return other ? [{ file, field: `${field}.anchor`, message: `"${anchor}" is also the anchor of ${other}` }] : [];
        }),
      );
    }),
};

// ——— Events ———

const eventsWellFormed: Rule = {
  rule: 'An event is dated in a plausible range, and every passage it cites is in a paragraph of that article.',
  check: (context) => {
    const articles = new Set([...context.archive.articles.map((a) => a.id), ...(context.archive.unchecked?.articles ?? [])]);
    return forEvents(context, (event) => {
      const { file } = event;
      const earliest = event.context ? EARLIEST_EVENT_DATE : EARLIEST_ARTICLE_DATE;
      const problems: Problem[] = [];
      if (isBefore(event.date, earliest) || knownPart(event.date) > context.today) {
        problems.push({ file, field: `${event.id}.date`, message: `${event.date} is outside the plausible range (${earliest} to today${event.context ? '' : '; mark earlier events context: true'})` });
      }
      event.citations.forEach((citation, c) => {
        const field = `${event.id}.citations[${c}]`;
        problems.push(...resolves(file, `${field}.article`, citation.article, articles, 'articles'));
        const paragraphs = context.paragraphs.get(citation.article);
        if (paragraphs && !findInParagraphs(paragraphs, citation.text)) {
          problems.push({ file, field: `${field}.text`, message: `not found in a paragraph of ${citation.article}: "${excerpt(citation.text)}"; ${whereItDiffers(citation.text, paragraphs.join('\n\n'))}` });
        }
      });
      return problems;
    });
  },
};

const eventDateInferredWhereNotPrinted: Rule = {
  rule: 'An event’s date is printed in a paragraph citing it, or `inferred.date` says how it was established (and only then).',
  check: (context) =>
    forEvents(context, (event) => {
      const printed = event.citations.some((citation) => {
        const paragraphs = context.paragraphs.get(citation.article);
        const found = paragraphs && findInParagraphs(paragraphs, citation.text);
        return found ? printsDate(paragraphs[found.paragraph], event.date) : false;
      });
      if (printed && event.inferred.date) return [{ file: event.file, field: `${event.id}.inferred.date`, message: `explains a date a cited paragraph prints: remove the note` }];
      if (!printed && !event.inferred.date) return [{ file: event.file, field: `${event.id}.inferred.date`, message: `is missing: no cited paragraph prints ${event.date}; say how the date was established` }];
      return [];
    }),
};

// ——— The archive's own wording, on record ———

/** What to do instead, in every message of the guard: where and how a correction is recorded. */
const correctionHow = (entry: string, field?: string) =>
  `record it as a correction in content/corrections.yaml: entry: ${entry}, ${field ? `field: ${field}` : 'kind: retraction, no field'}, with date, kind, previous, now, reason and evidence (see README, "Corrections")`;

const publishedWordingChangesOnlyByCorrection: Rule = {
  rule: 'What the archive has published in its own voice changes only through a correction on record; a published entry is withdrawn only by a retraction.',
  check: ({ archive, definitions }) => {
    const { record } = archive;
    const now = ownWording(archive, definitions);
    const unchecked = new Set([...(archive.unchecked?.articles ?? []).map((id) => `articles/${id}`), ...(archive.unchecked?.claims ?? []).map((id) => `claims/${id}`)]);
    const publishedIds = new Set(record.published.map((published) => published.id));
    // A reference that matches nothing is reported by the rule that references resolve: a slip to mend, not a correction to record.
    const claims = new Set(definitions.keys());
    const references: Record<string, Set<string>> = {
      topics: new Set(archive.topics),
      speaker: new Set(archive.speakers.map((s) => s.id)),
      event: new Set(archive.events.map((e) => e.id)),
      outlet: new Set(archive.outlets.map((o) => o.id)),
      respondsTo: claims,
      disputes: claims,
    };
    // Topics are worded as a list, "a, b".
    const dangling = (field: string, value: string | null) => value !== null && field in references && value.split(', ').some((id) => !references[field].has(id));
    return record.published.flatMap((published) => {
      const entry = now.get(published.id);
      if (unchecked.has(published.id)) return [];
      if (!entry) {
        if (retractionOf(record.corrections, published.id)) return [];
        // An unpublished entry of the same kind with every published wording: the same entry under a new id.
        const kind = parseEntryKey(published.id).kind;
        const renamed = [...now.values()].find(
          (other) => !publishedIds.has(other.key) && parseEntryKey(other.key).kind === kind && Object.entries(published.fields).every(([field, value]) => (other.fields[field] ?? null) === (value ?? null)),
        );
        const { id } = parseEntryKey(published.id);
        const back = kind === 'articles' ? `rename the file back to ${id}.mdx` : `give it back the id "${id}"`;
        const why = renamed
          ? `, and ${renamed.key} (${renamed.file}) has its wording: if it is the same entry renamed, ${back}, since a published address never changes; if it was withdrawn, ${correctionHow(published.id)}`
          : `: a published entry is withdrawn only by a retraction; ${correctionHow(published.id)}`;
        return [{ file: record.publishedFile, field: published.id, message: `was published on ${published.published} and is no longer in the archive${why}` }];
      }
      return fieldsOf(published, entry, record.corrections).flatMap((field) => {
        const history = fieldHistory(published.fields[field] ?? null, correctionsOf(record.corrections, published.id, field));
        if (history.broken) return []; // reported by correctionsFollowOn
        const current = entry.fields[field] ?? null;
        return current === history.value || dangling(field, current)
          ? []
          : [{ file: entry.file, field: entry.at(field), message: `has changed since it was published without a correction: it said ${shownWording(history.value)} and now says ${shownWording(current)}; ${correctionHow(published.id, field)}` }];
      });
    });
  },
};

const correctionsFollowOn: Rule = {
  rule: 'A correction names a published entry and a guarded field, and its previous wording is the wording it corrects.',
  check: ({ archive }) => {
    const { record } = archive;
    const published = new Map(record.published.map((entry) => [entry.id, entry]));
    return record.corrections.flatMap((correction, i) => {
      const at = (field: string) => ({ file: record.correctionsFile, field: `[${i}].${field}` });
      const entry = published.get(correction.entry);
      if (!entry) return [{ ...at('entry'), message: `"${correction.entry}" has not been published: a new entry needs no correction` }];
      if (correction.field === undefined) {
        return correction.kind === 'retraction' && correction.now === null ? [] : [{ ...at('field'), message: 'is missing: only a retraction (kind: retraction, now: null) withdraws a whole entry' }];
      }
      if (!GUARDED_FIELDS[parseEntryKey(correction.entry).kind].test(correction.field)) {
        return [{ ...at('field'), message: `"${correction.field}" is not a field of the archive's own wording in ${correction.entry}` }];
      }
      const earlier = correctionsOf(record.corrections.slice(0, i + 1), correction.entry, correction.field);
      const { broken } = fieldHistory(entry.fields[correction.field] ?? null, earlier);
      return broken?.correction === correction
        ? [{ ...at('previous'), message: `is not the wording it corrects: that is ${shownWording(broken.expected)} (as published${earlier.length > 1 ? ', then corrected' : ''})` }]
        : [];
    });
  },
};

const correctionEvidenceInCapture: Rule = {
  rule: 'Each correction’s evidence stands, verbatim, on the capture line it names.',
  check: ({ archive }) => {
    const captures = new Map(archive.articles.map((a) => [a.capture, a.captureText]));
    return archive.record.corrections.flatMap((correction, i) =>
      correction.evidence.flatMap(({ capture, line, text }, j) => {
        const field = `[${i}].evidence[${j}]`;
        const captureText = captures.get(capture);
        if (captureText == null) return [{ file: archive.record.correctionsFile, field: `${field}.capture`, message: `"${capture}" is not the capture of any article` }];
        const lineText = captureText.split(/\r?\n/)[line - 1];
        if (lineText === undefined) return [{ file: archive.record.correctionsFile, field: `${field}.line`, message: `${capture} has no line ${line}` }];
        return normalizeWhitespace(lineText).includes(normalizeWhitespace(text))
          ? []
          : [{ file: archive.record.correctionsFile, field: `${field}.text`, message: `is not on line ${line} of ${capture}, which reads: ${excerpt(lineText, 80)}` }];
      }),
    );
  },
};

/** Every rule, in the order their problems are reported. */
export const RULES: Rule[] = [
  hasArticles,
  slugIsUrlSafe,
  slugIsNotADraftName,
  slugIsUnique,
  dateInPeriod,
  captureExists,
  captureUsedOnce,
  articleReferencesResolve,
  bodyIsText,
  bodyNotEmpty,
  noParagraphIsChrome,
  paragraphsVerbatimInCapture,
  captureAccountedFor,
  datelineAsPrinted,
  inferredWhereNotPrinted,
  eventIdentified,
  dateAsPrintedStatesDate,
  slipsInText,
  claimIdsWellFormed,
  claimIsDefined,
  claimMeansOneThing,
  claimReferencesResolve,
  summaryAttributed,
  quotedWordsAreQuoted,
  directQuotesAreQuoted,
  repliesFollowWhatTheyAnswer,
  quotesFoundOnce,
  quoteAnchorsUnique,
  eventsWellFormed,
  eventDateInferredWhereNotPrinted,
  publishedWordingChangesOnlyByCorrection,
  correctionsFollowOn,
  correctionEvidenceInCapture,
];

function paragraphsOf(body: string): string[] | null {
  try {
    return readArticleBody(body).paragraphs;
  } catch {
    return null; // reported by bodyIsText
  }
}

export function ruleContext(archive: ArchiveInput, today: string): RuleContext {
  const definitions = claimDefinitions(archive.articles);
  const eventDates = new Map(archive.events.map((e) => [e.id, e.date]));
  const firstReport = new Map<string, string>();
  for (const article of [...archive.articles].sort(byDateThenId)) {
    for (const claim of article.claims) if (!firstReport.has(claim.id)) firstReport.set(claim.id, article.date);
  }
  return {
    archive,
    today,
    paragraphs: new Map(archive.articles.map((a) => [a.id, paragraphsOf(a.body)])),
    definitions,
    claimDate: (claimId) => {
      const event = definitions.get(claimId)?.meaning.event;
      return (event && eventDates.get(event)) || firstReport.get(claimId) || null;
    },
  };
}

export function checkIntegrity(archive: ArchiveInput, today: string, rules: Rule[] = RULES): Problem[] {
  const context = ruleContext(archive, today);
  return rules.flatMap((rule) => rule.check(context));
}

/** `file:line:column: field: message`, the form editors jump from; the position where known. */
export function formatProblem({ file, field, message }: Problem, position?: Position): string {
  return `${file}${position ? `:${position.line}:${position.column}` : ''}: ${field ? `${field}: ` : ''}${message}`;
}
