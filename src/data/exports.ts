/** The archive's records for /data/, checked against their schemas as they are made. */
import { absoluteUrl } from '../lib/site-config.ts';
import { articleRecord, claimRecord, correctionRecord, type ArticleRecord, type ClaimRecord, type CorrectionRecord, type QuotePlace } from '../lib/data-export.ts';
import { readArticleBody } from '../lib/article-text.ts';
import { findInParagraphs } from '../lib/quotes.ts';
import { paths } from '../lib/urls.ts';
import type { Archive } from './archive.ts';

export function articleRecords(archive: Archive): ArticleRecord[] {
  return archive.articles.map((article) => {
    const d = article.data;
    const outlet = d.outlet ? archive.outlet(d.outlet) : null;
    const event = d.event ? archive.event(d.event) : null;
    return articleRecord.parse({
      id: article.id,
      url: absoluteUrl(paths.article(article.id)),
      title: d.title,
      standfirst: d.standfirst ?? null,
      outlet: outlet && { id: outlet.id, name: outlet.data.name },
      author: d.author,
      date: d.date,
      dateline: d.dateline,
      speaker: { id: d.speaker, name: archive.speaker(d.speaker).data.name },
      event: event && { id: event.id, title: event.title, date: event.date },
      source: { capture: d.source.capture, captureUrl: absoluteUrl(paths.capture(d.source.capture)), originalUrl: d.source.url },
      inferred: Object.fromEntries(Object.entries(d.inferred).filter(([, how]) => how)),
      removed: d.removed,
      claims: d.claims.map((c) => c.id),
    });
  });
}

export function claimRecords(archive: Archive): ClaimRecord[] {
  return archive.claims.map((claim) => {
    const event = claim.event ? archive.event(claim.event) : null;
    return claimRecord.parse({
      id: claim.id,
      url: absoluteUrl(paths.claim(claim.id)),
      summary: claim.summary,
      speaker: { id: claim.speaker, name: archive.speaker(claim.speaker).data.name },
      topics: claim.topics.map((id) => ({ id, name: archive.topic(id).data.name })),
      event: event && { id: event.id, title: event.title, date: event.date },
      respondsTo: claim.respondsTo,
      reports: claim.reports.map((report) => ({
        article: report.article,
        articleUrl: absoluteUrl(paths.article(report.article)),
        outlet: report.outlet ? { id: report.outlet, name: archive.outlet(report.outlet).data.name } : null,
        date: report.date,
        quotes: report.quotes.map((q) => ({ text: q.text, form: q.form, url: absoluteUrl(`${paths.article(report.article)}#${q.anchor}`) })),
      })),
    });
  });
}

/** Every quote with its paragraph and its place in it, for the W3C annotations. */
export function quotePlaces(archive: Archive): QuotePlace[] {
  return archive.claims.flatMap((claim) =>
    claim.reports.flatMap((report) => {
      const { paragraphs } = readArticleBody(archive.article(report.article).body ?? '');
      const articleUrl = absoluteUrl(paths.article(report.article));
      return report.quotes.map((quote) => {
        const found = findInParagraphs(paragraphs, quote.text)!;
        return {
          id: `${articleUrl}#${quote.anchor}`,
          articleUrl,
          claimUrl: absoluteUrl(paths.claim(claim.id)),
          claimSummary: claim.summary,
          paragraph: found.paragraph + 1,
          paragraphText: paragraphs[found.paragraph],
          start: found.start,
          end: found.end,
        };
      });
    }),
  );
}

/** Every correction, newest first, flat: one record serves the JSON and the CSV. */
export function correctionRecords(archive: Archive): CorrectionRecord[] {
  return archive.corrections.map((c) =>
    correctionRecord.parse({
      id: c.anchor,
      date: c.date,
      kind: c.kind,
      entry: c.entry,
      field: c.field ?? '',
      previous: c.previous ?? '',
      now: c.now ?? '',
      reason: c.reason,
      evidence: c.evidence.map((e) => `${e.capture}, line ${e.line}: ${e.text}`).join(' | '),
      url: absoluteUrl(`${c.page}#${c.anchor}`),
    }),
  );
}
