import type { APIRoute } from 'astro';
import { absoluteUrl, BASE_PATH, IS_PREVIEW } from '../lib/site-config.ts';

// A local preview asks every crawler to stay away. Under a base path this file is not the origin's
// robots.txt, the only one crawlers read: it says so rather than pretend to rule anything.
const lines = [
  ...(BASE_PATH === '/' ? [] : [`# Crawlers read only the origin's /robots.txt: under ${BASE_PATH} this file has no effect. Its owner may copy the Sitemap line.`]),
  'User-agent: *',
  IS_PREVIEW ? 'Disallow: /' : 'Allow: /',
  '',
  `Sitemap: ${absoluteUrl('/sitemap-index.xml')}`,
];

export const GET: APIRoute = () => new Response(`${lines.join('\n')}\n`, { headers: { 'content-type': 'text/plain; charset=utf-8' } });
