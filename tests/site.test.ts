/**
 * The built site as a reader meets it: every page that should exist does, every in-site link
 * and #fragment lands, quotes, sentences and slips are marked where the content says, and reading
 * pages ship no script but the pinpoint copy button. Expectations are derived from the content,
 * so they hold for any valid archive.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import * as cheerio from 'cheerio';
import { describe, expect, inject, it } from 'vitest';
import { readContent } from '../src/cli/read-content.ts';
import { anchorOf, byDateThenId, collectClaims, outletCount } from '../src/lib/claims.ts';
import { claimWordings, directDivergence } from '../src/lib/compare.ts';
import { formatDate, monthKey } from '../src/lib/dates.ts';
import { TIMELINE_SHOWN } from '../src/lib/timeline.ts';
import { htmlFiles } from './files.ts';
import { brokenLinks, routeOf } from './links.ts';
import { projectRoot } from './site-build.ts';

const siteDir = inject('siteDir');
const content = readContent(path.join(projectRoot, 'content'));
const { archive } = content;
const articles = archive.articles;
const claims = collectClaims(articles);

const pages = new Map(htmlFiles(siteDir).map((file) => [routeOf(siteDir, file), cheerio.load(readFileSync(file, 'utf8'))]));
const page = (route: string) => {
  const $ = pages.get(route);
  if (!$) throw new Error(`no page at ${route}`);
  return $;
};
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

describe('every page that should exist does', () => {
  it('has an article page per article and a claim page per claim id', () => {
    for (const article of articles) expect(pages.has(`/articles/${article.id}/`), article.id).toBe(true);
    expect(claims.length).toBeGreaterThan(0);
    for (const claim of claims) expect(pages.has(`/claims/${claim.id}/`), claim.id).toBe(true);
  });

  it('has a page per outlet, speaker and topic, and their indexes', () => {
    const ids = { outlets: archive.outlets.map((o) => o.id), speakers: archive.speakers.map((s) => s.id), topics: archive.topics };
    for (const [kind, list] of Object.entries(ids)) {
      expect(pages.has(`/${kind}/`)).toBe(true);
      for (const id of list) expect(pages.has(`/${kind}/${id}/`), `${kind}/${id}`).toBe(true);
    }
  });

  it('has the timeline, claims index, articles index, about page and a 404 page', () => {
    for (const route of ['/', '/claims/', '/articles/', '/about/', '/404.html']) expect(pages.has(route), route).toBe(true);
    expect(page('/404.html')('h1').text()).toBe('Page not found');
  });
});

describe('every page', () => {
  /** The routes of the pages marked for the search index. */
  const markedForSearch = [...pages].filter(([, $]) => $('[data-pagefind-body]').length > 0).map(([route]) => route);

  it('has one h1, a language, a skip link to main, and a search form in the header', () => {
    for (const [route, $] of pages) {
      expect($('h1'), route).toHaveLength(1);
      expect($('html').attr('lang'), route).toBe('en');
      expect($('a.skip-link').attr('href'), route).toBe('#main');
      expect($('main#main'), route).toHaveLength(1);
      if (route !== '/search/') expect($('header form[role="search"]').attr('action'), route).toBe('/search/');
    }
  });

  it('marks for search only article text and claims, leaving out labels, notes and the removed chrome', () => {
    expect(markedForSearch.filter((r) => r.startsWith('/articles/'))).toHaveLength(articles.length);
    expect(markedForSearch.every((r) => /^\/(articles|claims)\/[a-z0-9-]+\/$/.test(r))).toBe(true);
    for (const route of markedForSearch) {
      const $ = cheerio.load(page(route).html()); // a copy: the pages are shared by every test
      $('[data-pagefind-ignore]').remove();
      const text = squash($('[data-pagefind-body]').text());
      for (const label of ['Speakers', 'Occasion', 'Dateline', 'About this text', 'Topics', 'Direct speech', 'In context:', 'the words below are the outlets']) {
        expect(text, `${route} indexes the label "${label}"`).not.toContain(label);
      }
    }
  });

  it('that is marked for search is in the search index, and no other is', () => {
    // Read back from the index's own page records (gzip, after Pagefind's signature), not from its log.
    const fragments = path.join(siteDir, 'pagefind', 'fragment');
    const indexed = readdirSync(fragments).map((name) => JSON.parse(gunzipSync(readFileSync(path.join(fragments, name))).toString('utf8').replace(/^pagefind_dcd/, '')).url as string);
    expect(indexed.sort()).toEqual([...markedForSearch].sort());
  });

  it('keeps headings in order, never skipping a level', () => {
    for (const [route, $] of pages) {
      let previous = 1;
      $('main h1, main h2, main h3, main h4').each((_, el) => {
        const level = Number(el.tagName.slice(1));
        expect(level - previous, `${route}: h${previous} then h${level}`).toBeLessThanOrEqual(1);
        previous = level;
      });
    }
  });

  it('links only to pages and #fragments that exist', () => {
    expect(brokenLinks(siteDir)).toEqual([]);
  });
});

