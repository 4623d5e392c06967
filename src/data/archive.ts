/**
 * The one place pages get content from. It loads every collection, runs the integrity
 * rules and throws when any is broken, so no page of a broken archive is ever built; then
 * it derives the views (claims across articles, the timeline) once for the whole build.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { getCollection, type CollectionEntry } from 'astro:content';
import { z } from 'astro/zod';
import { correctionSchema, publishedSchema } from '../content.config.ts';
import { NOT_A_LIST, parseDataFile } from '../lib/data-file.ts';
import { knownBody, readArticleBody } from '../lib/article-text.ts';
import type { CitedArticle, CitedClaim } from '../lib/citation.ts';
import { collectClaims, movedQuotes, type Claim, type MovedQuote } from '../lib/claims.ts';
import { resolveContentRoot } from '../lib/content-root.ts';
import { compareDates, formatDate } from '../lib/dates.ts';
import { articleInput, eventInput } from '../lib/archive-input.ts';
import type { ArchiveInput, Problem } from '../lib/archive-types.ts';
import { positionOf, type Position } from '../lib/source-positions.ts';
import { checkIntegrity, formatProblem } from '../lib/integrity.ts';
import { CONTENT_RULES_HOLD } from '../lib/build-signal.ts';
import { findInParagraphs } from '../lib/quotes.ts';
import { quotedTitle } from '../lib/pinpoint.ts';
import { paragraphSentences, placeOf } from '../lib/sentences.ts';
import { absoluteUrl } from '../lib/site-config.ts';
import { buildTimeline, neighbours, statementsOf, type Statement, type Timeline, type TimelineEvent } from '../lib/timeline.ts';
import { speakerInText } from '../lib/speaker-name.ts';
import { paths } from '../lib/urls.ts';
import { correctionAnchors, entryKey, fieldLabel, lastRevised, parseEntryKey, type Correction, type PageRef, type Withdrawn } from '../lib/wording.ts';
import type { AnchorSource } from '../lib/remark-article-anchors.ts';
import { renderedPart } from './article-renderings.ts';
import { BUILD_CACHE_DIR } from './build-cache.ts';

export type Article = CollectionEntry<'articles'>;
export type Outlet = CollectionEntry<'outlets'>;
export type Speaker = CollectionEntry<'speakers'>;
export type Topic = CollectionEntry<'topics'>;
export type Event = CollectionEntry<'events'>;

export interface Archive {
  /** Oldest first. */
  articles: Article[];
  outlets: Outlet[];
  speakers: Speaker[];
  topics: Topic[];
  /** Oldest first. */
  events: TimelineEvent[];
  claims: Claim[];
  timeline: Timeline;
  article: (id: string) => Article;
  outlet: (id: string) => Outlet;
  speaker: (id: string) => Speaker;
  topic: (id: string) => Topic;
  event: (id: string) => TimelineEvent;
  claim: (id: string) => Claim;
  /** A claim as lists and the timeline show it: one quote in an outlet's words, what answers it. */
  statement: (id: string) => Statement;
  /** Quotes whose anchor was made for this claim and that are now under another. */
  quotesMovedFrom: (id: string) => MovedQuote[];
  /** The claims an article reports, in the claims' order. */
  claimsIn: (articleId: string) => Claim[];
  /** The articles before and after one, in date order. */
  neighbours: (articleId: string) => { previous?: Article; next?: Article };
  /** The outlet's name, or the one label for an outlet the capture does not name. */
  outletName: (id: string | null) => string;
  /** Every correction of the archive's own wording, newest first. */
  corrections: Correction[];
  /** The corrections of what a page shows, newest first. */
  correctionsOn: (page: PageRef) => Correction[];
  /** The day a page was last revised: what it shows was last published or corrected (YYYY-MM-DD). */
  revisedOn: (page: PageRef) => string;
  /** Entries withdrawn, whose pages keep answering. */
  withdrawn: Withdrawn[];
}

/** The label, everywhere, for an article whose capture names no outlet. */
export const UNNAMED_OUTLET = 'Outlet not named';

export class ContentIntegrityError extends Error {
  constructor(problems: string[]) {
    super(`Content failed ${problems.length} integrity check(s):\n${problems.join('\n')}`);
    this.name = 'ContentIntegrityError';
  }
}

/** Paths in messages are as an editor would type them: relative inside the project, else absolute. */
function shown(filePath: string | undefined, fallback: string): string {
  if (!filePath) return fallback;
  const relative = path.relative(process.cwd(), path.resolve(filePath));
  return relative.startsWith('..') ? path.resolve(filePath) : relative;
}

function positionInFile(problem: Problem): Position | undefined {
  return existsSync(problem.file) ? positionOf(readFileSync(problem.file, 'utf8'), problem.field, problem.offset) : undefined;
}

