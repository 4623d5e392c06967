/** Citation files for reference managers: /cite/articles/<slug>.bib|.ris|.json, likewise for claims. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getArchive } from '../../../data/archive.ts';
import { citationFilesOf } from '../../../data/citations.ts';
import { CITATION_FORMATS } from '../../../lib/urls.ts';

export const getStaticPaths = (async () => {
  const archive = await getArchive();
  const items = (['articles', 'claims'] as const).flatMap((kind) => archive[kind].map(({ id }) => ({ kind, id, citations: citationFilesOf(archive, kind, id) })));
  return items.flatMap(({ kind, id, citations }) => {
    return Object.entries(CITATION_FORMATS).map(([extension, { key, type }]) => ({
      params: { kind, file: `${id}.${extension}` },
      props: { body: citations[key], type },
    }));
  });
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => new Response(`${props.body}\n`, { headers: { 'content-type': props.type } });
