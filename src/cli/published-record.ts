/**
 * content/published.yaml grows by the entries published since it was last written: their wording
 * as it stands, dated today. Entries already there are never rewritten; their later changes are
 * corrections (content/corrections.yaml).
 */
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { claimDefinitions } from '../lib/claims.ts';
import { newlyPublished, ownWording } from '../lib/wording.ts';
import { readContent } from './read-content.ts';

/** Adds what is new to the record; returns the entries added. */
export function recordPublished(contentRoot: string, today: string): string[] {
  const { archive, schemaProblems } = readContent(contentRoot);
  if (schemaProblems.length > 0) throw new Error(`Nothing recorded: run npm run check and mend what it reports first`);
  const added = newlyPublished(archive.record.published, ownWording(archive, claimDefinitions(archive.articles)), today);
  if (added.length === 0) return [];
  const file = path.join(contentRoot, 'published.yaml');
  const text = yaml.dump(added, { lineWidth: -1 });
  // An empty record is written "[]"; a list that has entries grows at its end, leaving every line above as it was.
  if (archive.record.published.length === 0) writeFileSync(file, readFileSync(file, 'utf8').replace(/^\[\]\s*$/m, '') + text);
  else appendFileSync(file, text);
  return added.map((entry) => entry.id);
}