describe('article pages', () => {
  it('mark every quote their claims cite, with the quote’s own words, and link it to its claim', () => {
    for (const article of articles) {
      const $ = page(`/articles/${article.id}/`);
      for (const claim of article.claims) {
        claim.quotes.forEach((quote, i) => {
          const id = anchorOf(claim.id, quote, i);
          const pieces = $(`mark[id="${id}"], mark[data-continues="${id}"]`);
          expect($(`mark[id="${id}"]`), `${article.id}#${id}`).toHaveLength(1);
          expect(squash(pieces.map((_, el) => $(el).text()).get().join(' '))).toBe(squash(quote.text));
          expect(pieces.last().next('a.claim-link').attr('href')).toBe(`/claims/${claim.id}/`);
        });
      }
    }
  });

  it('number every paragraph p-1, p-2, … and its sentences p-N-s1, p-N-s2, …, each number linking to itself', () => {
    for (const article of articles) {
      const $ = page(`/articles/${article.id}/`);
      const paragraphs = $('.article-text p[id]');
      expect(paragraphs.length, article.id).toBeGreaterThan(0);
      paragraphs.each((p, el) => {
        expect(el.attribs.id).toBe(`p-${p + 1}`);
        expect($(el).children('a.paragraph-number').attr('href')).toBe(`#p-${p + 1}`);
        const sentences = $(el).find('span.s[id]');
        expect(sentences.length).toBeGreaterThan(0);
        sentences.each((s, sentence) => expect(sentence.attribs.id).toBe(`p-${p + 1}-s${s + 1}`));
        // The sentences are the paragraph's words, all of them.
        expect(squash(sentences.map((_, s) => $(s).text()).get().join(' '))).toBe(squash($(el).text()));
      });
    }
  });

  it('mark every recorded slip [sic], linked to its note', () => {
    for (const article of articles) {
      const $ = page(`/articles/${article.id}/`);
      article.slips.forEach((slip, i) => {
        const link = $(`.article-text a.sic[href="#slip-${i + 1}"], header a.sic[href="#slip-${i + 1}"]`);
        expect(link.length, `${article.id}: slip ${i + 1}`).toBeGreaterThan(0);
        expect(squash($(`#slip-${i + 1}`).text())).toContain(squash(slip.note));
      });
    }
  });

  it('say where the text comes from, what was removed and how values not printed were established', () => {
    for (const entry of content.articles) {
      const $ = page(`/articles/${entry.id}/`);
      const about = squash($('section.about-text').text());
      expect(about).toContain(entry.data.source.capture);
      for (const removed of entry.data.removed) expect(about).toContain(squash(removed.text));
      for (const how of Object.values(entry.data.inferred)) expect(about).toContain(squash(how!));
      if (entry.data.rewordedFrom) {
        expect(squash($('header .notice').text())).toContain('A reworded copy.');
        expect(about).toContain(squash(entry.data.rewordedFrom.report));
      }
      if (entry.data.outlet === null) expect($('header').text()).toContain('Outlet not named');
    }
  });

  it('say whether the text is complete, from what the capture shows, on the page and in the citation’s note', () => {
    const said = { complete: 'verbatim and complete', incomplete: 'verbatim but incomplete', unknown: 'whether it is complete is not known' };
    const noted = { complete: null, incomplete: 'the captured text is incomplete', unknown: 'whether the captured text is complete is not known' };
    for (const entry of content.articles) {
      const $ = page(`/articles/${entry.id}/`);
      const { status, basis } = entry.data.completeness;
      const about = squash($('section.about-text').text());
      expect(about, entry.id).toContain(said[status]);
      expect(about, entry.id).toContain(squash(basis));
      const extra = $('meta[name="z:extra"]').attr('content') ?? '';
      if (noted[status]) {
        expect(squash($('header .notice').text()), entry.id).toContain(squash(basis));
        expect(extra.toLowerCase(), entry.id).toContain(noted[status]);
      } else expect(extra.toLowerCase(), entry.id).not.toContain('complete');
    }
  });

  it('link to the previous and next article by date', () => {
    const ordered = [...articles].sort(byDateThenId);
    ordered.forEach((article, i) => {
      const $ = page(`/articles/${article.id}/`);
      expect($('a[rel="prev"]').attr('href')).toBe(i > 0 ? `/articles/${ordered[i - 1].id}/` : undefined);
      expect($('a[rel="next"]').attr('href')).toBe(i < ordered.length - 1 ? `/articles/${ordered[i + 1].id}/` : undefined);
    });
  });
});

