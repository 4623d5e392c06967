/**
 * The search page, the one page with a search script. Pagefind runs in the browser over the
 * index built with the site; the query and filters live in the URL.
 *
 * Pagefind on its own matches a typed word by every word that begins with it, a word it does
 * not know by its longest known prefix ("Belarus" by "be"), and drops a word it cannot match at
 * all. So every typed word (and every quoted phrase) is searched exactly, unless the archive's
 * words show that Pagefind's own search finds it exactly, and only pages found for all of them
 * are shown, ranked as Pagefind ranks the whole query. A word found nowhere is said to be so,
 * with suggestions drawn from the words the archive holds. Each result links to its best
 * passage with the typed words highlighted by a text fragment, so the reading pages need no
 * script.
 */
import { activeFilters, FILTER_KEYS, indexedForms, isEmpty, joinedParts, parseQuery, readState, replaceWord, searchedQuery, spellingCombinations, writeState, type SearchState } from '../lib/search-query.ts';
import { excerpt, outletFirst, passages, phraseRuns, rankPassages, textDirective, wordPositions, type Anchor, type RankedPassage } from '../lib/search-passages.ts';
import { chunkOf, foundAlone, pagesHolding, spellingVariants, suggestions, type WordEntry } from '../lib/search-words.ts';
import { inWaves } from '../lib/in-waves.ts';
import { spellingCandidates } from '../lib/spellings.ts';

interface PagefindData {
  url: string;
  content: string;
  word_count: number;
  meta: Record<string, string>;
  /** A page's filter values, by filter: besides those a reader narrows by, what a result shows (src/components/SearchTags.astro). */
  filters: Record<string, string[]>;
  anchors: Anchor[];
  locations: number[];
}
interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindData>;
}
type FilterCounts = Record<string, Record<string, number>>;
interface PagefindResponse {
  results: PagefindResult[];
  /** Counts per filter value among the results, with the search's filters applied. */
  filters: FilterCounts;
}
interface Pagefind {
  init(): Promise<void>;
  filters(): Promise<unknown>;
  search(term: string | null, options: { filters?: Record<string, string>; sort?: Record<string, 'asc' | 'desc'> }): Promise<PagefindResponse>;
  preload(term: string): Promise<void>;
}

const SHOWN = 20;
/** Results whose pages' data loads before the others' (about a screen's worth), the first alone before them. */
const FIRST_SCREEN = 5;
const SUB_RESULTS = 3;
/** Most ways to spell a query's words (or a phrase's) that are searched, one search each. */
const MOST_WAYS = 8;
const TYPING_PAUSE_MS = 200;
const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');

function element<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Record<string, string> = {}, ...children: (Node | string)[]) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

/** HTML we made ourselves from escaped text, with only <mark> added. */
function excerptNode(html: string) {
  const p = element('p', { class: 'excerpt' });
  p.innerHTML = html;
  return p;
}