const contentRoot = resolveContentRoot(process.cwd());
const capturesDir = path.join(contentRoot, 'captures');
const captures = new Map<string, Buffer | null>();

/** A capture's bytes (null if the file is missing), read once per build for the archive and the capture's page. */
export function captureBytes(name: string): Buffer | null {
  if (!captures.has(name)) {
    const file = path.join(capturesDir, name);
    captures.set(name, existsSync(file) ? readFileSync(file) : null);
  }
  return captures.get(name)!;
}

function lookup<T>(items: T[], key: (item: T) => string, kind: string): (id: string) => T {
  const byId = new Map(items.map((item) => [key(item), item]));
  return (id) => {
    const item = byId.get(id);
    // Unreachable once the integrity rules pass; a clear message if a page asks for nonsense.
    if (!item) throw new Error(`No ${kind} with id "${id}"`);
    return item;
  };
}

/**
 * The record of published wording, or of corrections: read here rather than as collections, since
 * Astro warns of an empty collection and a new archive has neither. A file that is missing or
 * malformed fails the build, and `npm run build` then shows `npm run check`'s messages for it.
 */
function readRecordFile<T>(name: string, schema: z.ZodType<T>): T[] {
  const items = parseDataFile(readFileSync(path.join(contentRoot, name), 'utf8'));
  if (!items) throw new Error(`${name}: ${NOT_A_LIST}`);
  return z.array(schema).parse(items);
}

/** One part of an article body's rendering, as the articles' loader left it in the build cache. */
const renderedPartOf = <Part extends 'html' | 'text'>(article: Article, part: Part) =>
  renderedPart(BUILD_CACHE_DIR, String(article.digest), part, article.body ?? '', article.data as AnchorSource);

/** An article body's HTML, as the articles' loader rendered it. */
export const articleHtml = (article: Article): Promise<string> => renderedPartOf(article, 'html');

