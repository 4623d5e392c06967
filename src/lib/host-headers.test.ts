import { describe, expect, it } from 'vitest';
import { CACHE_FOREVER, headersFile, SECURITY_HEADERS } from './host-headers.ts';

/** Netlify's and Cloudflare's reading of the file: a rule is a path at the start of a line, then its indented headers. */
function readRules(file: string): Map<string, Record<string, string>> {
  const rules = new Map<string, Record<string, string>>();
  let current: Record<string, string> = {};
  for (const line of file.split('\n').filter((l) => l.trim() && !l.startsWith('#'))) {
    if (!/^\s/.test(line)) rules.set(line, (current = {}));
    else {
      const [name, ...value] = line.trim().split(': ');
      current[name] = value.join(': ');
    }
  }
  return rules;
}

describe('headersFile', () => {
  it('sets the security headers on every path of a site at the root, and caches only the hashed folders for good', () => {
    const rules = readRules(headersFile('/'));
    expect(rules.get('/*')).toEqual(SECURITY_HEADERS);
    expect([...rules.keys()]).toEqual(['/*', '/_astro/*', '/pagefind/index/*', '/pagefind/fragment/*', '/pagefind/filter/*']);
    expect(rules.get('/_astro/*')).toEqual({ 'Cache-Control': CACHE_FOREVER });
  });

  it('names every path under the base path', () => {
    const rules = readRules(headersFile('/guarantees/'));
    expect([...rules.keys()].every((pattern) => pattern.startsWith('/guarantees/'))).toBe(true);
    expect(rules.get('/guarantees/*')).toEqual(SECURITY_HEADERS);
    expect(rules.get('/guarantees/pagefind/fragment/*')).toEqual({ 'Cache-Control': CACHE_FOREVER });
  });
});
