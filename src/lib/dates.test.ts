import { describe, expect, it } from 'vitest';
import { compareDates, formatDate, monthKey } from './dates.ts';

describe('formatDate', () => {
  it('writes each precision as a reader would', () => {
    expect(formatDate('2021-12-21')).toBe('21 December 2021');
    expect(formatDate('2022-01')).toBe('January 2022');
    expect(formatDate('1990')).toBe('1990');
  });

  it('leaves the year out on request, never the precision', () => {
    expect(formatDate('2022-02-10', { year: false })).toBe('10 February');
    expect(formatDate('2022-01', { year: false })).toBe('January');
    expect(formatDate('1997', { year: false })).toBe('1997');
  });
});

describe('dates of mixed precision', () => {
  it('sort chronologically, a month before the days in it', () => {
    const dates = ['2022-01-05', '2021-12-23', '1990', '2022-01', '2021-12-21'];
    expect([...dates].sort(compareDates)).toEqual(['1990', '2021-12-21', '2021-12-23', '2022-01', '2022-01-05']);
  });

  it('fall in their month', () => {
    expect(monthKey('2021-12-23')).toBe('2021-12');
    expect(monthKey('2022-01')).toBe('2022-01');
    expect(monthKey('1990')).toBeNull();
  });
});