async function load(): Promise<Archive> {
  const [articles, outlets, speakers, topics, events] = await Promise.all([
    getCollection('articles'),
    getCollection('outlets'),
    getCollection('speakers'),
    getCollection('topics'),
    getCollection('events'),
  ]);
  // The texts only: a body's HTML is read when its page renders.
  for (const [entry, text] of await Promise.all(articles.map(async (entry) => [entry, await renderedPartOf(entry, 'text')] as const))) knownBody(entry.body ?? '', text);
  const inputs = articles.map((entry) =>
    articleInput({
      id: entry.id,
      file: shown(entry.filePath, `articles/${entry.id}.mdx`),
      data: entry.data,
      body: entry.body ?? '',
      captureText: captureBytes(entry.data.source.capture)?.toString('utf8') ?? null,
    }),
  );
  const integrityInput: ArchiveInput = {
    articlesDir: shown(path.join(contentRoot, 'articles'), 'articles'),
    capturesDir: shown(capturesDir, 'captures'),
    captures: existsSync(capturesDir) ? readdirSync(capturesDir).filter((name) => name.endsWith('.txt')) : [],
    articles: inputs,
    outlets: outlets.map((entry) => ({ id: entry.id, name: entry.data.name })),
    speakers: speakers.map((entry) => ({ id: entry.id, name: entry.data.name, shortName: entry.data.shortName })),
    topics: topics.map((entry) => entry.id),
    events: events.map((entry) => eventInput(entry.data, shown(entry.filePath, 'events'))),
    record: {
      publishedFile: shown(path.join(contentRoot, 'published.yaml'), 'published.yaml'),
      published: readRecordFile('published.yaml', publishedSchema),
      correctionsFile: shown(path.join(contentRoot, 'corrections.yaml'), 'corrections.yaml'),
      corrections: readRecordFile('corrections.yaml', correctionSchema),
    },
  };
  // The rules of `npm run check`, on the texts just rendered: no page of a broken archive is built.
  const problems = checkIntegrity(integrityInput, new Date().toISOString().slice(0, 10));
  if (problems.length > 0) throw new ContentIntegrityError(problems.map((p) => formatProblem(p, p.position ?? positionInFile(p))));
  process.send?.(CONTENT_RULES_HOLD);

  articles.sort((a, b) => compareDates(a.data.date, b.data.date) || a.id.localeCompare(b.id));
  const bodyById = new Map(inputs.map((input) => [input.id, input.body]));
  const timelineEvents: TimelineEvent[] = events
    .map((entry) => ({
      id: entry.id,
      date: entry.data.date,
      context: entry.data.context,
      title: entry.data.title,
      inferred: entry.data.inferred,
      note: entry.data.note ?? null,
      citations: entry.data.citations.map((citation) => {
        const { paragraphs } = readArticleBody(bodyById.get(citation.article)!);
        return { article: citation.article, paragraph: findInParagraphs(paragraphs, citation.text)!.paragraph + 1 };
      }),
    }))
    .sort((a, b) => compareDates(a.date, b.date));

  const claims = collectClaims(inputs);
  // Each quote's paragraph and sentence, for pinpoint citations.
  const texts = new Map(inputs.map((input) => {
    const { paragraphs } = readArticleBody(input.body);
    return [input.id, { paragraphs, sentences: paragraphSentences(paragraphs, input.dateline) }];
  }));
  for (const report of claims.flatMap((claim) => claim.reports)) {
    const { paragraphs, sentences } = texts.get(report.article)!;
    for (const quote of report.quotes) quote.place = placeOf(paragraphs, sentences, quote.text) ?? undefined;
  }
  const eventDates = new Map(timelineEvents.map((e) => [e.id, e.date]));
  const eventDate = (id: string) => eventDates.get(id)!;
  const statements = statementsOf(claims, eventDate);
  const timeline = buildTimeline(
    timelineEvents,
    articles.map((a) => ({ id: a.id, date: a.data.date, dateInferred: Boolean(a.data.inferred.date), title: a.data.title, outlet: a.data.outlet })),
    claims,
    statements,
  );
  const moved = movedQuotes(claims);
  const byArticle = new Map<string, Claim[]>();
  for (const claim of claims) for (const article of new Set(claim.reports.map((r) => r.article))) byArticle.set(article, [...(byArticle.get(article) ?? []), claim]);

  const outletById = lookup(outlets, (o) => o.id, 'outlet');
  const today = new Date().toISOString().slice(0, 10);
  const { record } = integrityInput;
  const recorded = new Map(record.published.map((entry) => [entry.id, entry]));
  const claimById = new Map(claims.map((c) => [c.id, c]));
  const eventById = new Map(timelineEvents.map((e) => [e.id, e]));
  const articleById = new Map(articles.map((a) => [a.id, a]));
  /** A field's wording as a page shows it: ids as the names and titles they stand for. */
  const shownValue = (field: string | undefined, value: string | null): string | null => {
    if (value === null) return null;
    if (field === 'speaker') return speakers.find((s) => s.id === value)?.data.name ?? value;
    if (field === 'event') return eventById.get(value)?.title ?? value;
    if (field === 'outlet') return outlets.find((o) => o.id === value)?.data.name ?? value;
    if (field === 'respondsTo' || field === 'disputes') return claimById.get(value)?.summary ?? value;
    if (field === 'topics') return value.split(', ').map((id) => topics.find((t) => t.id === id)?.data.name ?? id).join(', ');
    return value;
  };
  /** What an entry is called, now or as last published. */
  const titleOf = (key: string): string => {
    const { kind, id } = parseEntryKey(key);
    const fields = recorded.get(key)?.fields ?? {};
    if (kind === 'claims') return claimById.get(id)?.summary ?? fields.summary ?? id;
    if (kind === 'events') return eventById.get(id)?.title ?? fields.title ?? id;
    return articleById.get(id)?.data.title ?? id;
  };
  const pathOf = (key: string) => {
    const { kind, id } = parseEntryKey(key);
    return kind === 'claims' ? paths.claim(id) : kind === 'events' ? paths.event(id) : paths.article(id);
  };
  const SUBJECT = { claims: 'the claim', events: 'the event', articles: 'the article' } as const;
  const anchors = correctionAnchors(record.corrections);
  const correctionViews: Correction[] = record.corrections
    .map((correction, i) => ({
      ...correction,
      anchor: anchors[i],
      page: pathOf(correction.entry),
      subject: `${SUBJECT[parseEntryKey(correction.entry).kind]} ${quotedTitle(titleOf(correction.entry))}`,
      fieldLabel: correction.field ? fieldLabel(correction.field) : null,
      previousShown: shownValue(correction.field, correction.previous),
      nowShown: shownValue(correction.field, correction.now),
    }))
    .reverse();
  /** The entries a page shows in the archive's voice: its own, and the claims or event it presents. */
  const entriesOn = ({ kind, id }: PageRef): string[] => {
    if (kind === 'article') return [entryKey('articles', id), ...(byArticle.get(id) ?? []).map((c) => entryKey('claims', c.id))];
    if (kind === 'claim') {
      const event = claimById.get(id)?.event;
      return [entryKey('claims', id), ...(event ? [entryKey('events', event)] : [])];
    }
    return [entryKey('events', id), ...claims.filter((c) => c.event === id).map((c) => entryKey('claims', c.id))];
  };
  const current = new Set([...claimById.keys()].map((id) => entryKey('claims', id)).concat([...eventById.keys()].map((id) => entryKey('events', id)), [...articleById.keys()].map((id) => entryKey('articles', id))));
  const withdrawn: Withdrawn[] = correctionViews
    .filter((c) => c.kind === 'retraction' && c.field === undefined && !current.has(c.entry))
    .map((correction) => ({ ...parseEntryKey(correction.entry), title: titleOf(correction.entry), correction }));
  return {
    articles,
    outlets,
    speakers,
    topics,
    events: timelineEvents,
    claims,
    timeline,
    article: lookup(articles, (a) => a.id, 'article'),
    outlet: outletById,
    speaker: lookup(speakers, (s) => s.id, 'speaker'),
    topic: lookup(topics, (t) => t.id, 'topic'),
    event: lookup(timelineEvents, (e) => e.id, 'event'),
    claim: lookup(claims, (c) => c.id, 'claim'),
    statement: (id) => statements.get(id)!,
    quotesMovedFrom: (id) => moved.get(id) ?? [],
    claimsIn: (articleId) => byArticle.get(articleId) ?? [],
    neighbours: neighbours(articles),
    outletName: (id) => (id ? outletById(id).data.name : UNNAMED_OUTLET),
    corrections: correctionViews,
    correctionsOn: (page) => {
      const keys = new Set(entriesOn(page));
      return correctionViews.filter((c) => keys.has(c.entry));
    },
    revisedOn: (page) => lastRevised(record.published, record.corrections, entriesOn(page), today),
    withdrawn,
  };
}

