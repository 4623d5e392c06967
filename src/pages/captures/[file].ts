/** The raw web captures the articles were made from, served unchanged so anyone can check the cleaning. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getArchive } from '../../data/archive.ts';
import { resolveContentRoot } from '../../lib/content-root.ts';

export const getStaticPaths = (async () => {
  const { articles } = await getArchive();
  const dir = path.join(resolveContentRoot(process.cwd()), 'captures');
  return articles.map((article) => ({
    params: { file: article.data.source.capture },
    props: { text: readFileSync(path.join(dir, article.data.source.capture), 'utf8') },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => new Response(props.text, { headers: { 'content-type': 'text/plain; charset=utf-8' } });
