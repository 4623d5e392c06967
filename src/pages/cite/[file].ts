/** The whole bibliography in one file per format, so a reader imports everything in one step: /cite/articles.bib, /cite/claims.ris… */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getArchive } from '../../data/archive.ts';
import { citationItems } from '../../data/citations.ts';
import { bibliography } from '../../lib/citation-files.ts';
import { CITATION_FORMATS } from '../../lib/urls.ts';

export const getStaticPaths = (async () => {
  const archive = await getArchive();
  const sets = {
    articles: bibliography(citationItems(archive, 'articles')),
    claims: bibliography(citationItems(archive, 'claims')),
  };
  return Object.entries(sets).flatMap(([name, files]) =>
    Object.entries(CITATION_FORMATS).map(([extension, { key, type }]) => ({ params: { file: `${name}.${extension}` }, props: { body: files[key], type } })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => new Response(`${props.body}\n`, { headers: { 'content-type': props.type } });
