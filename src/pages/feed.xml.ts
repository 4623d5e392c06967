/** RSS: the archive's articles and its corrections, newest first. */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getArchive } from '../data/archive.ts';
import { absoluteUrl } from '../lib/site-config.ts';
import { paths } from '../lib/urls.ts';
import { CORRECTION_KINDS } from '../lib/wording.ts';

export const GET: APIRoute = async () => {
  const archive = await getArchive();
  return rss({
    title: 'Guarantees 2021',
    description: 'News reports of December 2021 to February 2022 on the security guarantees Russia demanded from the US and NATO, kept verbatim, and every correction of what the archive says of them.',
    site: absoluteUrl(paths.home),
    items: [
      ...archive.articles.map((article) => {
        const outlet = archive.outletName(article.data.outlet);
        return {
          title: article.data.title,
          link: absoluteUrl(paths.article(article.id)),
          pubDate: new Date(`${article.data.date}T00:00:00Z`),
          description: `${outlet}, ${article.data.date}. ${article.data.standfirst ?? ''}`.trim(),
          categories: [outlet],
        };
      }),
      ...archive.corrections.map((c) => ({
        title: `${CORRECTION_KINDS[c.kind].label}: ${c.subject}${c.fieldLabel ? `, its ${c.fieldLabel}` : ''}`,
        link: absoluteUrl(`${c.page}#${c.anchor}`),
        pubDate: new Date(`${c.date}T00:00:00Z`),
        description: `It said: ${c.previousShown === null ? 'nothing' : `“${c.previousShown}”`}. It says: ${c.nowShown === null ? 'nothing' : `“${c.nowShown}”`}. ${c.reason}`,
        categories: ['Corrections'],
      })),
    ].sort((a, b) => b.pubDate.getTime() - a.pubDate.getTime()),
  });
};
