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

const contentRoot = path.join(projectRoot, 'content');
const work = mkdtempSync(path.join(os.tmpdir(), 'guarantees-permalinks-'));
try {
  const siteDir = path.join(work, 'dist');
  const result = buildSite(contentRoot, siteDir);
  if (result.status !== 0) throw new Error(result.output);
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
} finally {
  rmSync(work, { recursive: true, force: true });
}
