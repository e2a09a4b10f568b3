import { describe, expect, it } from 'vitest';
import { speedWindowText } from './AreaAnalysis.js';

/** A speed figure's days and origin, as the analysis gives them. */
const createWindow = (tiles = 0) => ({
  window: { from: '2025-10-03', to: '2026-09-29' },
  origin: 'sample' as const,
  tiles,
});

describe('speedWindowText', () => {
  it('writes the days as every other day of the app: ISO in English, dd/mm/yyyy in Vietnamese', () => {
    expect(speedWindowText(createWindow(), '4G', 'en')).toBe('2025-10-03 – 2026-09-29 · sample data');
    expect(speedWindowText(createWindow(), '4G', 'vi')).toBe('03/10/2025 – 29/09/2026 · dữ liệu mẫu');
  });

  it('says that Ookla tiles mix the technologies', () => {
    expect(speedWindowText(createWindow(2), '5G', 'en')).toBe(
      '2025-10-03 – 2026-09-29 · sample data · Ookla tiles mix every mobile technology, labelled 5G',
    );
  });

  it('is null without records', () => {
    expect(speedWindowText({ window: null, origin: null, tiles: 0 }, '4G', 'en')).toBeNull();
  });
});
