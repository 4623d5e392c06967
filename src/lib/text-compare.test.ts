import { describe, expect, it } from 'vitest';
import { firstDifference, whereItDiffers } from './text-compare.ts';

const TEXT = 'West must give guarantees now, Putin said on Thursday. “We’re not threatening anyone,” he said.';

describe('whereItDiffers', () => {
  it('shows the first character that differs, in the passage the words are nearest', () => {
    expect(whereItDiffers('Putin said on Friday', TEXT)).toBe('it differs at character 15: "Putin said on ⟨F⟩riday", where the text has "Thursday. “We’re not thr"');
    expect(whereItDiffers('Biden said', TEXT)).toBe('its first character "⟨B⟩iden said" starts no passage there');
  });

  it('names a quotation mark, apostrophe, space or dash typed for another drawn alike, where it stands in the text', () => {
    // "We" also begins "West": the passage meant is the one that matches but for the apostrophe.
    expect(whereItDiffers("We're not threatening anyone", TEXT)).toBe(
      'it differs at character 3: "We⟨\'⟩re not threatening anyo…", where the text has U+2019 RIGHT SINGLE QUOTATION MARK, not U+0027 APOSTROPHE',
    );
    expect(whereItDiffers('must give guarantees now', 'must give\u00a0guarantees now')).toBe(
      'it differs at character 10: "must give⟨ ⟩guarantees now", where the text has U+00A0 NO-BREAK SPACE, not U+0020 SPACE',
    );
  });

  it('takes line breaks and runs of spaces as one space', () => {
    expect(whereItDiffers('guarantees  now,\nPutin said on Monday', TEXT)).toMatch(/^it differs at character 31: "…tees now, Putin said on ⟨M⟩onday"/);
  });
});

describe('firstDifference', () => {
  it('shows both strings at the first character they part', () => {
    expect(firstDifference('Putin says', 'Putin said')).toBe('they differ at character 9: "Putin sa⟨y⟩s" against "Putin sa⟨i⟩d"');
  });
});
