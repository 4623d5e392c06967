import { describe, expect, it } from 'vitest';
import { entryKey, parseDataFile, repeatedIds } from './data-file.ts';

describe('parseDataFile', () => {
  it('reads a YAML list of entries', () => {
    expect(parseDataFile('- id: a\n  name: A\n- id: b\n')).toEqual([{ id: 'a', name: 'A' }, { id: 'b' }]);
  });

  it('gives null for YAML that is not a list: a mapping, a scalar, an empty file', () => {
    for (const text of ['a: {id: a}\n', 'oops\n', '', '# only a comment\n']) expect(parseDataFile(text), JSON.stringify(text)).toBeNull();
  });

  it('throws where the YAML does not parse', () => {
    expect(() => parseDataFile('- id: a\n  title: "unterminated\n')).toThrow(/double quoted scalar/);
  });
});

describe('entries and their ids', () => {
  it('names an entry by its id, or by its place when it has no id as text', () => {
    expect([{ id: 'a' }, { name: 'B' }, { id: 7 }, null, 'text'].map(entryKey)).toEqual(['a', '[1]', '[2]', '[3]', '[4]']);
  });

  it('finds each entry whose id an earlier entry has, and nothing else', () => {
    expect(repeatedIds([{ id: 'a' }, { id: 'b' }, { id: 'a' }, {}, {}, { id: 'a' }])).toEqual([
      { id: 'a', index: 2, first: 0 },
      { id: 'a', index: 5, first: 0 },
    ]);
    expect(repeatedIds([{ id: 'a' }, { id: 'b' }, { id: '[1]' }, {}])).toEqual([]);
    // As the schema reads ids: trimmed.
    expect(repeatedIds([{ id: 'a' }, { id: ' a ' }])).toEqual([{ id: 'a', index: 1, first: 0 }]);
  });
});
