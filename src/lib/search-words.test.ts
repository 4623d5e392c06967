import { describe, expect, it } from 'vitest';
import { chunkOf, editDistance, suggestions, vocabulary } from './search-words.ts';

describe('vocabulary', () => {
  it('holds each word once, as most often printed, with the number of pages that have it', () => {
    const words = vocabulary([['Deputy Foreign Minister Sergey Ryabkov.', 'Ryabkov will'], ['“Ryabkov”', 'RYABKOV']]);
    expect(words.find(([key]) => key === 'ryabkov')).toEqual(['ryabkov', 'Ryabkov', 2]);
    expect(words.map(([key]) => key)).toEqual([...words.map(([key]) => key)].sort());
  });
});

describe('suggestions', () => {
  const words = vocabulary([['Ryabkov Zelenskiy Russia Russian Ukraine guarantees guarantee'], ['Russia guarantees']]);

  it('offer words the archive holds, a letter or two away', () => {
    expect(suggestions('ryabkof', words)).toEqual(['Ryabkov']);
    expect(suggestions('riabkov', words)).toEqual(['Ryabkov']);
    expect(suggestions('zelenskyy', words)).toEqual(['Zelenskiy']);
    expect(suggestions('guarantess', words)).toEqual(['guarantees', 'guarantee']);
  });

  it('offer nothing for a word not near any, and hold short words to one edit', () => {
    expect(suggestions('belarus', words)).toEqual([]);
    expect(suggestions('rusa', words)).toEqual([]);
  });

  it('count a swap of neighbouring letters as one edit', () => {
    expect(editDistance('ukriane', 'ukraine', 2)).toBe(1);
  });

  it('are looked up by first letter', () => {
    expect(chunkOf('ryabkov')).toBe('r');
    expect(chunkOf('1990s')).toBe('0');
  });
});
