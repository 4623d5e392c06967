/** The raw web captures the articles were made from, served unchanged so anyone can check the cleaning. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { captureBytes, getArchive } from '../../data/archive.ts';

export const getStaticPaths = (async () => {
  const { articles } = await getArchive();
  return articles.map((article) => ({
    params: { file: article.data.source.capture },
    props: { text: captureBytes(article.data.source.capture)!.toString('utf8') },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => new Response(props.text, { headers: { 'content-type': 'text/plain; charset=utf-8' } });
