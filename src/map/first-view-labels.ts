/**
 * The names on the public map's build-time first view (`FirstView.tsx`, issue #18.1): one label per area, at the
 * pole of inaccessibility of its roomiest part (`analysis/polylabel.ts`) found in the SVG's own projected user
 * units, then a greedy collision pass, as MapLibre's symbol placement does it: the most populous area first (the
 * larger one when populations tie or are missing, as the interactive map's `symbol-sort-key`), each label's box
 * estimated from its font size and character count, a label dropped when its box overlaps a kept one's, leaves
 * the frame, or its area has no room for it. Two sizes: the names at the default size, and the subset that still
 * fits when the picture is shown small and the names are drawn larger in its units (a phone: `public.css`).
 *
 * Pure: runs at build time in Node and in tests.
 */
import type { Feature, FeatureCollection, Position } from 'geojson';
import { planarPole, thinRing } from '../analysis/polylabel.js';
import type { FirstViewFrame } from './first-view-geometry.js';

/** How the labels are sized and placed; lengths in the frame's user units. */
export type FirstViewLabelOptions = {
  /** Font size at the default display size, user units (about 11 px on a 1440 × 900 page). @default 20 */
  fontSize: number;
  /**
   * Font size when the picture is shown small, user units; `public.css` sets the same in its media query (about
   * 11 px on a 390 px wide phone, where one user unit is 0.3 px). @default 36
   */
  smallFontSize: number;
  /**
   * Width of one character, fraction of the font size: wide enough for the widest fallback (DejaVu Sans Bold,
   * 0.65 on average over the 126 names and 0.72 at most; Noto Sans Bold is about 0.6). @default 0.7
   */
  charEm: number;
  /** Height of a line, fraction of the font size (DejaVu Sans' box is 1.17, stacked diacritics included). @default 1.2 */
  lineEm: number;
  /** Empty margin on every side of a label's box, fraction of the font size: the halo and a gap. @default 0.15 */
  paddingEm: number;
  /**
   * Room a name needs: its area's pole must lie this many font sizes from the area's edges, else the name would
   * sit mostly on its neighbours (the interactive map's `roomPx` of 8 px at a 10–11.5 px font). @default 0.6
   */
  roomEm: number;
  /** Property holding the name (the short one, without "Phường" / "Xã", as the map shows it). @default 'name' */
  nameProp: string;
  /** Property identifying the area. @default 'code' */
  idProp: string;
  /** Numeric property ranking the areas, largest first. @default 'population' */
  rankProp: string;
};

/** Defaults of {@link FirstViewLabelOptions}. */
export const DEFAULT_FIRST_VIEW_LABEL_OPTIONS: FirstViewLabelOptions = {
  fontSize: 20,
  smallFontSize: 36,
  charEm: 0.7,
  lineEm: 1.2,
  paddingEm: 0.15,
  roomEm: 0.6,
  nameProp: 'name',
  idProp: 'code',
  rankProp: 'population',
};

/** A box in user units: left, top, right, bottom (y down). */
export type LabelBox = [number, number, number, number];

/** A labelled area: its name, id, label point (user units), room (user units) and ranking values. */
export type LabelCandidate = {
  id: string;
  name: string;
  /** The pole of the area's roomiest part, user units. */
  x: number;
  y: number;
  /** Distance of the pole from the area's edges, user units. */
  room: number;
  /** The `rankProp` value, or -Infinity when it is not a number. */
  rank: number;
  /** The area's projected area, user units², the tie-break. */
  area: number;
};

/** A placed label: a candidate, and whether it also shows when the picture is shown small. */
export type FirstViewLabel = LabelCandidate & { small: boolean };

/** The polygons of a feature as lists of rings; none for other or missing geometry. */
function polygonsOf(f: Feature): Position[][][] {
  const g = f.geometry;
  if (g?.type === 'Polygon') return [g.coordinates];
  if (g?.type === 'MultiPolygon') return g.coordinates;
  return [];
}

/** Shoelace area of a ring, user units² (absolute). */
function ringArea(ring: readonly Position[]): number {
  let s = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++)
    s += ring[j]![0]! * ring[i]![1]! - ring[i]![0]! * ring[j]![1]!;
  return Math.abs(s) / 2;
}

/** Precision of the pole search, user units (half a pixel at the default size). */
const POLE_PRECISION = 1;

/**
 * One candidate per area of `areas` with a name and area, in `frame`'s user units; ordered by placement
 * priority: highest `rankProp` first, then the larger area, then input order.
 */
