/** The words of the searchable text, by first character, for the search page (src/lib/search-words.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getArchive } from '../../../data/archive.ts';
import { readArticleBody } from '../../../lib/article-text.ts';
import { chunkOf, vocabulary, type WordEntry } from '../../../lib/search-words.ts';

export const getStaticPaths = (async () => {
  const archive = await getArchive();
  // What search indexes: each article's title, standfirst and text; each claim's summary and quotes.
  const pages = [
    ...archive.articles.map((a) => [a.data.title, a.data.standfirst ?? '', ...readArticleBody(a.body ?? '').paragraphs]),
    ...archive.claims.map((c) => [c.summary, ...c.reports.flatMap((r) => r.quotes.map((q) => q.text))]),
  ];
  const chunks = new Map<string, WordEntry[]>();
  for (const entry of vocabulary(pages)) {
    const chunk = chunkOf(entry[0]);
    if (!chunks.has(chunk)) chunks.set(chunk, []);
    chunks.get(chunk)!.push(entry);
  }
  return [...chunks].map(([chunk, words]) => ({ params: { chunk }, props: { words } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => new Response(JSON.stringify(props.words), { headers: { 'content-type': 'application/json; charset=utf-8' } });
