import { describe, expect, it } from 'vitest';
import { excerpt, outletFirst, passages, phraseRuns, rankPassages, textDirective, wordPositions, type Anchor } from './search-passages.ts';

// An article as Pagefind indexes it: its words by position, and the anchors where elements start.
// The indexer stands a quotation mark apart from the word a marked quote begins with.
const text = 'West must give guarantees. MOSCOW. It is the NATO countries that must provide guarantees. He said " ’Not an inch towards the east’, we were told. They cheated us.';
const words = text.split(/\s+/);
const at = (word: string, from = 0) => words.indexOf(word, from);
const anchors: Anchor[] = [
  { id: 'title', location: 0 },
  { id: 'p-1', location: at('MOSCOW.') },
  { id: 'p-1-s1', location: at('MOSCOW.') },
  { id: 'p-1-s2', location: at('He') },
  { id: 'q-not-an-inch', location: at('’Not') },
  { id: 'p-1-s3', location: at('They') },
];
const tiles = passages(anchors, words.length);
/** Typed words, each with no spelling but its own. */
const typed = (keys: string[]) => new Map(keys.map((key) => [key, [key]]));

describe('passages', () => {
  it('tile the page at its title, sentence and wording anchors, each running to the next', () => {
    expect(tiles.map((t) => [t.id, t.label, words.slice(t.start, t.end).join(' ')])).toEqual([
      ['title', 'Title', 'West must give guarantees.'],
      ['p-1-s1', 'Paragraph 1, sentence 1', 'MOSCOW. It is the NATO countries that must provide guarantees.'],
      ['p-1-s2', 'Paragraph 1, sentence 2', 'He said " ’Not an inch towards the east’, we were told.'],
      ['p-1-s3', 'Paragraph 1, sentence 3', 'They cheated us.'],
    ]);
  });
});

describe('wordPositions', () => {
  it('finds a word in any of its forms, as Pagefind’s stemmer does, never by a prefix', () => {
    const positions = wordPositions(words, typed(['guarantee', 'not', 'an', 'cheat']));
    expect([...positions.get('guarantee')!]).toEqual([at('guarantees.'), at('guarantees.', at('guarantees.') + 1)]);
    expect([...positions.get('not')!]).toEqual([at('’Not')]);
    expect([...positions.get('an')!]).toEqual([at('an')]);
    expect([...positions.get('cheat')!]).toEqual([at('cheated')]);
  });

  it('finds a word in the other spellings search found for it', () => {
    const page = 'The defense ministry. Its defences.'.split(' ');
    const positions = wordPositions(page, new Map([['defence', ['defence', 'defense']]]));
    expect([...positions.get('defence')!]).toEqual([1, 4]);
  });
});

