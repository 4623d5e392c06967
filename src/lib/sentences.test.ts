import { describe, expect, it } from 'vitest';
import { splitSentences } from './sentences.ts';

const sentences = (text: string, keepTogether = 0) => splitSentences(text, keepTogether).map(({ start, end }) => text.slice(start, end));

describe('sentence boundaries', () => {
  it('end at a full stop, question or exclamation mark followed by a capital', () => {
    expect(sentences('Is this an ultimatum or not? Of course not. We want talks!')).toEqual(['Is this an ultimatum or not?', 'Of course not.', 'We want talks!']);
  });

  it('take closing quotation marks with the sentence they close', () => {
    expect(sentences('And now they say ‘Ukraine will be a NATO member.’ Consequently, there will emerge systems," he explained. "You are demanding some guarantees from me.')).toEqual([
      'And now they say ‘Ukraine will be a NATO member.’',
      'Consequently, there will emerge systems," he explained.',
      '"You are demanding some guarantees from me.',
    ]);
    expect(sentences('“We’re not threatening anyone,” the president said. “You must give us the guarantees,” Putin said.')).toEqual([
      '“We’re not threatening anyone,” the president said.',
      '“You must give us the guarantees,” Putin said.',
    ]);
  });

  it('end before a quotation opened with a closing mark, as outlets sometimes print it', () => {
    expect(sentences('NATO would not expand eastwards. "’Not an inch towards the east’, we were told. And what?')).toEqual([
      'NATO would not expand eastwards.',
      '"’Not an inch towards the east’, we were told.',
      'And what?',
    ]);
  });

  it('do not end after an abbreviation or an initialism', () => {
    expect(sentences('U.S. President Joe Biden warned Putin. On Dec. 15, Yury Ushakov spoke to Mr. Sullivan. It was 10 a.m. Moscow time.')).toEqual([
      'U.S. President Joe Biden warned Putin.',
      'On Dec. 15, Yury Ushakov spoke to Mr. Sullivan.',
      'It was 10 a.m. Moscow time.',
    ]);
    expect(sentences('Washington, D.C. The alliance answered.')).toEqual(['Washington, D.C. The alliance answered.']);
  });

  it('do not end before a lower-case word, keeping the outlets’ slips whole', () => {
    expect(sentences('but would consider various reciprocal agreements. about missiles and the transparency of troop movements.')).toEqual([
      'but would consider various reciprocal agreements. about missiles and the transparency of troop movements.',
    ]);
    expect(sentences('Speaking of security guarantees … our actions will not depend upon the negotiations.')).toHaveLength(1);
  });

  it('end before a digit', () => {
    expect(sentences('Three countries joined in 1999. 2004 brought seven more.')).toEqual(['Three countries joined in 1999.', '2004 brought seven more.']);
  });

  it('keep an opening dateline within the first sentence', () => {
    const text = 'MOSCOW, December 23. /TASS/. It is the NATO countries that must provide guarantees. Putin said so.';
    expect(sentences(text, 'MOSCOW, December 23. /TASS/.'.length)).toEqual(['MOSCOW, December 23. /TASS/. It is the NATO countries that must provide guarantees.', 'Putin said so.']);
  });

  it('tile the paragraph: one sentence when there is no boundary, none when it is empty', () => {
    expect(splitSentences('  No full stop at the end  ')).toEqual([{ start: 2, end: 25 }]);
    expect(splitSentences('   ')).toEqual([]);
  });
});
