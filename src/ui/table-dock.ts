/**
 * Size of the ranked table docked under the map: how tall it opens by default, the bounds a drag or a key press
 * keeps it in, and the height remembered across visits. Pure functions (sizes in CSS pixels) plus two small
 * localStorage helpers that never throw.
 */

/** localStorage key of the table's chosen height, CSS pixels. */
export const TABLE_HEIGHT_KEY = 'hanoi-coverage-map/table-height';

/**
 * Smallest share of the viewport's area the map keeps when the table opens at its default height, fraction 0–1
 * (issue #18: "the map keeps at least 60 % of the viewport with the table open"; a point of margin).
 */
export const MAP_SHARE_MIN = 0.61;

/** Lowest height of the table (its bar, the column headers and two rows), CSS pixels. */
export const TABLE_MIN_PX = 96;

/** Highest share of the main area's height the table may take when dragged, fraction 0–1. */
export const TABLE_MAX_SHARE = 0.75;

/** Step of one arrow key on the resize handle, CSS pixels; PageUp/PageDown move four steps. */
export const TABLE_STEP_PX = 24;

/** A width and a height, CSS pixels. */
export type Size = { width: number; height: number };

/** Highest height the table may be given in a main area of `main` (never below {@link TABLE_MIN_PX}), CSS pixels. */
export function maxTableHeight(main: Size): number {
  return Math.max(TABLE_MIN_PX, Math.floor(main.height * TABLE_MAX_SHARE));
}

/** `px` kept within the bounds of {@link TABLE_MIN_PX} and {@link maxTableHeight}, rounded to a whole pixel. */
export function clampTableHeight(px: number, main: Size): number {
  return Math.round(Math.min(maxTableHeight(main), Math.max(TABLE_MIN_PX, px)));
}

/**
 * The height the table opens at when the reader never chose one: the most that leaves the map (the main area
 * less the table, at the main area's full width) {@link MAP_SHARE_MIN} of the viewport's area, at most 40 % of
 * the main area's height, clamped by {@link clampTableHeight}. 1440×900 with a 1160×856 main area gives 174 px.
 */
export function defaultTableHeight(viewport: Size, main: Size): number {
  if (main.width <= 0 || main.height <= 0) return TABLE_MIN_PX;
  const mapMinHeight = (MAP_SHARE_MIN * viewport.width * viewport.height) / main.width;
  const room = Math.min(main.height - mapMinHeight, main.height * 0.4);
  return clampTableHeight(Math.floor(room), main);
}

/** The height the reader chose last time, CSS pixels, or null (none saved, unreadable, or storage blocked). */
export function savedTableHeight(storage: Pick<Storage, 'getItem'> | null): number | null {
  try {
    const v = Number(storage?.getItem(TABLE_HEIGHT_KEY) ?? NaN);
    return Number.isFinite(v) && v > 0 ? v : null;
  } catch {
    return null;
  }
}

/** Remembers the chosen height, CSS pixels; a blocked storage (private mode) only loses the memory. */
export function saveTableHeight(storage: Pick<Storage, 'setItem'> | null, px: number): void {
  try {
    storage?.setItem(TABLE_HEIGHT_KEY, String(Math.round(px)));
  } catch {
    // The table still has its size for this visit.
  }
}

/**
 * The height a key press on the resize handle gives (ArrowUp/PageUp grow the table, ArrowDown/PageDown shrink
 * it, Home to the lowest, End to the highest), or null for any other key.
 */
export function heightAfterKey(key: string, px: number, main: Size): number | null {
  const next: Record<string, number> = {
    ArrowUp: px + TABLE_STEP_PX,
    ArrowDown: px - TABLE_STEP_PX,
    PageUp: px + 4 * TABLE_STEP_PX,
    PageDown: px - 4 * TABLE_STEP_PX,
    Home: TABLE_MIN_PX,
    End: maxTableHeight(main),
  };
  return key in next ? clampTableHeight(next[key]!, main) : null;
}