describe('ranking passages and landing on the best', () => {
  const rank = (keys: string[], phrases: string[][] = [], rarity = new Map<string, number>()) => {
    const positions = wordPositions(words, typed(keys));
    return { positions, ranked: rankPassages(tiles, positions, phraseRuns(phrases, positions), rarity) };
  };

  it('puts the passage holding the phrase first', () => {
    const { ranked } = rank(['not', 'an', 'inch'], [['not', 'an', 'inch']]);
    expect(ranked[0].id).toBe('p-1-s2');
    expect(ranked[0].phrase).toEqual([at('’Not'), at('’Not') + 3]);
  });

  it('lands only on passages holding every typed word', () => {
    expect(rank(['nato', 'guarantees']).ranked.map((p) => p.id)).toEqual(['p-1-s1']);
    expect(rank(['guarantees']).ranked.map((p) => p.id)).toEqual(['title', 'p-1-s1']);
  });

  it('where no passage holds every typed word, gives the best alone: the most words, the rarest counting most', () => {
    expect(rank(['not', 'an', 'inch', 'west']).ranked.map((p) => p.id)).toEqual(['p-1-s2']);
    expect(rank(['they', 'cheated', 'east']).ranked.map((p) => p.id)).toEqual(['p-1-s3']);
    expect(rank(['west', 'nato', 'guarantees'], [], new Map([['nato', 50]])).ranked.map((p) => p.id)).toEqual(['p-1-s1']);
    // Two words before one, however rare the one.
    expect(rank(['east', 'nato', 'guarantees'], [], new Map([['east', 90]])).ranked.map((p) => p.id)).toEqual(['p-1-s1']);
  });

  it('puts first the passage holding the typed words closest together, and lands there', () => {
    const page = 'Sky and sea were calm, the news said. He told SkyNews so. Sky News came.'.split(' ');
    const anchored = passages([{ id: 'p-1-s1', location: 0 }, { id: 'p-1-s2', location: 8 }, { id: 'p-1-s3', location: 12 }], page.length);
    const positions = wordPositions(page, typed(['sky', 'news']));
    const ranked = rankPassages(anchored, positions, [], new Map());
    expect(ranked.map((p) => p.id)).toEqual(['p-1-s2', 'p-1-s3', 'p-1-s1']);
    expect(ranked[0].closest).toEqual([10, 11]);
    expect(textDirective(page, ranked[0], positions.get('sky')!)).toBe('text=He%20told-,SkyNews%20so');
  });

  it('marks the typed words in an excerpt, escaped, with punctuation set back against its word', () => {
    const { ranked } = rank(['inch']);
    expect(excerpt(words, ranked[0])).toBe('He said &#34;’Not an <mark>inch</mark> towards the east’, we were told.');
  });

  it('lands with a text fragment of the typed words, never a lone short word, never a stray mark', () => {
    const phrase = rank(['not', 'an', 'inch'], [['not', 'an', 'inch']]);
    expect(textDirective(words, phrase.ranked[0], phrase.positions.get('inch')!)).toBe('text=Not%20an%20inch,-towards%20the');
    // "us" alone would be a lone short word: widened with the word before it.
    const short = rank(['us']);
    expect(textDirective(words, short.ranked[0], short.positions.get('us')!)).toBe('text=cheated%20us');
    const unquoted = rank(['not', 'an', 'inch']);
    expect(textDirective(words, unquoted.ranked[0], unquoted.positions.get('inch')!)).toBe('text=Not%20an%20inch,-towards%20the');
  });

  it('anchors a fragment with the words before and after it only where a space alone parts them', () => {
    for (const [page, typed, directive] of [
      ['Last month, Moscow received the replies.', 'moscow', 'text=Moscow%20received,-the%20replies'],
      ['The West had “deceived, shamelessly” Russia.', 'deceive', 'text=deceived%2C%20shamelessly'],
      ['It is the NATO countries that must provide guarantees.', 'provide', 'text=that%20must-,provide%20guarantees'],
    ]) {
      const pageWords = page.split(/\s+/);
      const positions = wordPositions(pageWords, new Map([[typed, [typed]]]));
      const [best] = rankPassages(passages([{ id: 'p-1-s1', location: 0 }], pageWords.length), positions, [], new Map());
      expect(textDirective(pageWords, best, positions.get(typed)!), page).toBe(directive);
    }
  });

  it('lands on the passage alone where its words, with their context, are earlier on the page', () => {
    const page = 'Putin says there are some signals of talks. There are some signals of talks.'.split(' ');
    const anchored = passages([{ id: 'title', location: 0 }, { id: 'tass-q-signals', location: 8 }], page.length);
    const positions = wordPositions(page, typed(['signals']));
    const [, quote] = rankPassages(anchored, positions, [], new Map());
    expect(quote.id).toBe('tass-q-signals');
    expect(textDirective(page, quote, positions.get('signals')!)).toBeNull();
    // The browser matches "Russia's" at "Russia’s", and "Kyiv" at "KYIV": so does this.
    const summary = 'Peskov says weapons near Russia’s borders worry Moscow. Weapons near Russia\'s borders worry Moscow.'.split(' ');
    const parts = passages([{ id: 'title', location: 0 }, { id: 'daily-post-q-drafts', location: 8 }], summary.length);
    const where = wordPositions(summary, typed(["russia's"]));
    const [, wording] = rankPassages(parts, where, [], new Map());
    expect(wording.id).toBe('daily-post-q-drafts');
    expect(textDirective(summary, wording, where.get("russia's")!)).toBeNull();
  });

  it('widens a fragment until it occurs nowhere earlier on the page', () => {
    const { ranked, positions } = rank(['guarantees', 'provide']);
    expect(textDirective(words, ranked[0], positions.get('provide')!)).toBe('text=that%20must-,provide%20guarantees');
  });
});

describe('a claim page found under an outlet', () => {
  const page = 'NATO deceived Russia. They deceived us. They fooled us.'.split(' ');
  const anchored: Anchor[] = [
    { id: 'title', location: 0 },
    { id: 'tass-2021-12-23-q-deception', location: 3, title: 'TASS, 23 December 2021' },
    { id: 'central-tribune-2021-12-23-q-deception', location: 6, title: 'Central Tribune, 23 December 2021' },
  ];
  const ranked = (keys: string[]) => rankPassages(passages(anchored, page.length), wordPositions(page, typed(keys)), [], new Map());

  it('puts that outlet’s wording first, where it holds the words', () => {
    const { ranking, holds } = outletFirst(ranked(['they']), 'Central Tribune');
    expect([ranking.map((p) => p.id), holds]).toEqual([['central-tribune-2021-12-23-q-deception', 'tass-2021-12-23-q-deception'], true]);
  });

  it('says where it does not', () => {
    const { ranking, holds } = outletFirst(ranked(['deceived']), 'Central Tribune');
    expect([ranking.map((p) => p.id), holds]).toEqual([['title', 'tass-2021-12-23-q-deception'], false]);
  });
});
