/**
 * The hexagon grid levels: H3 cells of resolution 8 (about 0.74 km² each) and 9 (about 0.11 km²), an
 * analysis level beside the administrative ones, so that gaps straddling boundaries show whole. A cell's
 * id is its H3 index (15 hexadecimal digits, e.g. `8941aa1c8c3ffff`).
 */
export const GRID_RESOLUTIONS = [8, 9] as const;
export type GridResolution = (typeof GRID_RESOLUTIONS)[number];
export type GridLevel = 'h3r8' | 'h3r9';
export const GRID_LEVELS: readonly GridLevel[] = ['h3r8', 'h3r9'];

export const gridLevelOf = (res: GridResolution): GridLevel => (res === 8 ? 'h3r8' : 'h3r9');
export const isGridLevel = (level: string): level is GridLevel => level === 'h3r8' || level === 'h3r9';

/** Layer id (and file stem) of a grid level's cells. */
export const GRID_LAYER_ID: Readonly<Record<GridLevel, 'grid-h3r8' | 'grid-h3r9'>> = {
  h3r8: 'grid-h3r8',
  h3r9: 'grid-h3r9',
};

/** Names of a cell, as the areas have them: the cell id with the grid's name. */
export function cellNames(id: string, level: GridLevel): { name: string; fullName: string; nameEn: string } {
  const res = level === 'h3r8' ? 8 : 9;
  return { name: id, fullName: `Ô lưới H3 ${id} (độ phân giải ${res})`, nameEn: `H3 cell ${id} (resolution ${res})` };
}

/**
 * The grid level an H3 index belongs to, or null when the text is not a resolution 8 or 9 cell index
 * (mode 1, 15 hex digits; the resolution is the 2nd digit). Case and surrounding spaces are ignored.
 */
export function gridLevelOfCellId(text: string): GridLevel | null {
  const s = text.trim().toLowerCase();
  if (!/^8[0-9a-f]{14}$/.test(s)) return null;
  return s[1] === '8' ? 'h3r8' : s[1] === '9' ? 'h3r9' : null;
}
