/** `npm run permalinks:update`: builds the site and adds its new public addresses to the manifest. */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { filesUnder } from './files.ts';
import { MANIFEST, publicRoutes, readManifest, writeManifest } from './permalinks.ts';
import { buildSite, projectRoot } from './site-build.ts';

const work = mkdtempSync(path.join(os.tmpdir(), 'guarantees-permalinks-'));
try {
  const siteDir = path.join(work, 'dist');
  const result = buildSite(path.join(projectRoot, 'content'), siteDir);
  if (result.status !== 0) throw new Error(result.output);
  const known = existsSync(MANIFEST) ? readManifest() : [];
  const produced = publicRoutes(filesUnder(siteDir), siteDir);
  const added = produced.filter((route) => !known.includes(route));
  writeManifest([...known, ...produced]);
  console.log(`${added.length} new address(es) added to tests/permalinks.txt${added.length ? `:\n${added.join('\n')}` : ''}`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
