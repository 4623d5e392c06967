import { describe, expect, it } from 'vitest';
import { isEmpty, linkWithHighlight, markedTerms, pagefindArguments, readState, writeState } from './search-query.ts';

describe('search state in the URL', () => {
  it('reads query, filters and order, ignoring unknown orders', () => {
    const state = readState(new URLSearchParams('q=not+an+inch&outlet=tass&month=2021-12&sort=sideways'));
    expect(state).toEqual({ q: 'not an inch', outlet: 'tass', speaker: '', topic: '', month: '2021-12', sort: '' });
  });

  it('writes it back without empty fields, so the URL round-trips', () => {
    const query = '?q=%22not+an+inch%22&outlet=tass&topic=nato-enlargement&sort=date-desc';
    expect(writeState(readState(new URLSearchParams(query)))).toBe(query);
    expect(writeState(readState(new URLSearchParams('')))).toBe('');
  });

  it('knows an empty search', () => {
    expect(isEmpty(readState(new URLSearchParams('q=+')))).toBe(true);
    expect(isEmpty(readState(new URLSearchParams('speaker=nato')))).toBe(false);
  });
});

describe('pagefindArguments', () => {
  it('passes quoted phrases through whole, with filters and date order', () => {
    expect(pagefindArguments(readState(new URLSearchParams('q="not an inch"&outlet=tass&sort=date-asc')))).toEqual([
      '"not an inch"',
      { filters: { outlet: 'tass' }, sort: { date: 'asc' } },
    ]);
  });

  it('lists everything a filter allows when there are no words', () => {
    expect(pagefindArguments(readState(new URLSearchParams('speaker=nato')))).toEqual([null, { filters: { speaker: 'nato' } }]);
  });
});

describe('result links', () => {
  it('take the marked words of the excerpt, once each', () => {
    expect(markedTerms('They <mark>deceived</mark> us: <mark>Deceived</mark> &amp; <mark>NATO&#39;s</mark>')).toEqual(['deceived', "NATO's"]);
  });

  it('leave out punctuation caught at the edges of a mark', () => {
    expect(markedTerms('was <mark>"outrageously</mark> <mark>deceived"</mark> and <mark>’Not</mark>')).toEqual(['outrageously deceived', 'Not']);
  });

  it('join marks next to each other into one phrase', () => {
    expect(markedTerms('We said <mark>not</mark> <mark>an</mark> <mark>inch</mark> to the east, <mark>not</mark> far')).toEqual(['not an inch', 'not']);
  });

  it('carry a text fragment after the paragraph anchor, escaping the directive’s syntax', () => {
    expect(linkWithHighlight('/articles/tass-2021-12-23/#p-1', 'an <mark>inch</mark> to the <mark>east-west</mark>, ok')).toBe(
      '/articles/tass-2021-12-23/#p-1:~:text=inch&text=east%2Dwest',
    );
    expect(linkWithHighlight('/claims/x/', '<mark>a, b</mark>')).toBe('/claims/x/#:~:text=a%2C%20b');
    expect(linkWithHighlight('/claims/x/', 'nothing marked')).toBe('/claims/x/');
  });
});
