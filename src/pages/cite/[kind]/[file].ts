/** Citation files for reference managers: /cite/articles/<slug>.bib|.ris|.json, likewise for claims. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getArchive } from '../../../data/archive.ts';
import { articleCitationFiles, claimCitationFiles } from '../../../data/citations.ts';
import { CITATION_FORMATS } from '../../../lib/urls.ts';

export const getStaticPaths = (async () => {
  const archive = await getArchive();
  const items = [
    ...archive.articles.map((article) => ({ kind: 'articles', id: article.id, citations: articleCitationFiles(archive, article) })),
    ...archive.claims.map((claim) => ({ kind: 'claims', id: claim.id, citations: claimCitationFiles(archive, claim) })),
  ];
  return items.flatMap(({ kind, id, citations }) => {
    return Object.entries(CITATION_FORMATS).map(([extension, { key, type }]) => ({
      params: { kind, file: `${id}.${extension}` },
      props: { body: citations[key], type },
    }));
  });
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => new Response(`${props.body}\n`, { headers: { 'content-type': props.type } });
