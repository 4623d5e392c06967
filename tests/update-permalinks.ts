/**
 * `npm run permalinks:update`: builds the site and adds its new addresses and anchors to the
 * manifest, and the wording of its new claims, events and articles to content/published.yaml. It only adds: when a shipped address is gone or an anchor points at other words, it
 * changes nothing and says which, since that is a broken promise to mend, not to record.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { filesUnder } from './files.ts';
import { brokenPromises, formatAnchor, MANIFEST, publicRoutes, readManifest, siteAnchors, writeManifest } from './permalinks.ts';
import { buildSite, projectRoot } from './site-build.ts';
import { recordPublished } from '../src/cli/published-record.ts';

/** Adds the built site's new addresses to the manifest, and the new wording to published.yaml, unless a shipped one is broken. */
function addNew(siteDir: string) {
  const known = existsSync(MANIFEST) ? readManifest() : { routes: [], anchors: [] };
  const routes = publicRoutes(filesUnder(siteDir), siteDir);
  const broken = brokenPromises(known, siteDir, routes);
  if (broken.length > 0) {
    console.error(`Nothing added: the site breaks ${broken.length} shipped permalink(s):\n${broken.join('\n')}`);
    process.exitCode = 1;
  } else {
    const anchors = siteAnchors(siteDir, routes);
    const knownLines = new Set([...known.routes, ...known.anchors.map(formatAnchor)]);
    const added = [...routes, ...anchors.map(formatAnchor)].filter((line) => !knownLines.has(line));
    writeManifest({ routes: [...known.routes, ...routes], anchors: [...known.anchors, ...anchors] });
    console.log(`${added.length} new address(es) added to tests/permalinks.txt${added.length ? `:\n${added.join('\n')}` : ''}`);
    const published = recordPublished(contentRoot, new Date().toISOString().slice(0, 10));
    console.log(`${published.length} new entr(y/ies) of the archive's own wording added to content/published.yaml${published.length ? `: ${published.join(', ')}` : ''}`);
  }
}

const contentRoot = path.join(projectRoot, 'content');
const work = mkdtempSync(path.join(os.tmpdir(), 'guarantees-permalinks-'));
try {
  const siteDir = path.join(work, 'dist');
  const result = buildSite(contentRoot, siteDir);
  if (result.status === 0) addNew(siteDir);
  else {
    // The build's own messages, without its note on the preview's origin, which this build is only for.
    console.error(result.output.split('\n').filter((line) => !line.startsWith('SITE_URL is not set')).join('\n').trim());
    console.error('\nNothing added: the site did not build, for the reasons above. npm run check says what to fix, at its line; then run this again.');
    process.exitCode = 1;
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
