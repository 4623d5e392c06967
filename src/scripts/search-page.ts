/**
 * The search page, the one page with a script. Pagefind runs in the browser over the index
 * built with the site; the query and filters live in the URL.
 */
import { formatDate } from '../lib/dates.ts';
import {
  FILTER_KEYS,
  isEmpty,
  linkWithHighlight,
  pagefindArguments,
  readState,
  writeState,
  type SearchState,
} from '../lib/search-query.ts';

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
  sub_results: { title: string; url: string; excerpt: string }[];
}

interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(
    term: string | null,
    options: ReturnType<typeof pagefindArguments>[1],
  ): Promise<{ results: { data(): Promise<PagefindResultData> }[] }>;
}

const SHOWN = 20;
const SUB_RESULTS = 3;
const TYPING_PAUSE_MS = 200;

export function startSearchPage() {
  const form = document.querySelector<HTMLFormElement>('#search-form')!;
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const status = document.querySelector<HTMLElement>('#search-status')!;
  const list = document.querySelector<HTMLOListElement>('#search-results')!;
  const field = (name: string) => form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement;

  let pagefind: Promise<Pagefind> | undefined;
  const loadPagefind = () => {
    // A URL, not a module of this build: Pagefind writes its bundle after Astro has built the site.
    const url = `${import.meta.env.BASE_URL.replace(/\/?$/, '/')}pagefind/pagefind.js`;
    pagefind ??= import(/* @vite-ignore */ url).then(async (module: Pagefind) => {
      await module.options({ excerptLength: 24 });
      await module.init();
      return module;
    });
    return pagefind;
  };

  const formState = (): SearchState => {
    const state = { q: input.value } as SearchState;
    for (const key of [...FILTER_KEYS, 'sort'] as const) (state as unknown as Record<string, string>)[key] = field(key).value;
    return readState(new URLSearchParams(writeState(state)));
  };

  const showState = (state: SearchState) => {
    input.value = state.q;
    for (const key of [...FILTER_KEYS, 'sort'] as const) field(key).value = state[key];
  };

  let latest = 0;
  const run = async (state: SearchState) => {
    const ticket = ++latest;
    if (isEmpty(state)) {
      list.replaceChildren();
      status.textContent = '';
      return;
    }
    status.textContent = 'Searching…';
    try {
      const module = await loadPagefind();
      const search = await module.search(...pagefindArguments(state));
      const results = await Promise.all(search.results.slice(0, SHOWN).map((r) => r.data()));
      if (ticket !== latest) return;
      list.replaceChildren(...results.map(renderResult));
      const count = search.results.length;
      const shown = count > SHOWN ? ` (showing the first ${SHOWN})` : '';
      status.textContent = `${count === 0 ? 'No' : count} ${count === 1 ? 'result' : 'results'}${state.q.trim() ? ` for ${state.q.trim()}` : ''}${shown}.`;
      performance.mark('search-results-shown');
    } catch (error) {
      if (ticket !== latest) return;
      status.textContent = 'Search could not load. Browse the claims index instead.';
      console.error(error);
    }
  };

  const navigate = (mode: 'push' | 'replace') => {
    const state = formState();
    const url = `${location.pathname}${writeState(state)}`;
    if (mode === 'push') history.pushState(null, '', url);
    else history.replaceState(null, '', url);
    void run(state);
  };

  let typing: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    performance.mark('search-keystroke');
    clearTimeout(typing);
    typing = setTimeout(() => navigate('replace'), TYPING_PAUSE_MS);
  });
  input.addEventListener('focus', () => void loadPagefind(), { once: true });
  form.addEventListener('change', (event) => {
    if (event.target !== input) navigate('push');
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(typing);
    navigate('push');
  });
  window.addEventListener('popstate', () => {
    const state = readState(new URLSearchParams(location.search));
    showState(state);
    void run(state);
  });

  const initial = readState(new URLSearchParams(location.search));
  showState(initial);
  void run(initial);
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Record<string, string> = {}, ...children: (Node | string)[]) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

/** Pagefind's excerpts are HTML-escaped with only <mark> added, so they are safe as HTML. */
function excerpt(html: string) {
  const p = element('p', { class: 'excerpt' });
  p.innerHTML = html;
  return p;
}

function renderResult(result: PagefindResultData) {
  const title = element('a', { href: linkWithHighlight(result.url, result.excerpt) }, result.meta.title ?? result.url);
  const meta = element('p', { class: 'meta' }, [result.meta.kind, result.meta.outlet, result.meta.date && formatDate(result.meta.date)].filter(Boolean).join(' · '));
  const item = element('li', {}, element('h2', {}, title), meta, excerpt(result.excerpt));
  const spots = result.sub_results.filter((sub) => sub.url.includes('#')).slice(0, SUB_RESULTS);
  if (spots.length > 0) {
    item.append(
      element(
        'ul',
        { class: 'sub-results' },
        ...spots.map((sub) => element('li', {}, element('a', { href: linkWithHighlight(sub.url, sub.excerpt) }, sub.title), excerpt(sub.excerpt))),
      ),
    );
  }
  return item;
}
