import { describe, expect, it } from 'vitest';
import { compareWordings, directDivergence, leastSimilarity, wordKey, wordingOf, type Wording } from './compare.ts';

const marked = (tokens: { text: string; only: boolean }[]) => tokens.filter((t) => t.only).map((t) => t.text);

describe('compareWordings', () => {
  it('finds nothing to mark in identical quotes', () => {
    const result = compareWordings('You must do that at once, now', 'You must do that at once, now');
    expect(marked(result.a)).toEqual([]);
    expect(marked(result.b)).toEqual([]);
    expect(result.similarity).toBe(1);
  });

  it('marks the one word that changed, on each side', () => {
    const result = compareWordings('They cheated us.', 'They fooled us.');
    expect(marked(result.a)).toEqual(['cheated']);
    expect(marked(result.b)).toEqual(['fooled']);
    expect(result.shared).toBe(2);
    expect(result.similarity).toBeCloseTo(4 / 6);
  });

  it('marks words that moved, since a quote’s order is part of its wording', () => {
    const result = compareWordings('now and immediately', 'immediately and now');
    expect(marked(result.a).length + marked(result.b).length).toBeGreaterThan(0);
    expect(result.similarity).toBeLessThan(1);
  });

  it('does not count punctuation, case or the kind of quotation mark as a change', () => {
    const result = compareWordings(
      '’Not an inch towards the east’, we were told',
      '"not an inch towards the East," we were told —',
    );
    expect(marked(result.a)).toEqual([]);
    expect(marked(result.b)).toEqual([]);
    expect(result.similarity).toBe(1);
  });

  it('treats curly and straight apostrophes alike', () => {
    expect(wordKey('We’ve')).toBe(wordKey("We've"));
    expect(wordKey('NATO’s')).toBe("nato's");
    expect(wordKey('—')).toBe('');
  });

  it('keeps every token for display, in order', () => {
    const result = compareWordings('We said not an inch — to the east', 'Not an inch towards the east');
    expect(result.a.map((t) => t.text).join(' ')).toBe('We said not an inch — to the east');
    expect(marked(result.a)).toEqual(['We', 'said', 'to']);
    expect(marked(result.b)).toEqual(['towards']);
  });
});

describe('wordingOf', () => {
  it('prefers an article’s direct speech, joining several quotes with an ellipsis', () => {
    expect(
      wordingOf([
        { text: 'paraphrased', form: 'paraphrase' },
        { text: 'You must give us the guarantees', form: 'direct' },
        { text: 'right now', form: 'direct' },
      ]),
    ).toEqual({ text: 'You must give us the guarantees … right now', form: 'direct' });
    expect(wordingOf([{ text: 'only paraphrase', form: 'paraphrase' }])).toEqual({ text: 'only paraphrase', form: 'paraphrase' });
  });
});

describe('leastSimilarity', () => {
  it('is the similarity of the least similar pair', () => {
    expect(leastSimilarity(['a b c d', 'a b c d', 'w x y z'])).toBe(0);
    expect(leastSimilarity(['a b', 'a b'])).toBe(1);
  });
});

describe('directDivergence', () => {
  const wording = (text: string, form: Wording['form']): Wording => ({ article: text, outlet: null, date: '2021-12-23', text, form });

  it('scores direct speech against direct speech only, leaving paraphrases out', () => {
    expect(directDivergence([wording('a b c d', 'direct'), wording('a b c d', 'direct'), wording('w x y z', 'paraphrase')])).toBe(1);
  });

  it('gives no score when fewer than two articles quote the claim directly', () => {
    expect(directDivergence([wording('a b', 'direct'), wording('w x', 'paraphrase')])).toBeNull();
  });
});
