/**
 * The search page's state lives in its URL (`/search/?q=not+an+inch&outlet=tass`), so a
 * search can be shared and the back button works. Pure: the page script does the DOM.
 */
import { encodeTextDirective } from './text-fragments.ts';

export const FILTER_KEYS = ['outlet', 'speaker', 'topic', 'month'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];
export type SortOrder = '' | 'date-asc' | 'date-desc';

export interface SearchState extends Record<FilterKey, string> {
  q: string;
  sort: SortOrder;
}

export function readState(params: URLSearchParams): SearchState {
  const sort = params.get('sort') ?? '';
  const state = { q: params.get('q') ?? '', sort: sort === 'date-asc' || sort === 'date-desc' ? sort : '' } as SearchState;
  for (const key of FILTER_KEYS) state[key] = params.get(key) ?? '';
  return state;
}

/** The query string for a state, without empty fields, in a fixed order. */
export function writeState(state: SearchState): string {
  const params = new URLSearchParams();
  for (const key of ['q', ...FILTER_KEYS, 'sort'] as const) {
    const value = state[key].trim();
    if (value) params.set(key, value);
  }
  const query = params.toString();
  return query ? `?${query}` : '';
}

export function isEmpty(state: SearchState): boolean {
  return !state.q.trim() && FILTER_KEYS.every((key) => !state[key]);
}

/** Arguments for `pagefind.search`: a null term lists everything the filters allow. */
export function pagefindArguments(state: SearchState): [string | null, { filters: Partial<Record<FilterKey, string>>; sort?: { date: 'asc' | 'desc' } }] {
  const filters: Partial<Record<FilterKey, string>> = {};
  for (const key of FILTER_KEYS) if (state[key]) filters[key] = state[key];
  const sort = state.sort ? { date: state.sort === 'date-asc' ? ('asc' as const) : ('desc' as const) } : undefined;
  return [state.q.trim() || null, sort ? { filters, sort } : { filters }];
}

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&#x27;': "'" };

/**
 * What Pagefind marked in an excerpt, each once, in order. Marks next to each other are one
 * phrase ("not an inch"), so a phrase search highlights the phrase, not every "an" on the page.
 */
export function markedTerms(excerptHtml: string): string[] {
  const terms: string[] = [];
  const phrases = excerptHtml.replace(/<\/mark>(\s+)<mark>/g, '$1').matchAll(/<mark>(.*?)<\/mark>/g);
  for (const [, inner] of phrases) {
    const term = inner
      .replace(/&(amp|lt|gt|quot|#39|#x27);/g, (entity) => ENTITIES[entity])
      // Pagefind's marks can take in punctuation next to a word ("outrageously); the words are enough.
      .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
    if (term && !terms.some((t) => t.toLowerCase() === term.toLowerCase())) terms.push(term);
  }
  return terms;
}

/**
 * A result link that lands on its paragraph or quote and has the browser highlight the
 * matched words (a text fragment, `#p-3:~:text=deceived`): the reading pages need no script.
 * Browsers without text fragments still land on `#p-3`.
 */
export function linkWithHighlight(url: string, excerptHtml: string): string {
  const terms = markedTerms(excerptHtml).slice(0, 3);
  if (terms.length === 0) return url;
  const directive = terms.map((t) => `text=${encodeTextDirective(t)}`).join('&');
  return url.includes('#') ? `${url}:~:${directive}` : `${url}#:~:${directive}`;
}