export function labelCandidates(
  areas: FeatureCollection,
  frame: FirstViewFrame,
  options: Partial<FirstViewLabelOptions> = {},
): LabelCandidate[] {
  const o = { ...DEFAULT_FIRST_VIEW_LABEL_OPTIONS, ...options };
  const found: (LabelCandidate & { i: number })[] = [];
  areas.features.forEach((f, i) => {
    const p = f.properties ?? {};
    const name = p[o.nameProp];
    if (typeof name !== 'string' || name.trim() === '') return;
    let best: { point: [number, number]; distance: number } | null = null;
    let area = 0;
    for (const rings of polygonsOf(f)) {
      const projected = rings.map((r) => thinRing(r.map(frame.project), POLE_PRECISION * 2));
      area += projected.reduce((s, r, k) => s + (k === 0 ? 1 : -1) * ringArea(r), 0);
      const pole = planarPole(projected, POLE_PRECISION);
      if (pole && (best === null || pole.distance > best.distance)) best = pole;
    }
    if (!best) return;
    const rank = Number(p[o.rankProp]);
    found.push({
      id: String(p[o.idProp] ?? ''),
      name: name.trim(),
      x: best.point[0],
      y: best.point[1],
      room: best.distance,
      rank: p[o.rankProp] !== null && Number.isFinite(rank) ? rank : -Infinity,
      area,
      i,
    });
  });
  found.sort((a, b) => b.rank - a.rank || b.area - a.area || a.i - b.i);
  return found.map(({ i: _i, ...c }) => c);
}

/**
 * The estimated box of `name` centred on `[x, y]` (user units) at `fontSize` user units: characters × `charEm`
 * wide, `lineEm` high, plus `paddingEm` on every side. Characters are Unicode code points of the NFC form, so
 * a letter with its diacritics counts once.
 */
export function labelBox(
  name: string,
  x: number,
  y: number,
  fontSize: number,
  options: Partial<FirstViewLabelOptions> = {},
): LabelBox {
  const o = { ...DEFAULT_FIRST_VIEW_LABEL_OPTIONS, ...options };
  const pad = o.paddingEm * fontSize;
  const halfW = ([...name.normalize('NFC')].length * o.charEm * fontSize) / 2 + pad;
  const halfH = (o.lineEm * fontSize) / 2 + pad;
  return [x - halfW, y - halfH, x + halfW, y + halfH];
}

/** Whether two boxes share some area (touching edges do not). */
export const boxesOverlap = (a: LabelBox, b: LabelBox): boolean =>
  a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];

/** Whether a box lies within `[0, 0, width, height]`. */
export const boxInside = (b: LabelBox, width: number, height: number): boolean =>
  b[0] >= 0 && b[1] >= 0 && b[2] <= width && b[3] <= height;

/**
 * Greedy placement at `fontSize` (user units): takes `candidates` in their order and keeps each one whose area
 * has room for it, whose box lies in the frame and overlaps no kept label's box. Returns the kept ones in order.
 */
export function placeLabels<C extends LabelCandidate>(
  candidates: readonly C[],
  frame: Pick<FirstViewFrame, 'width' | 'height'>,
  fontSize: number,
  options: Partial<FirstViewLabelOptions> = {},
): C[] {
  const o = { ...DEFAULT_FIRST_VIEW_LABEL_OPTIONS, ...options };
  const kept: C[] = [];
  const boxes: LabelBox[] = [];
  for (const c of candidates) {
    if (c.room < o.roomEm * fontSize) continue;
    const box = labelBox(c.name, c.x, c.y, fontSize, o);
    if (!boxInside(box, frame.width, frame.height) || boxes.some((b) => boxesOverlap(b, box))) continue;
    kept.push(c);
    boxes.push(box);
  }
  return kept;
}

/**
 * The first view's labels: the candidates placed at `fontSize`, each marked `small` when it is also kept by a
 * second placement of those at `smallFontSize` (so the small display shows a subset, no new name). In priority
 * order, coordinates in `frame`'s user units.
 */
export function firstViewLabels(
  areas: FeatureCollection,
  frame: FirstViewFrame,
  options: Partial<FirstViewLabelOptions> = {},
): FirstViewLabel[] {
  const o = { ...DEFAULT_FIRST_VIEW_LABEL_OPTIONS, ...options };
  const kept = placeLabels(labelCandidates(areas, frame, o), frame, o.fontSize, o);
  const small = new Set(placeLabels(kept, frame, o.smallFontSize, o));
  return kept.map((c) => ({ ...c, small: small.has(c) }));
}
