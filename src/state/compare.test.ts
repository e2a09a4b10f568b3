import { describe, expect, it } from 'vitest';
import { parseTargetKey, sameTarget, sourceAvailable, targetGone, targetKey, yearEnd } from './compare.js';

describe('comparison targets', () => {
  it('a target and its key go both ways', () => {
    expect(targetKey(yearEnd(2024))).toBe('2024-12-31');
    expect(targetKey({ kind: 'source', source: 'imported' })).toBe('source:imported');
    for (const key of ['2019-12-31', 'source:sample', 'source:imported'])
      expect(targetKey(parseTargetKey(key)!)).toBe(key);
    expect(['', 'source:other', '2024-06-30'].map(parseTargetKey)).toEqual([null, null, null]);
  });

  it('same target by value, not by object', () => {
    expect(sameTarget(yearEnd(2020), { kind: 'year-end', date: '2020-12-31' })).toBe(true);
    expect(sameTarget(yearEnd(2020), yearEnd(2021))).toBe(false);
    expect(sameTarget(null, null)).toBe(true);
    expect(sameTarget(null, yearEnd(2020))).toBe(false);
  });

  it('the sample is compared once imported sites are in use, the imported sites alone once they join it', () => {
    expect(['sample', 'imported', 'mixed'].map((p) => sourceAvailable('sample', p as 'sample'))).toEqual([
      false,
      true,
      true,
    ]);
    expect(['sample', 'imported', 'mixed'].map((p) => sourceAvailable('imported', p as 'sample'))).toEqual([
      false,
      false,
      true,
    ]);
    expect(targetGone({ kind: 'source', source: 'imported' }, 'imported')).toBe(true);
    expect(targetGone(yearEnd(2020), 'sample')).toBe(false);
  });
});
