import { describe, expect, it } from 'vitest';
import { citationLine, placeOfAnchor, quotedTitle } from './pinpoint.ts';

describe('a pinpoint citation', () => {
  it('names the place an anchor points at, paragraph and sentence', () => {
    expect(placeOfAnchor('p-3-s2')).toEqual({ paragraph: 3, sentence: 2 });
    expect(placeOfAnchor('p-3')).toEqual({ paragraph: 3 });
    expect(placeOfAnchor('q-not-an-inch')).toBeNull();
    expect(citationLine('TASS, “West must act”, 23 December 2021', { paragraph: 1, sentence: 4 }, 'https://a.example/articles/x/#p-1-s4')).toBe(
      'TASS, “West must act”, 23 December 2021, para. 1, sentence 4, https://a.example/articles/x/#p-1-s4',
    );
  });

  it('gives a title in double marks, its own double marks turned single, so its end is plain', () => {
    expect(quotedTitle('Putin tells West it “must give us the guarantees” at once')).toBe('“Putin tells West it ‘must give us the guarantees’ at once”');
    expect(quotedTitle('West must give Russia security guarantees "now" — Putin')).toBe('“West must give Russia security guarantees "now" — Putin”');
  });
});
