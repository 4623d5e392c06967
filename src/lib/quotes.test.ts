import { describe, expect, it } from 'vitest';
import { findInParagraphs, locateQuotes } from './quotes.ts';

const paragraphs = ['“We see that some of our detractors interpret them as an ultimatum.', 'Is this an ultimatum or not? Of course not.'];
const ref = (claimId: string, text: string, index = 0) => ({ claimId, index, text });

describe('locateQuotes', () => {
  it('finds each quote in its paragraph, with its character range', () => {
    const { locations, problems } = locateQuotes(paragraphs, [ref('not-ultimatum', 'Of course not.')]);
    expect(problems).toEqual([]);
    expect(locations).toEqual([{ ref: ref('not-ultimatum', 'Of course not.'), paragraph: 1, start: 29, end: 43 }]);
  });

  it('matches across differences of whitespace only', () => {
    const { locations } = locateQuotes(paragraphs, [ref('a', 'Is this  an\nultimatum')]);
    expect(locations[0]).toMatchObject({ paragraph: 1, start: 0, end: 20 });
  });

  it('does not match other punctuation or quote marks', () => {
    expect(locateQuotes(paragraphs, [ref('a', '"We see that')]).problems).toEqual([{ ref: ref('a', '"We see that'), kind: 'not-found' }]);
    expect(findInParagraphs(paragraphs, 'Of course not!')).toBeNull();
  });

  it('finds the first occurrence whatever the paragraph’s spacing: line breaks, double and no-break spaces', () => {
    const spaced = ['They said no.', 'We want\nguarantees now; we want guarantees now.', 'We want  guarantees now.', 'We want\u00a0guarantees now.'];
    expect(findInParagraphs(spaced, 'We want guarantees now')).toEqual({ paragraph: 1, start: 0, end: 22 });
    expect(findInParagraphs(spaced.slice(2), 'We want guarantees now')).toEqual({ paragraph: 0, start: 0, end: 23 });
    expect(findInParagraphs(spaced.slice(3), 'We  want guarantees now')).toEqual({ paragraph: 0, start: 0, end: 22 });
    expect(findInParagraphs(['Not we want guarantees, but we want guarantees now.'], 'we want guarantees now')).toEqual({ paragraph: 0, start: 28, end: 50 });
  });

  it('treats regular-expression characters in quotes as text', () => {
    expect(findInParagraphs(['Is it (really) so? [sic] $5 +1'], '(really) so? [sic] $5 +1')).toEqual({ paragraph: 0, start: 6, end: 30 });
  });

  it('tells a quote running across paragraphs from one not found at all', () => {
    const { problems } = locateQuotes(paragraphs, [ref('a', 'an ultimatum. Is this')]);
    expect(problems).toEqual([{ ref: ref('a', 'an ultimatum. Is this'), kind: 'spans-paragraphs' }]);
  });

  it('reports overlapping quotes', () => {
    const first = ref('a', 'Is this an ultimatum');
    const second = ref('b', 'an ultimatum or not');
    expect(locateQuotes(paragraphs, [first, second]).problems).toEqual([{ ref: second, kind: 'overlaps', other: first }]);
  });
});
