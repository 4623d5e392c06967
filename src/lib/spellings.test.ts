import { describe, expect, it } from 'vitest';
import { spellingCandidates } from './spellings.ts';

describe('spellingCandidates: the other spelling of a word, either way', () => {
  it.each([
    ['defence', 'defense'],
    ['offences', 'offenses'],
    ['recognise', 'recognize'],
    ['organisation', 'organization'],
    ['criticised', 'criticized'],
    ['analyse', 'analyze'],
    ['favour', 'favor'],
    ['favourite', 'favorite'],
    ['behaviour', 'behavior'],
    ['dialogue', 'dialog'],
    ['centre', 'center'],
    ['centres', 'centers'],
    ['travelled', 'traveled'],
    ['counsellor', 'counselor'],
    ['fulfilment', 'fulfillment'],
    ['judgement', 'judgment'],
    ['programme', 'program'],
  ])('%s and %s', (british, american) => {
    expect(spellingCandidates(british)).toContain(american);
    expect(spellingCandidates(american)).toContain(british);
  });

  it('leaves short words alone, which the rules would join to other words', () => {
    for (const word of ['four', 'our', 'your', 'hour', 'sense', 'raise', 'filling', 'acre', 'will', 'blog']) expect(spellingCandidates(word), word).toEqual([]);
  });
});