let loaded: Promise<Archive> | undefined;

/** Loaded and checked once per build, however many pages ask. */
export function getArchive(): Promise<Archive> {
  loaded ??= load();
  return loaded;
}

/** How a pinpoint citation names an article: its outlet (where the capture names one), its title, its date. */
export function pinpointSource(archive: Archive, article: Article): string {
  return [...(article.data.outlet ? [archive.outletName(article.data.outlet)] : []), quotedTitle(article.data.title), formatDate(article.data.date)].join(', ');
}

/** What the archive established rather than read in an article's capture, for citations. */
function articleCaveats(article: Article): string[] {
  const { data } = article;
  return [
    ...(data.inferred.date ? ['publication date inferred by the archive'] : []),
    ...(data.outlet === null ? ['outlet not named in the capture'] : data.inferred.outlet ? ['outlet identified by the archive'] : []),
    ...(data.rewordedFrom ? ['a reworded copy of another outlet’s report'] : []),
    ...(data.completeness.status === 'incomplete' ? ['the captured text is incomplete'] : data.completeness.status === 'unknown' ? ['whether the captured text is complete is not known'] : []),
  ];
}

/** An article as citation metadata describes it: only what the archive records. */
export function citedArticle(archive: Archive, article: Article): CitedArticle {
  const outlet = article.data.outlet ? archive.outlet(article.data.outlet).data : null;
  const { paragraphs } = readArticleBody(article.body ?? '');
  const [first] = paragraphSentences(paragraphs.slice(0, 1), article.data.dateline);
  const lede = first?.[0] ? paragraphs[0].slice(first[0].start, first[0].end) : article.data.title;
  return {
    id: article.id,
    title: article.data.title,
    outlet: outlet && { name: outlet.name, homepage: outlet.homepage },
    author: article.data.author,
    date: article.data.date,
    dateline: article.data.dateline,
    permalink: absoluteUrl(paths.article(article.id)),
    captureUrl: absoluteUrl(paths.capture(article.data.source.capture)),
    originalUrl: article.data.source.url,
    language: 'en',
    abstract: article.data.standfirst ?? lede,
    caveats: articleCaveats(article),
    revised: archive.revisedOn({ kind: 'article', id: article.id }),
  };
}

export function citedClaim(archive: Archive, claim: Claim): CitedClaim {
  const speaker = archive.speaker(claim.speaker).data;
  const event = claim.event ? archive.event(claim.event) : null;
  const firstReport = archive.article(claim.reports[0].article);
  const inferred = event ? Boolean(event.inferred.date) : Boolean(firstReport.data.inferred.date);
  return {
    id: claim.id,
    summary: claim.summary,
    speaker: { name: speaker.name, inText: speakerInText(speaker), kind: speaker.kind },
    permalink: absoluteUrl(paths.claim(claim.id)),
    date: archive.statement(claim.id).when.date,
    caveats: [
      ...(event ? [] : ['dated by its first report; when it was said is not stated']),
      ...(inferred ? [`the ${event ? 'date of the statement' : 'report’s date'} is inferred by the archive`] : []),
    ],
    revised: archive.revisedOn({ kind: 'claim', id: claim.id }),
    appearances: claim.reports.map((report) => ({
      article: citedArticle(archive, archive.article(report.article)),
      quotes: report.quotes,
    })),
  };
}
