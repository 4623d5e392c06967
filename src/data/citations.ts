/**
 * Each article's and claim's citations, formatted once per build: the page's cite box and the
 * /cite/ downloads share them (citeproc costs milliseconds per item, which adds up at scale).
 */
import { articleCsl, claimCsl, formatCitations, type Citations } from '../lib/citation.ts';
import type { Claim } from '../lib/claims.ts';
import { citedArticle, citedClaim, type Archive, type Article } from './archive.ts';

const formatted = new Map<string, Citations>();

function once(key: string, format: () => Citations): Citations {
  let citations = formatted.get(key);
  if (!citations) {
    citations = format();
    formatted.set(key, citations);
  }
  return citations;
}

export const articleCitations = (archive: Archive, article: Article) =>
  once(`articles/${article.id}`, () => {
    const cited = citedArticle(archive, article);
    return formatCitations(articleCsl(cited), cited.caveats);
  });

export const claimCitations = (archive: Archive, claim: Claim) =>
  once(`claims/${claim.id}`, () => {
    const cited = citedClaim(archive, claim);
    return formatCitations(claimCsl(cited), cited.caveats);
  });
