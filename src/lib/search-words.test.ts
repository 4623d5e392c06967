import { describe, expect, it } from 'vitest';
import { chunkOf, foundAlone, pagesHolding, spellingVariants, suggestions, vocabulary } from './search-words.ts';

describe('vocabulary', () => {
  it('holds each word once, as most often printed, with the number of pages that have it', () => {
    const words = vocabulary([['Deputy Foreign Minister Sergey Ryabkov.', 'Ryabkov will'], ['“Ryabkov”', 'RYABKOV']]);
    expect(words.find(([key]) => key === 'ryabkov')).toEqual(['ryabkov', 'Ryabkov', 2]);
    expect(words.map(([key]) => key)).toEqual([...words.map(([key]) => key)].sort());
  });

  it('holds the parts of a compound word as words, which search finds on their own', () => {
    const words = vocabulary([['Russia-backed rebels, said SkyNews'], ['backed']]);
    expect(words.map(([key]) => key)).toEqual(['backed', 'news', 'rebels', 'russia', 'russiabacked', 'said', 'sky', 'skynews']);
    expect(words.find(([key]) => key === 'backed')).toEqual(['backed', 'backed', 2]);
    expect(words.find(([key]) => key === 'sky')).toEqual(['sky', 'Sky', 1]);
  });
});

describe('foundAlone', () => {
  const words = vocabulary([['NATO alliance allies all allied Belarus-born'], ['expansion expand born']]);
  const alone = (key: string) => foundAlone(key, words.filter(([k]) => chunkOf(k) === chunkOf(key)));

  it('is true of a word no other word begins, by its stem, in any of its forms', () => {
    expect(alone('alliance')).toBe(true);
    expect(alone('alliances')).toBe(true);
    expect(alone('nato')).toBe(true);
    expect(alone('born')).toBe(true);
  });

  it('is false where another word begins with the word’s stem, or the archive does not hold it', () => {
    expect(alone('all')).toBe(false);
    expect(alone('allied')).toBe(false);
    expect(alone('ally')).toBe(false);
    expect(alone('belarus')).toBe(false);
    expect(alone('bor')).toBe(false);
  });

  it('is false of a typed key that is not one word', () => {
    expect(alone('us$')).toBe(false);
  });
});

describe('pagesHolding', () => {
  it('is the most pages holding any one form of the word, by its stem', () => {
    const words = vocabulary([['NATO allies'], ['ally', 'Allies'], ['allied'], ['alliance']]);
    expect(pagesHolding('ally', words)).toBe(2);
    expect(pagesHolding('nato', words)).toBe(1);
    expect(pagesHolding('belarus', words)).toBe(0);
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

  it('offer no function word, and nothing two edits from a word of six letters', () => {
    const common = vocabulary([['after the other said Putin'], ['after other Putin']]);
    expect(suggestions('auther', common)).toEqual([]);
    expect(suggestions('auther', vocabulary([['after the author']]))).toEqual(['author']);
    expect(suggestions('tha', common)).toEqual([]);
    expect(suggestions('putn', common)).toEqual(['Putin']);
  });

  it('are looked up by first letter', () => {
    expect(chunkOf('ryabkov')).toBe('r');
    expect(chunkOf('1990s')).toBe('0');
  });
});

describe('spellingVariants', () => {
  const words = vocabulary([['Defense ministry defenses'], ['defense organization'], ['dialogue']]);

  it('are the other spellings the archive holds, by the stem, once per stem, as most pages print them', () => {
    expect(spellingVariants('defence', words)).toEqual(['defense']);
    expect(spellingVariants('defences', words)).toEqual(['defense']);
    expect(spellingVariants('organisations', words)).toEqual(['organization']);
    expect(spellingVariants('dialog', words)).toEqual(['dialogue']);
  });

  it('are none for a spelling the archive does not hold, nor the word’s own forms', () => {
    expect(spellingVariants('defense', words)).toEqual([]);
    expect(spellingVariants('ministry', words)).toEqual([]);
    expect(spellingVariants('favour', words)).toEqual([]);
  });
});