describe('the timeline', () => {
  const $ = page('/');
  const events = archive.events;

  it('opens with a figure of the period, in each layout an image with a title and a description, its facts also as text', () => {
    const svgs = $('.period-figure figure svg');
    expect(svgs.map((_, svg) => $(svg).attr('class')).get()).toEqual(['fig-wide', 'fig-narrow']);
    // Only statements whose day is known are drawn: a report's date is not the day a statement was made.
    const undated = claims.filter((c) => !c.event).length;
    svgs.each((_, element) => {
      const svg = $(element);
      expect(svg.attr('role')).toBe('img');
      const [title, desc] = svg.attr('aria-labelledby')!.split(' ');
      expect(svg.find(`[id="${title}"]`).text()).toMatch(/^Who said how much, and when: /);
      expect(svg.find(`[id="${desc}"]`).text()).toContain(`${claims.length - undated} statements`);
      if (undated > 0) expect(svg.find(`[id="${desc}"]`).text()).toContain(`${undated} more statement`);
    });
    const listed = $('.period-figure .figure-text ol li').map((_, li) => $(li).find('a').text()).get();
    expect(listed).toEqual(events.filter((e) => !e.context && /^\d{4}-\d{2}/.test(e.date)).sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id)).map((e) => e.title));
  });

  it('runs month by month, in date order, each event with a page of its own', () => {
    const months = $('main > section > h2').map((_, el) => $(el).attr('id')).get().filter((id) => /^month-/.test(id!));
    expect(months).toEqual([...months].sort());
    for (const event of events) {
      expect($(`#event-${event.id}`).length, event.id).toBe(1);
      expect(pages.has(`/events/${event.id}/`), event.id).toBe(true);
    }
    for (const id of months) expect(pages.has(`/timeline/${id!.slice('month-'.length)}/`)).toBe(true);
  });

  it('gives every claim a place: at its event, beside what it answers, or under the article first reporting it', () => {
    for (const claim of claims) {
      const link = `a[href="/claims/${claim.id}/"]`;
      if (claim.event) {
        expect(page(`/events/${claim.event}/`)(`.statement .summary ${link}`).length, claim.id).toBe(1);
      } else if (claim.respondsTo || claim.disputes) {
        // Beside what it answers: on the timeline, or on that claim's event page.
        const target = claims.find((c) => c.id === (claim.respondsTo ?? claim.disputes))!;
        const where = target.event ? page(`/events/${target.event}/`) : $;
        expect(where(`.answers ${link}`).length, claim.id).toBeGreaterThan(0);
      } else {
        expect($(`li.publication .statement .summary ${link}`).length, claim.id).toBe(1);
      }
    }
  });

  it('lets a reader meet an event’s statements on the timeline itself, those more than one outlet reports in full', () => {
    for (const claim of claims.filter((c) => c.event)) {
      const group = claims.filter((c) => c.event === claim.event && c.speaker === claim.speaker);
      const entry = $(`#event-${claim.event}`);
      const link = `a[href="/claims/${claim.id}/"]`;
      if (group.length <= TIMELINE_SHOWN.full + TIMELINE_SHOWN.brief) expect(entry.find(link).length, claim.id).toBeGreaterThan(0);
      if (outletCount(claim) > 1 && group.filter((c) => outletCount(c) > 1).length <= TIMELINE_SHOWN.full) expect(entry.find(`.statement .summary ${link}`).length, claim.id).toBe(1);
    }
  });

  it('shows each statement in an outlet’s words, from the claim’s own quotes, with its permalink', () => {
    const quotes = new Map(claims.map((c) => [c.id, c.reports.flatMap((r) => r.quotes.map((q) => ({ text: q.text, url: `/articles/${r.article}/#${q.anchor}` })))]));
    $('.statement').each((_, el) => {
      const id = /\/claims\/([^/]+)\//.exec($(el).find('.summary a').attr('href')!)![1];
      const text = $(el).find('blockquote').text().trim();
      const quote = quotes.get(id)!.find((q) => q.text === text);
      expect(quote, `${id}: "${text}"`).toBeDefined();
      expect($(el).find(`a[href="${quote!.url}"]`).length).toBe(1);
    });
  });
});

