/** Citation files for reference managers: /cite/articles/<slug>.bib|.ris|.json, likewise for claims. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getArchive } from '../../../data/archive.ts';
import { articleCitations, claimCitations } from '../../../data/citations.ts';

const FORMATS = {
  bib: { key: 'bibtex', type: 'application/x-bibtex; charset=utf-8' },
  ris: { key: 'ris', type: 'application/x-research-info-systems; charset=utf-8' },
  json: { key: 'cslJson', type: 'application/vnd.citationstyles.csl+json; charset=utf-8' },
} as const;

export const getStaticPaths = (async () => {
  const archive = await getArchive();
  const items = [
    ...archive.articles.map((article) => ({ kind: 'articles', id: article.id, citations: articleCitations(archive, article) })),
    ...archive.claims.map((claim) => ({ kind: 'claims', id: claim.id, citations: claimCitations(archive, claim) })),
  ];
  return items.flatMap(({ kind, id, citations }) => {
    return (Object.keys(FORMATS) as (keyof typeof FORMATS)[]).map((extension) => ({
      params: { kind, file: `${id}.${extension}` },
      props: { body: citations[FORMATS[extension].key], type: FORMATS[extension].type },
    }));
  });
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => new Response(`${props.body}\n`, { headers: { 'content-type': props.type } });
