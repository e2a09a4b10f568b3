import { describe, expect, it } from 'vitest';
import {
  clampTableHeight,
  defaultTableHeight,
  heightAfterKey,
  maxTableHeight,
  saveTableHeight,
  savedTableHeight,
  TABLE_HEIGHT_KEY,
  TABLE_MIN_PX,
  TABLE_STEP_PX,
  type Size,
} from './table-dock.js';

/** Share of the viewport's area left to the map with the table `px` high under it, fraction 0–1. */
const mapShare = (viewport: Size, main: Size, px: number) =>
  (main.width * (main.height - px)) / (viewport.width * viewport.height);

/** A Storage stand-in over a plain object. */
function createStorage(items: Record<string, string> = {}): Pick<Storage, 'getItem' | 'setItem'> {
  return {
    getItem: (k) => items[k] ?? null,
    setItem: (k, v) => {
      items[k] = v;
    },
  };
}

const throwing: Pick<Storage, 'getItem' | 'setItem'> = {
  getItem: () => {
    throw new Error('blocked');
  },
  setItem: () => {
    throw new Error('blocked');
  },
};

describe('defaultTableHeight', () => {
  it('leaves the map over 60 % of a 1440×900 viewport', () => {
    const viewport = { width: 1440, height: 900 };
    const main = { width: 1160, height: 856 };
    const px = defaultTableHeight(viewport, main);
    expect(px).toBe(174);
    expect(mapShare(viewport, main, px)).toBeGreaterThanOrEqual(0.6);
  });

  it('leaves the map over 60 % of a 1280×720 viewport', () => {
    const viewport = { width: 1280, height: 720 };
    const main = { width: 1000, height: 676 };
    const px = defaultTableHeight(viewport, main);
    expect(px).toBeGreaterThanOrEqual(TABLE_MIN_PX);
    expect(mapShare(viewport, main, px)).toBeGreaterThanOrEqual(0.6);
  });

  it('takes at most 40 % of a main area that fills the viewport', () => {
    const size = { width: 1000, height: 1000 };
    expect(defaultTableHeight(size, size)).toBe(390);
  });

  it('falls back to the lowest height before the main area is measured', () => {
    expect(defaultTableHeight({ width: 1440, height: 900 }, { width: 0, height: 0 })).toBe(TABLE_MIN_PX);
  });
});

describe('clampTableHeight', () => {
  const main = { width: 1000, height: 600 };

  it('keeps a height between the lowest and three quarters of the main area', () => {
    expect(clampTableHeight(10, main)).toBe(TABLE_MIN_PX);
    expect(clampTableHeight(2000, main)).toBe(450);
    expect(clampTableHeight(200.4, main)).toBe(200);
  });

  it('never goes below the lowest height, even in a tiny main area', () => {
    expect(maxTableHeight({ width: 300, height: 50 })).toBe(TABLE_MIN_PX);
  });
});

describe('heightAfterKey', () => {
  const main = { width: 1000, height: 600 };

  it('grows with ArrowUp and PageUp, shrinks with ArrowDown and PageDown', () => {
    expect(heightAfterKey('ArrowUp', 200, main)).toBe(200 + TABLE_STEP_PX);
    expect(heightAfterKey('ArrowDown', 200, main)).toBe(200 - TABLE_STEP_PX);
    expect(heightAfterKey('PageUp', 200, main)).toBe(200 + 4 * TABLE_STEP_PX);
    expect(heightAfterKey('PageDown', 200, main)).toBe(200 - 4 * TABLE_STEP_PX);
    expect(heightAfterKey('PageDown', 110, main)).toBe(TABLE_MIN_PX);
  });

  it('goes to the ends with Home and End', () => {
    expect(heightAfterKey('Home', 200, main)).toBe(TABLE_MIN_PX);
    expect(heightAfterKey('End', 200, main)).toBe(450);
  });

  it('ignores other keys', () => {
    expect(heightAfterKey('Enter', 200, main)).toBeNull();
  });
});

describe('the remembered height', () => {
  it('reads back what was saved', () => {
    const storage = createStorage();
    saveTableHeight(storage, 231.6);
    expect(savedTableHeight(storage)).toBe(232);
  });

  it('is null when nothing or garbage was saved', () => {
    expect(savedTableHeight(createStorage())).toBeNull();
    expect(savedTableHeight(createStorage({ [TABLE_HEIGHT_KEY]: 'tall' }))).toBeNull();
    expect(savedTableHeight(null)).toBeNull();
  });

  it('is null, and saving does not throw, when storage is blocked', () => {
    expect(savedTableHeight(throwing)).toBeNull();
    expect(() => saveTableHeight(throwing, 200)).not.toThrow();
  });
});
