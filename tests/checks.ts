/**
 * The quality gates, as functions, so each runs over the real site and over the planted
 * defects in tests/fixtures/defects (which prove every gate can fail).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import AxeBuilder from '@axe-core/playwright';
import * as cheerio from 'cheerio';
import type { Page } from 'playwright-core';
import { projectRoot } from './site-build.ts';

/** axe-core's rules for WCAG 2.0, 2.1 and 2.2, levels A and AA. */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

export async function axeViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  return violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join('; ')}`);
}

/** Everything a page does that the site forbids: CSP violations and requests to other origins. */
export function watchPage(page: Page, origin: string) {
  const found = { csp: [] as string[], foreign: [] as string[] };
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) found.csp.push(message.text());
  });
  page.on('request', (request) => {
    const url = request.url();
    if (/^(data|blob|about):/.test(url)) return;
    if (new URL(url).origin !== origin) found.foreign.push(url);
  });
  return found;
}

/** The W3C Nu HTML Checker (vnu-jar, on the machine's Java) over every HTML file below a folder (or below each of `more`, in the same run). */
export function htmlErrors(dir: string, more: string[] = []): string[] {
  const jar = path.join(projectRoot, 'node_modules', 'vnu-jar', 'build', 'dist', 'vnu.jar');
  const run = spawnSync('java', ['-jar', jar, '--errors-only', '--format', 'json', '--skip-non-html', dir, ...more], { encoding: 'utf8' });
  if (run.error) throw new Error(`The HTML checker needs Java: apt-get install default-jre-headless (${run.error.message})`);
  const { messages } = JSON.parse(run.stderr || run.stdout) as { messages: { type: string; url: string; lastLine: number; message: string }[] };
  return messages
    .filter((m) => m.type === 'error')
    .map((m) => `${path.relative(dir, m.url.replace(/^file:/, ''))}:${m.lastLine}: ${m.message}`);
}

/**
 * An article page's markup and CSS, gzipped, beyond the outlet's words: the 12 KB the whole page
 * once had, now spent only on what the project controls, so it holds however long the article.
 */
export const ARTICLE_MARKUP_BUDGET_KB = 12;

export interface PageWeight {
  page: string;
  htmlGzip: number;
  /**
   * The HTML without the outlet's words (an article's text, title, standfirst and the chrome
   * removed from its capture, emptied): what the project's markup weighs, whatever the article's length.
   */
  markupGzip: number;
  cssGzip: number;
  /** Scripts the page loads before anyone acts: its script tags and their static imports. */
  jsGzip: number;
}

const gzipped = (file: string) => gzipSync(readFileSync(file)).length;

/** Where a page holds the outlet's words rather than the archive's. */
const OUTLET_WORDS = ['.article-text', '#title', '#standfirst', '.about-text pre'];

function withoutOutletWords(html: string): string {
  const $ = cheerio.load(html);
  $(OUTLET_WORDS.join(', '))
    .find('*')
    .addBack()
    .contents()
    .each((_, node) => {
      if (node.type === 'text') node.data = '';
    });
  return $.html();
}

function staticImports(file: string, seen: Set<string>): void {
  if (seen.has(file)) return;
  seen.add(file);
  const code = readFileSync(file, 'utf8');
  for (const [, spec] of code.matchAll(/(?:import|from)\s*["']([^"']+\.js)["']/g)) {
    staticImports(path.resolve(path.dirname(file), spec), seen);
  }
}

export function pageWeight(siteDir: string, route: string): PageWeight {
  const htmlFile = path.join(siteDir, route, route.endsWith('.html') ? '' : 'index.html');
  const html = readFileSync(htmlFile, 'utf8');
  const local = (href: string) => path.join(siteDir, href.replace(/^\//, ''));
  const css = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]*href="([^"]+)"/g)].map(([, href]) => local(href));
  const scripts = new Set<string>();
  for (const [, src] of html.matchAll(/<script[^>]+src="([^"]+)"/g)) staticImports(local(src), scripts);
  // Inline scripts count too; JSON-LD is data, not a script that runs.
  const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)(?![^>]*application\/ld\+json)[^>]*>([\s\S]*?)<\/script>/g)].map(([, code]) => gzipSync(code).length);
  return {
    page: route,
    htmlGzip: gzipped(htmlFile),
    markupGzip: gzipSync(withoutOutletWords(html)).length,
    cssGzip: css.reduce((sum, file) => sum + gzipped(file), 0),
    jsGzip: [...scripts].reduce((sum, file) => sum + gzipped(file), 0) + inline.reduce((a, b) => a + b, 0),
  };
}
