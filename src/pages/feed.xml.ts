/** RSS: the archive's articles, newest first. */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getArchive } from '../data/archive.ts';
import { absoluteUrl } from '../lib/site-config.ts';
import { paths } from '../lib/urls.ts';

export const GET: APIRoute = async () => {
  const archive = await getArchive();
  return rss({
    title: 'Guarantees 2021',
    description: 'News reports of December 2021 to February 2022 on the security guarantees Russia demanded from the US and NATO, kept verbatim.',
    site: absoluteUrl(paths.home),
    items: [...archive.articles].reverse().map((article) => {
      const outlet = archive.outletName(article.data.outlet);
      return {
        title: article.data.title,
        link: absoluteUrl(paths.article(article.id)),
        pubDate: new Date(`${article.data.date}T00:00:00Z`),
        description: `${outlet}, ${article.data.date}. ${article.data.standfirst ?? ''}`.trim(),
        categories: [outlet],
      };
    }),
  });
};
