/** The whole bibliography in one file per format, so a reader imports everything in one step: /cite/articles.bib, /cite/claims.ris… */
import type { APIRoute, GetStaticPaths } from 'astro';
import { citedArticle, citedClaim, getArchive } from '../../data/archive.ts';
import { articleCsl, bibliography, claimCsl } from '../../lib/citation.ts';
import { CITATION_FORMATS } from '../../lib/urls.ts';

export const getStaticPaths = (async () => {
  const archive = await getArchive();
  const sets = {
    articles: bibliography(archive.articles.map((article) => articleCsl(citedArticle(archive, article)))),
    claims: bibliography(archive.claims.map((claim) => claimCsl(citedClaim(archive, claim)))),
  };
  return Object.entries(sets).flatMap(([name, files]) =>
    Object.entries(CITATION_FORMATS).map(([extension, { key, type }]) => ({ params: { file: `${name}.${extension}` }, props: { body: files[key], type } })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => new Response(`${props.body}\n`, { headers: { 'content-type': props.type } });
