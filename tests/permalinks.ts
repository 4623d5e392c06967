/**
 * The permalink manifest (tests/permalinks.txt): every public address the site has served,
 * fragments included. A page line is a route ("/articles/tass-2021-12-23/"); a fragment line is
 * a route, "#", the anchor and, for anchors on the outlets' text, a fingerprint of the text the
 * anchor points at ("/articles/tass-2021-12-23/#p-1 3f2a9c1b"). An address in the manifest must
 * always be produced, and a fingerprinted anchor must keep pointing at the same text; new
 * addresses are added with `npm run permalinks:update`, which never removes or changes a line.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as cheerio from 'cheerio';
import { fingerprint } from '../src/lib/permalink-coverage.ts';
import { projectRoot } from './site-build.ts';

export const MANIFEST = path.join(projectRoot, 'tests', 'permalinks.txt');

/** Build output that is not an address people cite: hashed assets, the search index, the error page, the hosts' files. */
const INTERNAL = [/^_astro\//, /^pagefind\//, /^search\/words\//, /^favicon\.svg$/, /^404\.html$/, /^sitemap-\d+\.xml$/, /^_headers$/, /^\.nojekyll$/];

/** The public addresses of a built site, from its files. */
export function publicRoutes(files: string[], siteDir: string): string[] {
  return files
    .map((file) => path.relative(siteDir, file).split(path.sep).join('/'))
    .filter((rel) => !INTERNAL.some((pattern) => pattern.test(rel)))
    .map((rel) => (rel === 'index.html' ? '/' : rel.endsWith('/index.html') ? `/${rel.slice(0, -'index.html'.length)}` : `/${rel}`))
    .sort();
}

/** The file a route is served from. */
export function fileOf(siteDir: string, route: string): string {
  return path.join(siteDir, route.endsWith('/') ? `${route}index.html` : route);
}

/** A built page, parsed. */
export const loadPage = (siteDir: string, route: string) => cheerio.load(readFileSync(fileOf(siteDir, route), 'utf8'));

export interface Anchor {
  route: string;
  id: string;
  /** Of the text the anchor points at; null where only the anchor's existence is promised. */
  fingerprint: string | null;
}

/**
 * Which anchors of a page are permalinks, and whether their text is promised too: paragraphs,
 * sentences and quotes of an article (the outlet's words, fingerprinted); each outlet's wording
 * on a claim page (fingerprinted); events on the timeline and on event pages, and corrections on
 * /corrections/ (existence only, since what the archive says about an event may grow).
 */
const ANCHOR_RULES: { route: RegExp; id: RegExp; fingerprinted: boolean; words?: string }[] = [
  { route: /^\/articles\/[^/]+\/$/, id: /^(p-\d+(-s\d+)?|q-[a-z0-9-]+)$/, fingerprinted: true },
  // The wording itself, not the caption around it.
  { route: /^\/claims\/[^/]+\/$/, id: /-q-[a-z0-9-]+$/, fingerprinted: true, words: 'blockquote' },
  { route: /^\/(events\/[^/]+\/)?$/, id: /^event-[a-z0-9-]+$/, fingerprinted: false },
  // Each correction on record, cited from the page it corrected and from the feed.
  { route: /^\/corrections\/$/, id: /^correction-[a-zA-Z0-9-]+$/, fingerprinted: false },
];

/** The words an anchor points at. A quote split across sentences continues in elements marked data-continues="<id>": their words count as the anchor's. */
export function anchorText($: cheerio.CheerioAPI, id: string, words?: string): string | null {
  const element = $(`[id="${id}"]`);
  if (element.length === 0) return null;
  if (words) return element.find(words).text();
  const pieces = [element, ...$(`[data-continues="${id}"]`).toArray().map((el) => $(el))];
  return pieces.map((piece) => piece.text()).join(' ');
}

/** The rule an anchor of a route falls under, if it is a permalink. */
export function anchorRule(route: string, id: string) {
  return ANCHOR_RULES.find((rule) => rule.route.test(route) && rule.id.test(id));
}

/** The permalink anchors of one built page. */
export function pageAnchors(route: string, html: string): Anchor[] {
  if (!ANCHOR_RULES.some((rule) => rule.route.test(route))) return [];
  const $ = cheerio.load(html);
  return $('[id]')
    .toArray()
    .flatMap((el) => {
      const id = el.attribs.id;
      const rule = anchorRule(route, id);
      if (!rule) return [];
      return [{ route, id, fingerprint: rule.fingerprinted ? fingerprint(anchorText($, id, rule.words)!) : null }];
    });
}

/** Every permalink anchor of a built site. */
export function siteAnchors(siteDir: string, routes: string[]): Anchor[] {
  return routes
    .filter((route) => route.endsWith('/'))
    .flatMap((route) => pageAnchors(route, readFileSync(fileOf(siteDir, route), 'utf8')));
}

/**
 * What the manifest promises that a built site breaks: pages gone, anchors gone, anchors
 * pointing at other words. Empty when every promise holds.
 */
export function brokenPromises(manifest: Manifest, siteDir: string, produced: string[]): string[] {
  const routes = new Set(produced);
  const current = new Map(siteAnchors(siteDir, produced).map((a) => [`${a.route}#${a.id}`, a]));
  return [
    ...manifest.routes.filter((route) => !routes.has(route)).map((route) => `${route}: the page is gone (restore it or add a redirect)`),
    ...manifest.anchors.flatMap((anchor) => {
      const now = current.get(`${anchor.route}#${anchor.id}`);
      if (!now) return [`${anchor.route}#${anchor.id}: the anchor is gone`];
      if (anchor.fingerprint && now.fingerprint !== anchor.fingerprint) {
        return [`${anchor.route}#${anchor.id}: points at other words than it did (fingerprint ${now.fingerprint}, shipped ${anchor.fingerprint})`];
      }
      return [];
    }),
  ];
}

export function formatAnchor({ route, id, fingerprint: print }: Anchor): string {
  return print ? `${route}#${id} ${print}` : `${route}#${id}`;
}

export function parseAnchor(line: string): Anchor {
  const [address, print] = line.split(' ');
  const at = address.indexOf('#');
  return { route: address.slice(0, at), id: address.slice(at + 1), fingerprint: print ?? null };
}

export interface Manifest {
  routes: string[];
  anchors: Anchor[];
}

export function readManifest(): Manifest {
  const lines = readFileSync(MANIFEST, 'utf8').split('\n').filter((line) => line && !line.startsWith('#'));
  return {
    routes: lines.filter((line) => !line.includes('#')),
    anchors: lines.filter((line) => line.includes('#')).map(parseAnchor),
  };
}

const HEADER = [
  '# Every public address the site has served, fragments included. Never remove or change a line:',
  '# a removed page needs a redirect; an anchor keeps pointing at the same text (see README, "Permalinks").',
  '# A fragment line is: route#anchor, then a fingerprint of the outlet’s words it points at.',
];

export function writeManifest({ routes, anchors }: Manifest): void {
  const lines = [...new Set([...routes, ...anchors.map(formatAnchor)])].sort();
  writeFileSync(MANIFEST, `${HEADER.join('\n')}\n${lines.join('\n')}\n`);
}
