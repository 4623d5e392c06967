import { describe, expect, it } from 'vitest';
import { isLoopbackOrigin, siteUrlProblem } from './site-config.ts';

describe('siteUrlProblem', () => {
  it('accepts an origin, with or without a trailing slash', () => {
    expect(siteUrlProblem('https://example.github.io')).toBeNull();
    expect(siteUrlProblem('https://archive.example.org/')).toBeNull();
    expect(siteUrlProblem('http://127.0.0.1:4321')).toBeNull();
  });

  it('refuses a path, saying it belongs in BASE_PATH', () => {
    expect(siteUrlProblem('https://example.github.io/guarantees')).toBe(
      'SITE_URL has a path, "/guarantees": set SITE_URL to the origin alone (https://example.github.io) and BASE_PATH to the path (BASE_PATH=/guarantees), or every link would point outside the site',
    );
    expect(siteUrlProblem('https://example.github.io/guarantees/')).toMatch(/BASE_PATH=\/guarantees\//);
  });

  it('refuses what is not an http(s) origin', () => {
    expect(siteUrlProblem('example.org')).toMatch(/not an absolute address: "example.org"/);
    expect(siteUrlProblem('ftp://example.org')).toMatch(/must be an http or https origin/);
    expect(siteUrlProblem('https://example.org?x=1')).toMatch(/origin alone \(https:\/\/example.org\)/);
  });
});

describe('isLoopbackOrigin', () => {
  it('knows this machine by any of its names', () => {
    for (const origin of ['http://127.0.0.1:4321', 'http://127.1.2.3', 'http://localhost:8080', 'http://app.localhost', 'http://[::1]:4321']) {
      expect(isLoopbackOrigin(origin), origin).toBe(true);
    }
    for (const origin of ['https://example.github.io', 'https://127.example.org', 'http://10.0.0.1']) expect(isLoopbackOrigin(origin), origin).toBe(false);
  });
});
