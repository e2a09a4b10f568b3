import { describe, expect, it } from 'vitest';
import { errorMessage } from './errors.js';

describe('errorMessage', () => {
  it('is the message of an Error, without its name', () => {
    expect(errorMessage(new TypeError('sites.fgb: not a FlatGeobuf file'))).toBe('sites.fgb: not a FlatGeobuf file');
  });

  it('is the message of an Error subclass (an AbortError)', () => {
    class AbortError extends Error {
      override name = 'AbortError';
    }
    expect(errorMessage(new AbortError('the request was aborted'))).toBe('the request was aborted');
  });

  it.each([
    ['a thrown string', 'quota exceeded', 'quota exceeded'],
    ['a number', 42, '42'],
    ['null', null, 'null'],
    ['undefined', undefined, 'undefined'],
    ['a plain object', { message: 'not an Error' }, '[object Object]'],
  ])('is String(value) for %s', (_what, value, expected) => {
    expect(errorMessage(value)).toBe(expected);
  });
});