export function startSearchPage() {
  const form = document.querySelector<HTMLFormElement>('#search-form')!;
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const narrow = document.querySelector<HTMLDetailsElement>('#narrow')!;
  const outcome = document.querySelector<HTMLElement>('#search-outcome')!;
  const status = document.querySelector<HTMLElement>('#search-status')!;
  const notes = document.querySelector<HTMLElement>('#search-notes')!;
  const list = document.querySelector<HTMLOListElement>('#search-results')!;
  const select = (name: string) => form.elements.namedItem(name) as HTMLSelectElement;
  // Option labels as built, before counts are added to them.
  for (const key of FILTER_KEYS) for (const option of select(key).options) option.dataset.label = option.text;
  const labelOf = (key: string, value: string) => [...select(key).options].find((o) => o.value === value)?.dataset.label ?? value;

  // A URL, not a module of this build: Pagefind writes its bundle after Astro has built the site.
  const importPagefind = (query = ''): Promise<Pagefind> => import(/* @vite-ignore */ `${base}pagefind/pagefind.js${query}`);
  let pagefind: Promise<Pagefind> | undefined;
  const loadPagefind = () =>
    (pagefind ??= importPagefind().then(async (module) => {
      await module.init();
      return module;
    }));
  // Counts per filter value come from a second copy of Pagefind holding every filter index, with
  // its own worker and WebAssembly state, so counting never holds up a search. Pagefind counts
  // every loaded filter value against every result, on every search, which at a few thousand
  // results takes longer than the search: so searches run without the filter indexes (except the
  // index of a filter the reader applies), and counts are asked for only once results are on
  // screen and the filters are open to read them.
  let counter: Promise<Pagefind> | undefined;
  const loadCounter = () =>
    (counter ??= importPagefind('?counts')
      .then(async (module) => {
        await module.init();
        await module.filters();
        return module;
      })
      .catch((error: unknown) => {
        counter = undefined; // tried again at the next count
        throw error;
      }));

  const words = new Map<string, Promise<WordEntry[]>>();
  const wordsStarting = (chunk: string) => {
    if (!words.has(chunk)) words.set(chunk, fetch(`${base}search/words/${chunk}.json`).then((r) => (r.ok ? r.json() : [])).catch(() => []));
    return words.get(chunk)!;
  };

  const formState = (): SearchState => {
    const state = { q: input.value } as SearchState;
    for (const key of [...FILTER_KEYS, 'sort'] as const) (state as unknown as Record<string, string>)[key] = select(key).value;
    return readState(new URLSearchParams(writeState(state)));
  };
  const showState = (state: SearchState) => {
    input.value = state.q;
    for (const key of [...FILTER_KEYS, 'sort'] as const) select(key).value = state[key];
    if (activeFilters(state).length > 0) narrow.open = true;
  };

  const filterPhrase = (state: SearchState) => {
    const parts: Record<string, (v: string) => string> = {
      outlet: (v) => `in ${labelOf('outlet', v)}`,
      speaker: (v) => `said by ${labelOf('speaker', v)}`,
      topic: (v) => `on ${labelOf('topic', v)}`,
      month: (v) => `in ${labelOf('month', v)}`,
    };
    return activeFilters(state).map((key) => parts[key](state[key])).join(', ');
  };

  const clearButton = (state: SearchState) => {
    const button = element('button', { type: 'button', class: 'clear-filters' }, 'Clear filters');
    button.addEventListener('click', () => {
      for (const key of FILTER_KEYS) select(key).value = '';
      navigate('push', true);
    });
    return activeFilters(state).length > 0 ? [button] : [];
  };

  /** Counts per filter value, where Pagefind gives them: for a query of one word or one phrase. */
  const showCounts = (counts: FilterCounts | null) => {
    for (const key of FILTER_KEYS) {
      // Pagefind lists every value of a filter whose index loaded, zeros included.
      const byValue = counts?.[key];
      for (const option of select(key).options) {
        if (option.value) option.text = byValue ? `${option.dataset.label} (${byValue[option.value] ?? 0})` : option.dataset.label!;
      }
    }
  };

  let latest = 0;
  /** The search whose counts the filters would show (one word or one phrase), until they are shown. */
  let countsWanted: { ticket: number; term: string; filters: Record<string, string> } | null = null;
  const fillCounts = async () => {
    const wanted = countsWanted;
    if (!wanted || !narrow.open) return;
    countsWanted = null;
    try {
      const pf = await loadCounter();
      // What choosing each value would give: the query with the other active filters, not the
      // filter's own (its value is what the choice replaces). One search per distinct set.
      const searches = new Map<string, Promise<PagefindResponse>>();
      const counts: FilterCounts = {};
      for (const key of FILTER_KEYS) {
        const others = Object.fromEntries(Object.entries(wanted.filters).filter(([name]) => name !== key));
        const id = JSON.stringify(others);
        if (!searches.has(id)) searches.set(id, pf.search(wanted.term, { filters: others }));
        const byValue = (await searches.get(id)!).filters[key];
        if (byValue) counts[key] = byValue;
      }
      if (wanted.ticket === latest) showCounts(counts);
    } catch (error) {
      console.error(error); // the options keep their plain labels
    }
  };
  narrow.addEventListener('toggle', () => void fillCounts());

  /**
   * A search, begun as soon as the words are typed: the typing pause holds back only showing its
   * results, so they are ready, or nearly, when it ends. Pagefind's worker takes searches in
   * turn, so one runs at a time; of those typed meanwhile, only the latest runs next, and the
   * others resolve to null.
   */
  type Prepared = { found: Awaited<ReturnType<typeof search>>; items: Promise<HTMLElement>[] };
  type Entry = { key: string; results: Promise<Prepared | null> };
  let prepared: Entry | undefined;
  let queue: Promise<unknown> = Promise.resolve();
  const prepare = (state: SearchState) => {
    const key = writeState(state);
    if (prepared?.key === key) return prepared.results;
    // Superseded is by entry, not by words: words typed again make a new entry, and the old one,
    // still queued, does not run beside it.
    const entry: Entry = { key, results: Promise.resolve(null) };
    entry.results = queue.then(async () => {
      if (prepared !== entry) return null;
      const found = await search(await loadPagefind(), state);
      // The first result's page data alone, then the rest of a screen's worth, then the others.
      const items = inWaves(found.results.slice(0, SHOWN), [1, FIRST_SCREEN - 1], found.render);
      for (const item of items) item.catch(() => undefined); // a failure counts where the item is shown
      return { found, items };
    });
    prepared = entry;
    queue = entry.results.catch(() => {
      if (prepared === entry) prepared = undefined; // tried again next time
    });
    return entry.results;
  };

  /** "38 results for Putin, in TASS (showing the first 20).": what the live region says. */
  const statusLine = (state: SearchState, total: number, listed: number) => {
    const filtered = filterPhrase(state);
    const what = state.q.trim() ? ` for ${state.q.trim()}` : '';
    const part = total > listed ? ` (showing the first ${listed})` : '';
    return `${total === 0 ? 'No' : total} ${total === 1 ? 'result' : 'results'}${what}${filtered ? `, ${filtered}` : ''}${part}.`;
  };

  /** A button for the next results, where there are more than those listed; focus goes to the first added. */
  const offerMore = (state: SearchState, found: Prepared['found'], ticket: number, listed: number) => {
    document.getElementById('search-more')?.remove();
    if (found.total <= listed) return;
    const next = Math.min(SHOWN, found.total - listed);
    const button = element('button', { type: 'button', id: 'search-more' }, `Show the next ${next} of ${found.total} results`);
    button.addEventListener('click', async () => {
      button.disabled = true;
      list.setAttribute('aria-busy', 'true');
      try {
        const items = await Promise.all(found.results.slice(listed, listed + next).map(found.render));
        if (ticket !== latest) return;
        list.append(...items);
        status.textContent = statusLine(state, found.total, listed + next);
        items[0].querySelector('a')?.focus();
        offerMore(state, found, ticket, listed + next);
      } catch (error) {
        button.disabled = false; // tried again on the next click
        console.error(error);
      } finally {
        if (ticket === latest) list.removeAttribute('aria-busy'); // a newer search owns the list otherwise
      }
    });
    list.after(button);
  };

  const run = async (state: SearchState, reveal: boolean) => {
    const ticket = ++latest;
    document.getElementById('search-more')?.remove();
    list.removeAttribute('aria-busy'); // an earlier search's, overtaken
    notes.replaceChildren();
    showCounts(null);
    countsWanted = null;
    if (isEmpty(state)) {
      list.replaceChildren();
      status.textContent = '';
      return;
    }
    status.textContent = 'Searching…';
    try {
      const results = await prepare(state);
      if (ticket !== latest || results === null) return;
      const { found, items } = results;
      // Results show in order as their pages' data comes in, the first as soon as it is in.
      const [first, ...others] = items;
      const firstItem = first ? [await first] : [];
      if (ticket !== latest) return;
      list.replaceChildren(...firstItem);
      if (others.length > 0) list.setAttribute('aria-busy', 'true');
      else list.removeAttribute('aria-busy');
      status.textContent = statusLine(state, found.total, Math.min(found.total, SHOWN));
      notes.replaceChildren(...found.notes, ...clearButton(state));
      countsWanted = found.countTerm === null ? null : { ticket, term: found.countTerm, filters: found.filters };
      if (reveal) {
        outcome.focus({ preventScroll: true });
        outcome.scrollIntoView({ block: 'start' });
      }
      performance.mark('search-results-shown');
      void fillCounts();
      for (const item of others) {
        const node = await item;
        if (ticket !== latest) return;
        list.append(node);
      }
      list.removeAttribute('aria-busy');
      offerMore(state, found, ticket, Math.min(found.total, SHOWN));
    } catch (error) {
      if (ticket !== latest) return;
      status.textContent = 'Search could not load. Browse the claims index instead.';
      console.error(error);
    }
  };

  /** A typed word's spellings: itself, then the variants the archive holds ("defense" for "defence"). */
  const spellingsOf = async (key: string): Promise<string[]> =>
    spellingCandidates(key).length === 0 ? [key] : [key, ...spellingVariants(key, await wordsStarting(chunkOf(key)))];
  const isFoundAlone = async (key: string) => foundAlone(key, await wordsStarting(chunkOf(key)));
  const pagesHoldingForm = async (key: string) => pagesHolding(key, await wordsStarting(chunkOf(key)));

  /** Runs a search; returns the results to show and how to render each, notes for the reader, and the search to count per filter value, if any. */
  async function search(pf: Pagefind, state: SearchState) {
    const filters = Object.fromEntries(activeFilters(state).map((key) => [key, state[key]]));
    const sort = state.sort ? { date: state.sort === 'date-asc' ? ('asc' as const) : ('desc' as const) } : undefined;
    const typed = parseQuery(state.q);
    const joined = typed.words.filter((w) => joinedParts(w.text).length > 0);
    const held = new Set((await Promise.all(joined.map(async (w) => ((await pagesHoldingForm(w.key)) > 0 ? [w.key] : [])))).flat());
    const query = searchedQuery(typed, (key) => held.has(key));
    if (query.words.length === 0 && state.q.trim()) {
      const notes = [element('p', { class: 'no-match' }, `“${state.q.trim()}” holds no word to search for: type a word, a name or a number.`)];
      return { results: [], render: async () => element('li'), total: 0, notes, countTerm: null, filters };
    }
    if (query.words.length === 0) {
      const browse = await pf.search(null, { filters, ...(sort ? { sort } : {}) });
      const render = async (r: PagefindResult) => renderResult(await r.data(), null, state);
      return { results: browse.results, render, total: browse.results.length, notes: [] as HTMLElement[], countTerm: null, filters };
    }

    const spellings = new Map(await Promise.all(query.words.map(async (w) => [w.key, await spellingsOf(w.key)] as const)));
    const forms = [...new Set([...spellings.values()].flat())];
    const phraseTerms = query.phrases.map((p) => spellingCombinations(p.map((w) => spellings.get(w.key)!), MOST_WAYS).map((way) => `"${way.join(' ')}"`));
    // The order: Pagefind's ranking of the words, in each way to spell them (scores compare
    // across searches of one index), or the date order of every page.
    const orderTerms = sort ? [null] : spellingCombinations(query.words.map((w) => spellings.get(w.key)!), MOST_WAYS).map((way) => way.join(' '));
    const ranking = Promise.all(orderTerms.map((term) => pf.search(term, { filters, ...(sort ? { sort } : {}) })));
    const phrases = Promise.all(phraseTerms.map((terms) => Promise.all(terms.map((term) => pf.search(term, { filters })))));
    const idsOf = (responses: PagefindResponse[]) => new Set(responses.flatMap((response) => response.results.map((r) => r.id)));
    const exactSearches = () => Promise.all(forms.map((form) => pf.search(`"${form}"`, { filters })));
    // A page holds a word when it holds any of its spellings.
    const pagesOfWords = (exact: PagefindResponse[]) => {
      const byForm = new Map(forms.map((form, i) => [form, exact[i]]));
      return query.words.map((w) => idsOf(spellings.get(w.key)!.map((form) => byForm.get(form)!)));
    };
    // Where Pagefind finds each word only where it is (no other word of the archive begins with
    // it) and every way to spell the words is ranked, the ranking searches find just the pages
    // holding every word, and no word needs an exact search: at a few thousand articles, each
    // search takes a fifth of a second.
    const ways = query.words.reduce((n, w) => n * spellings.get(w.key)!.length, 1);
    const rankedExactly = !sort && ways <= MOST_WAYS ? Promise.all(forms.map(isFoundAlone)).then((all) => all.every(Boolean)) : Promise.resolve(false);
    const [exact, phrasePages, orders] = await Promise.all([rankedExactly.then((yes) => (yes ? null : exactSearches())), phrases.then((all) => all.map(idsOf)), ranking]);
    const wordPages = exact && pagesOfWords(exact);
    const found = [...(wordPages ?? [idsOf(orders)]), ...phrasePages].reduce((all, set) => new Set([...all].filter((id) => set.has(id))));
    const best = new Map<string, PagefindResult>();
    for (const response of orders) {
      for (const r of response.results) {
        const known = best.get(r.id);
        if (found.has(r.id) && (known === undefined || r.score > known.score)) best.set(r.id, r);
      }
    }
    const ordered = sort ? [...best.values()] : [...best.values()].sort((a, b) => b.score - a.score);
    // Pages only a way past MOST_WAYS would rank come last, so none is lost.
    for (const response of exact ?? []) {
      for (const r of response.results) {
        if (found.has(r.id) && !best.has(r.id)) {
          best.set(r.id, r);
          ordered.push(r);
        }
      }
    }
    const single = [...spellings.values()].every((s) => s.length === 1) && (forms.length + phraseTerms.length === 1 || (phraseTerms.length === 1 && query.words.length === query.phrases[0].length));
    const countTerm = single ? (phraseTerms[0]?.[0] ?? `"${forms[0]}"`) : null;
    if (ordered.length === 0) {
      const notes = await explainNothing(pf, state, query, spellings, wordPages ?? pagesOfWords(await exactSearches()), phrasePages);
      return { results: [], render: async () => element('li'), total: 0, notes: [...operatorNote(query), ...notes], countTerm, filters };
    }

    // The rarer a typed word (the fewer pages of the archive hold it), the more a passage holding it counts.
    const pagesWith = new Map(await Promise.all(query.words.map(async (w) => [w.key, Math.max(...(await Promise.all(spellings.get(w.key)!.map(pagesHoldingForm))))] as const)));
    const rarity = new Map([...pagesWith].map(([key, n]) => [key, 100 / (1 + n)]));
    const rarest = [...pagesWith].sort((a, b) => a[1] - b[1])[0][0];
    const render = async (result: PagefindResult) => {
      const data = await result.data();
      const words = data.content.split(/\s+/);
      const positions = wordPositions(words, spellings);
      const runs = phraseRuns(query.phrases.map((p) => p.map((w) => w.key)), positions);
      const ranking = rankPassages(passages(data.anchors, data.word_count), positions, runs, rarity);
      return renderResult(data, { ranking, rarest: positions.get(rarest) ?? new Set() }, state);
    };
    return { results: ordered, render, total: ordered.length, notes: operatorNote(query), countTerm, filters };
  }

  /** Search here has no operators: it says how it read those typed, rather than silently. */
  const operatorNote = (query: ReturnType<typeof parseQuery>) =>
    query.operators.length === 0
      ? []
      : [
          element(
            'p',
            { class: 'search-note' },
            `Every word typed is searched for, together: there is no OR, AND, NOT or minus here, so this searched ${query.operators.map((o) => (o.startsWith('-') ? `“${o}” as “${o.slice(1)}”` : `“${o}” as a word`)).join(' and ')}.`,
          ),
        ];

  /** The filter values whose names hold a typed word ("anadolu": the outlet Anadolu Agency). */
  const namedBy = (key: string) =>
    FILTER_KEYS.flatMap((filter) =>
      [...select(filter).options]
        .filter((option) => option.value && option.dataset.label!.split(/\s+/).some((word) => indexedForms(word).includes(key)))
        .map((option) => ({ key: filter, value: option.value, label: option.dataset.label! })),
    );

  /** Why nothing was found, in plain words, with the ways on. */
  async function explainNothing(pf: Pagefind, state: SearchState, query: ReturnType<typeof parseQuery>, spellings: Map<string, string[]>, wordPages: Set<string>[], phrasePages: Set<string>[]) {
    const filtered = activeFilters(state).length > 0;
    const anywhere = await Promise.all(
      query.words.map(async (w, i) =>
        wordPages[i].size > 0 || !filtered ? wordPages[i].size : (await Promise.all(spellings.get(w.key)!.map((form) => pf.search(`"${form}"`, {})))).reduce((n, r) => n + r.results.length, 0),
      ),
    );
    const missing = query.words.filter((_, i) => anywhere[i] === 0);
    const notes: HTMLElement[] = [];
    for (const word of missing) {
      const note = element('p', { class: 'no-match' }, `No article or claim contains “${word.text}”.`);
      const near = suggestions(word.key, await wordsStarting(chunkOf(word.key)));
      if (near.length > 0) {
        note.append(' Did you mean ');
        near.forEach((suggestion, i) => {
          const next = writeState({ ...state, q: replaceWord(state.q, word.text, suggestion) });
          note.append(i === 0 ? '' : i === near.length - 1 ? ' or ' : ', ', element('a', { href: `${location.pathname}${next}` }, suggestion));
        });
        note.append('?');
      }
      // Search reads the texts, not the names a result is shown with: a name typed is offered as the filter it is.
      const named = namedBy(word.key);
      if (named.length > 0) {
        note.append(' It is in the name of ');
        named.forEach(({ key, value, label }, i) => {
          const next = writeState({ ...state, q: replaceWord(state.q, word.text, '').replace(/\s+/g, ' ').trim(), [key]: value });
          note.append(i === 0 ? '' : ' and ', `the ${key} `, element('a', { href: `${location.pathname}${next}` }, label));
        });
        note.append('.');
      }
      notes.push(note);
    }
    if (missing.length > 0) return notes;
    if (filtered && wordPages.some((pages) => pages.size === 0)) return [element('p', { class: 'no-match' }, 'Every word occurs in the archive, but not with these filters.')];
    const brokenPhrase = query.phrases.find((_, i) => phrasePages[i].size === 0);
    if (brokenPhrase) return [element('p', { class: 'no-match' }, `The words of “${brokenPhrase.map((w) => w.text).join(' ')}” are in the archive, but never together in this order${filtered ? ' with these filters' : ''}.`)];
    return [element('p', { class: 'no-match' }, `Each word occurs in the archive, but no article or claim has all of them${filtered ? ' with these filters' : ''}: try fewer.`)];
  }

  /** A result, with the date it has in the month filtered by, if any (see SearchTags). */
  function renderResult(data: PagefindData, found: { ranking: RankedPassage[]; rarest: Set<number> } | null, state: SearchState) {
    const words = data.content.split(/\s+/);
    const link = (passage: RankedPassage) => {
      const directive = textDirective(words, passage, found!.rarest);
      return `${data.url}#${passage.id}${directive ? `:~:${directive}` : ''}`;
    };
    // A claim found under an outlet: that outlet's wording first, and a word where it lacks the words typed.
    const isClaim = data.anchors.some((anchor) => /-q-/.test(anchor.id));
    const outlet = state.outlet && isClaim && found ? outletFirst(found.ranking, labelOf('outlet', state.outlet)) : null;
    const [best, ...others] = outlet?.ranking ?? found?.ranking ?? [];
    const month = state.month;
    const title = element('a', { href: best ? link(best) : data.url }, data.meta.title ?? data.url);
    const shown = (key: string) => data.filters[key]?.[0];
    const outlets = (data.filters.outlet ?? []).map((id) => labelOf('outlet', id)).join(', ');
    const meta = element('p', { class: 'meta' }, [shown('kind'), outlets, shown(`when-${month}`) ?? shown('when')].filter(Boolean).join(' · '));
    const item = element('li', {}, element('h2', {}, title), meta);
    if (outlet && !outlet.holds) item.append(element('p', { class: 'search-note' }, `${labelOf('outlet', state.outlet)}’s wording of this claim does not hold the words typed: the passages shown are the claim’s summary or other outlets’ wordings.`));
    if (best) item.append(excerptNode(`<span class="where">${best.label}:</span> ${excerpt(words, best)}`));
    const subs = others.slice(0, SUB_RESULTS);
    if (subs.length > 0) {
      item.append(element('ul', { class: 'sub-results' }, ...subs.map((passage) => element('li', {}, element('a', { href: link(passage) }, passage.label), excerptNode(excerpt(words, passage))))));
    }
    return item;
  }

  const navigate = (mode: 'push' | 'replace', reveal: boolean) => {
    const state = formState();
    const url = `${location.pathname}${writeState(state)}`;
    if (mode === 'push') history.pushState(null, '', url);
    else history.replaceState(null, '', url);
    void run(state, reveal);
  };

  let typing: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    performance.mark('search-keystroke');
    clearTimeout(typing);
    typing = setTimeout(() => navigate('replace', false), TYPING_PAUSE_MS);
    const state = formState();
    if (!isEmpty(state)) void prepare(state).catch(() => undefined); // shown, or its failure, after the pause
    // The index chunks for the words typed, and their other spellings, load at once, even while
    // an earlier search still runs and this one waits its turn; so do the archive's words
    // beginning as they do.
    const keys = parseQuery(input.value).words.map((w) => w.key);
    if (keys.length > 0) void loadPagefind().then((pf) => pf.preload(keys.join(' ')));
    for (const key of keys) void wordsStarting(chunkOf(key));
    void Promise.all(keys.map(spellingsOf)).then((spellings) => {
      const others = spellings.flatMap((forms) => forms.slice(1));
      if (others.length > 0) void loadPagefind().then((pf) => pf.preload(others.join(' ')));
    });
  });
  input.addEventListener('focus', () => void loadPagefind(), { once: true });
  form.addEventListener('change', (event) => {
    if (event.target !== input) navigate('push', false);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(typing);
    navigate('push', true);
  });
  /** The state in the address, as the form can hold it: a filter value no option has is dropped, there too. */
  const showAddress = () => {
    showState(readState(new URLSearchParams(location.search)));
    const state = formState();
    const search = writeState(state);
    if (search !== location.search) history.replaceState(null, '', `${location.pathname}${search}`);
    return state;
  };
  window.addEventListener('popstate', () => void run(showAddress(), false));

  const initial = showAddress();
  // Arriving with a search (from the header of another page), the results are what the reader came for.
  void run(initial, !isEmpty(initial));
}
