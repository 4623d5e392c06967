import { describe, expect, it } from 'vitest';
import { speakerInText } from './speaker-name.ts';

describe('speakerInText', () => {
  it('gives a name "the" where its short name has it', () => {
    expect(speakerInText({ name: 'United States', shortName: 'The US' })).toBe('the United States');
  });

  it('lowers the article a name is recorded with', () => {
    expect(speakerInText({ name: 'The US and the EU' })).toBe('the US and the EU');
  });

  it('leaves other names as they are', () => {
    expect(speakerInText({ name: 'NATO' })).toBe('NATO');
    expect(speakerInText({ name: 'Vladimir Putin', shortName: 'Putin' })).toBe('Vladimir Putin');
    expect(speakerInText({ name: 'Russian officials' })).toBe('Russian officials');
    expect(speakerInText({ name: 'Theodore Roosevelt', shortName: 'Roosevelt' })).toBe('Theodore Roosevelt');
  });
});
