import { describe, expect, it } from 'vitest';
import { editDistance } from './edit-distance.ts';

describe('editDistance', () => {
  it('counts inserts, deletions and substitutions', () => {
    expect(editDistance('putin', 'putin', 2)).toBe(0);
    expect(editDistance('vladimir-poutine', 'vladimir-putin', 3)).toBe(2);
    expect(editDistance('peskov', 'pesсov', 2)).toBe(1); // a Cyrillic с
  });

  it('counts a swap of neighbouring letters as one edit', () => {
    expect(editDistance('ukriane', 'ukraine', 2)).toBe(1);
  });

  it('stops past its limit, saying only that the limit is passed', () => {
    expect(editDistance('nato', 'nato-enlargement', 2)).toBe(3);
    expect(editDistance('abcdef', 'uvwxyz', 2)).toBe(3);
  });
});