describe('lists speak in quotes', () => {
  it('on speaker and topic pages, and in the claims index by topic and by date', () => {
    const routes = ['/claims/', '/claims-by-date/', ...archive.speakers.map((s) => `/speakers/${s.id}/`), ...archive.topics.map((t) => `/topics/${t}/`)];
    for (const route of routes) {
      const statements = page(route)('.statement');
      statements.each((_, el) => expect(page(route)(el).find('blockquote').text().trim().length, route).toBeGreaterThan(0));
    }
    const byDate = page('/claims-by-date/')('.statement .summary a').map((_, a) => a.attribs.href).get();
    expect(new Set(byDate)).toEqual(new Set(claims.map((c) => `/claims/${c.id}/`)));
  });
});

describe('captures', () => {
  it('are served unchanged, and shown as a page, verbatim, with their size and SHA-256', () => {
    for (const article of articles) {
      const original = readFileSync(path.join(projectRoot, 'content', 'captures', article.capture));
      expect(readFileSync(path.join(siteDir, 'captures', article.capture)).equals(original), article.capture).toBe(true);
      const $ = page(`/captures/${article.capture.replace(/\.txt$/, '')}/`);
      expect($('pre.capture').text()).toBe(original.toString('utf8'));
      expect($('code.hash').text()).toBe(createHash('sha256').update(original).digest('hex'));
      expect($('main').text()).toContain(`${original.length.toLocaleString('en')} bytes`);
      expect($('meta[charset]').attr('charset')).toBe('utf-8');
    }
  });
});

describe('claim pages', () => {
  it('give every outlet’s wording, each linking to its spot in the article', () => {
    for (const claim of claims) {
      const $ = page(`/claims/${claim.id}/`);
      const links = $('section[aria-labelledby="wordings"] figcaption a[href*="#q-"]').map((_, el) => el.attribs.href).get();
      expect(links).toEqual(claim.reports.flatMap((r) => r.quotes.map((q) => `/articles/${r.article}/#${q.anchor}`)));
      expect(squash($('h1').text())).toBe(claim.summary);
    }
  });

  it('set direct speech against direct speech word by word, and never score a paraphrase', () => {
    for (const claim of claims) {
      const $ = page(`/claims/${claim.id}/`);
      const direct = claimWordings(claim.reports).filter((w) => w.form === 'direct');
      const comparisons = $('#compare').nextAll('figure.comparison');
      expect(comparisons.length, claim.id).toBe(Math.max(0, direct.length - 1));
      // Marks are neutral and screen readers get one summary per wording.
      expect(comparisons.find('del, ins')).toHaveLength(0);
      comparisons.find('p').each((_, p) => expect($(p).find('.visually-hidden').text()).toMatch(/Words only in this wording: |No words of its own\./));
    }
  });

  it('show the claim it replies to, the replies to it, and what it is set against', () => {
    for (const claim of claims) {
      const text = squash(page(`/claims/${claim.id}/`)('main').text());
      if (claim.respondsTo) expect(text).toContain(claims.find((c) => c.id === claim.respondsTo)!.summary);
      for (const reply of claims.filter((c) => c.respondsTo === claim.id)) expect(text).toContain(reply.summary);
      for (const other of claims.filter((c) => c.disputes === claim.id)) expect(text).toContain(other.summary);
      if (claim.note) expect(text).toContain(squash(claim.note));
    }
  });
});

