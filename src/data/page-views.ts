/**
 * What an article's, a claim's and a capture's page show, gathered from the archive in one
 * place: each of these pages renders from its view alone, never from the archive itself. So a
 * view's digest says when the page may have changed, and Astro's incremental build
 * (astro.config.mjs) copies the last build's page, unrendered, while that digest (the route's
 * `cacheKey`) and the page's code are the same. These pages are three in every four of the site's.
 */
import { createHash } from 'node:crypto';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { Claim, ClaimReport } from '../lib/claims.ts';
import { captureBytes, citedArticle, citedClaim, pinpointSource, type Archive, type Article } from './archive.ts';
import { codeVersion } from './build-cache.ts';

/** What an article's page shows besides its body, whose rendering the article's digest names. */
export function articlePageView(archive: Archive, article: Article) {
  const { data } = article;
  const claims = archive.claimsIn(article.id);
  const { previous, next } = archive.neighbours(article.id);
  const linked = (neighbour?: Article) => neighbour && { id: neighbour.id, title: neighbour.data.title };
  return {
    article,
    outlet: data.outlet ? archive.outlet(data.outlet) : null,
    event: data.event ? archive.event(data.event) : null,
    speakers: [...new Set([data.speaker, ...claims.map((claim) => claim.speaker)])].map((id) => ({ id, name: archive.speaker(id).data.name })),
    claims: claims.map((claim) => ({
      id: claim.id,
      summary: claim.summary,
      speaker: archive.speaker(claim.speaker).data.name,
      quotes: claim.reports.find((report) => report.article === article.id)!.quotes,
      reportCount: claim.reports.length,
    })),
    previous: linked(previous),
    next: linked(next),
    cited: citedArticle(archive, article),
    pinpoint: pinpointSource(archive, article),
    corrections: archive.correctionsOn({ kind: 'article', id: article.id }),
  };
}

/** What a claim's page shows: every report's wording with its article, and the claims around it. */
export function claimPageView(archive: Archive, claim: Claim) {
  const { answers, when } = archive.statement(claim.id);
  const around = {
    answers: claim.respondsTo ? [archive.claim(claim.respondsTo)] : [],
    disputed: claim.disputes ? [archive.claim(claim.disputes)] : [],
    responses: answers.filter((a) => a.relation === 'reply').map((a) => a.claim),
    disputedBy: answers.filter((a) => a.relation === 'disputes').map((a) => a.claim),
  };
  const moved = archive.quotesMovedFrom(claim.id);
  const reports: ClaimReport[] = [...claim.reports, ...moved.map((m) => m.report), ...Object.values(around).flat().flatMap((c) => c.reports)];
  return {
    claim,
    speaker: archive.speaker(claim.speaker),
    event: claim.event ? archive.event(claim.event) : null,
    topics: claim.topics.map((id) => ({ id, name: archive.topic(id).data.name })),
    ...around,
    when,
    moved,
    articles: new Map(
      claim.reports.map((report) => {
        const article = archive.article(report.article);
        return [
          article.id,
          {
            id: article.id,
            title: article.data.title,
            outlet: report.outlet ? archive.outlet(report.outlet) : null,
            reworded: Boolean(article.data.rewordedFrom),
            pinpoint: pinpointSource(archive, article),
          },
        ];
      }),
    ),
    outletNames: new Map(reports.map((report) => [report.outlet, archive.outletName(report.outlet)])),
    cited: citedClaim(archive, claim),
    corrections: archive.correctionsOn({ kind: 'claim', id: claim.id }),
  };
}

/** What a capture's page shows: the capture's bytes and the article made from it. */
export function capturePageView(archive: Archive, article: Article) {
  return {
    article: { id: article.id, title: article.data.title },
    outletName: archive.outletName(article.data.outlet),
    file: article.data.source.capture,
    bytes: captureBytes(article.data.source.capture)!,
  };
}

const projectRoot = process.cwd();
const sourcesUnder = (folder: string): string[] =>
  readdirSync(path.join(projectRoot, folder), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(projectRoot, path.join(entry.parentPath, entry.name)));
let sources: string | undefined;

/**
 * A view's digest, with every source file and the installed packages: Astro hashes only the
 * code in a page's bundle, not the worker threads that render bodies and format citations.
 * Maps and sets count by their entries and buffers by their bytes; a function cannot be digested.
 */
export function viewKey(view: object): string {
  sources ??= codeVersion(projectRoot, ['astro.config.mjs', ...sourcesUnder('src').sort()]);
  const json = JSON.stringify(view, function (this: Record<string, unknown>, key, value: unknown) {
    const original = this[key];
    if (Buffer.isBuffer(original)) return createHash('sha256').update(original).digest('hex');
    if (original instanceof Map || original instanceof Set) return [...original];
    if (typeof original === 'function') throw new Error(`A page view holds a function (${key}): its digest could not say when the page changed`);
    return value;
  });
  return createHash('sha256').update(sources).update(json).digest('hex');
}
