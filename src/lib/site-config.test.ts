import { describe, expect, it } from 'vitest';
import { basePath, basePathProblem, isLoopbackOrigin, siteOrigin, siteUrlProblem } from './site-config.ts';

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
    const names = ['http://127.0.0.1:4321', 'http://127.1.2.3', 'http://localhost:8080', 'http://app.localhost', 'http://[::1]:4321'];
    // Spellings a guard on the usual names would let through: a trailing dot, every address, a number, IPv4 in IPv6.
    names.push('http://localhost.:4321', 'http://0.0.0.0:8731', 'http://0', 'http://2130706433', 'http://[::]:80', 'http://[::ffff:127.0.0.1]', 'http://[::ffff:0.0.0.0]');
    for (const origin of names) {
      expect(isLoopbackOrigin(origin), origin).toBe(true);
    }
    for (const origin of ['https://example.github.io', 'https://127.example.org', 'http://10.0.0.1']) expect(isLoopbackOrigin(origin), origin).toBe(false);
  });
});

describe('siteOrigin', () => {
  it('spells an origin one way, so every address of the site is the same text', () => {
    for (const spelling of ['https://archive.example.org', 'https://Archive.Example.ORG/', 'https://archive.example.org:443', 'HTTPS://archive.example.org//']) {
      expect(siteOrigin(spelling), spelling).toBe('https://archive.example.org');
    }
    expect(siteOrigin('http://example.org:8080/')).toBe('http://example.org:8080');
  });
});

describe('BASE_PATH', () => {
  it('is written with a leading and a trailing slash, however it is given', () => {
    for (const raw of ['archive', '/archive', 'archive/', '/archive/']) expect(basePath(raw), raw).toBe('/archive/');
    expect(basePath('')).toBe('/');
    expect(basePathProblem('')).toBeNull();
    expect(basePathProblem('docs/archive-2021')).toBeNull();
  });

  it('is refused when it is not a plain path: an address, a space, a parent folder', () => {
    expect(basePathProblem('https://archive.example.org/archive/')).toMatch(/^BASE_PATH is the path under SITE_URL alone, not an address/);
    for (const raw of ['/a b/', '/../archive/', '/archive?x=1', '/archive#top', '/a//b/']) expect(basePathProblem(raw), raw).toMatch(/^BASE_PATH must be path segments/);
  });
});