describe('dates beside statements', () => {
  const eventDate = new Map(archive.events.map((e) => [e.id, e.date]));
  // What the date beside a statement must say: the day it was said, or else that its first report is all the articles date.
  const expected = (claim: (typeof claims)[number]) => (claim.event ? `said ${formatDate(eventDate.get(claim.event)!)}` : `first reported ${formatDate(claim.reports[0].date)}`);

  it('say which date they are: said, where an article says when, else first reported, never a report’s date as the day said', () => {
    let labels = 0;
    for (const [route, $] of pages) {
      $('.statement-date').each((_, el) => {
        const claim = claims.find((c) => c.id === $(el).attr('data-claim'));
        expect(claim, `${route}: ${$(el).attr('data-claim')}`).toBeDefined();
        expect(squash($(el).text()), `${route}: ${claim!.id}`).toBe(expected(claim!));
        labels++;
      });
    }
    expect(labels).toBeGreaterThan(claims.length);
  });

  it('are labelled wherever they stand beside a statement: on every claim page, every reply and every dated list', () => {
    for (const claim of claims) expect(page(`/claims/${claim.id}/`)(`.about-text .statement-date[data-claim="${claim.id}"]`).length, claim.id).toBe(1);
    for (const [route, $] of pages) {
      $('.answers li').each((_, li) => expect($(li).find('.statement-date').length, `${route}: ${squash($(li).text())}`).toBe(1));
      // Any other date in a statement is a report's, named by its outlet: "Quoted by TASS, 23 December 2021".
      $('.statement .date, .answers .date').each((_, el) => {
        if ($(el).closest('.statement-date').length > 0) return;
        const before = squash($(el).parent().contents().toArray().slice(0, $(el).parent().contents().index(el)).map((node) => $(node).text()).join(''));
        expect(before, route).toMatch(/(Quoted|Paraphrase|Paraphrased) by [^,]+,$/);
      });
    }
  });

  it('give a search result the date in the month filtered by, labelled with what it is', () => {
    for (const claim of claims) {
      const $ = page(`/claims/${claim.id}/`);
      const shown = new Map($('[data-pagefind-filter^="when"]').map((_, el) => { const [key, ...value] = el.attribs['data-pagefind-filter'].split(':'); return [[key, value.join(':')]] as [string, string][]; }).get());
      expect(shown.get('when'), claim.id).toBe(expected(claim));
      $('[data-pagefind-filter^="month:"]').each((_, el) => {
        const month = el.attribs['data-pagefind-filter'].slice('month:'.length);
        const inMonth = shown.get(`when-${month}`) ?? shown.get('when')!;
        const said = expected(claim);
        const reported = claim.reports.filter((r) => monthKey(r.date) === month).map((r) => `reported ${formatDate(r.date)}${archive.articles.find((a) => a.id === r.article)!.inferred.date ? ' (inferred)' : ''}`);
        const saidInMonth = monthKey(claim.event ? eventDate.get(claim.event)! : claim.reports[0].date) === month;
        expect(inMonth, `${claim.id} in ${month}`).toBe(saidInMonth ? said : reported[0]);
      });
    }
  });
});

describe('inferred dates', () => {
  it('are marked “inferred” wherever an article’s date stands: lists, outlet pages, “Quoted by” lines, claim pages', () => {
    const byId = new Map(archive.articles.map((a) => [a.id, a]));
    const checked = new Set<string>();
    for (const [route, $] of pages) {
      // Every date but an event's on the timeline (which is marked for screen readers, in its narrow column).
      $('.date').not('li.event > .when .date').each((_, el) => {
        // The article a date belongs to: the one article linked from the nearest element that links any.
        let scope = $(el).parent();
        while (scope.length > 0 && scope.find('a[href^="/articles/"]').length === 0) scope = scope.parent();
        const ids = new Set(scope.find('a[href^="/articles/"]').map((_, a) => /^\/articles\/([^/#]+)\//.exec(a.attribs.href)?.[1]).get());
        const article = ids.size === 1 ? byId.get([...ids][0]) : undefined;
        if (!article || article.date !== $(el).attr('data-date')) return;
        const marked = $(el).next('.label').text() === 'inferred';
        expect(marked, `${route}: ${article.id} in “${squash(scope.text()).slice(0, 80)}”`).toBe(Boolean(article.inferred.date));
        checked.add(route.replace(/^(\/[^/]+\/)[^/]+\/$/, '$1*/'));
      });
    }
    for (const route of ['/articles/', '/outlets/*/', '/claims/*/', '/speakers/*/', '/']) expect(checked, route).toContain(route);
  });
});

describe('the compare page', () => {
  it('lists every claim reported by two or more outlets; scored ones, by direct speech only, most divergent first', () => {
    const $ = page('/compare/');
    const multi = claims.filter((c) => outletCount(c) >= 2);
    const links = $('main li > a').map((_, el) => el.attribs.href).get();
    expect([...links].sort()).toEqual(multi.map((c) => `/claims/${c.id}/#compare`).sort());
    const scored = multi.filter((c) => directDivergence(claimWordings(c.reports)) !== null);
    const shares = $('main li strong').map((_, el) => Number($(el).text().match(/^(\d+)%/)![1])).get();
    expect(shares).toHaveLength(scored.length);
    expect(shares).toEqual([...shares].sort((a, b) => a - b));
  });
});
