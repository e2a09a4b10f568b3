// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, renderHook, waitFor } from '@testing-library/react';
import type { CoverageLevel } from '../domain/coverage-level.js';
import { useIndoorValues, type JsonReader } from './use-indoor-values.js';

afterEach(cleanup);

const VALUES = { units: { '00004': { c5_any_in: 61.5 } }, districts: {}, wards: {}, zones: {} };

/** The hook at `level`, reading with `read`; errors go to the returned spy. */
function createHook(level: CoverageLevel, read: JsonReader) {
  const onError = vi.fn();
  const hook = renderHook(({ l }) => useIndoorValues(l, 'https://example.org/pub/data/', onError, read), {
    initialProps: { l: level },
  });
  return { ...hook, onError };
}

describe('useIndoorValues', () => {
  it('reads nothing while the level is outdoor', () => {
    const read = vi.fn(async () => VALUES);
    const { result } = createHook('outdoor', read);
    expect(result.current).toBeNull();
    expect(read).not.toHaveBeenCalled();
  });

  it('reads areas-indoor.json of the data folder once indoor is chosen, and keeps it', async () => {
    const read = vi.fn(async () => VALUES);
    const { result, rerender } = createHook('outdoor', read);
    rerender({ l: 'indoor' });
    await waitFor(() => expect(result.current).toEqual(VALUES));
    rerender({ l: 'outdoor' });
    rerender({ l: 'indoor' });
    expect(read).toHaveBeenCalledExactlyOnceWith(new URL('https://example.org/pub/data/areas-indoor.json'));
  });

  it('names the file and the reason when the read fails', async () => {
    const { onError } = createHook('indoor', async () => {
      throw new Error('HTTP 404');
    });
    await waitFor(() => expect(onError).toHaveBeenCalledExactlyOnceWith('areas-indoor.json: HTTP 404'));
  });
});
