/**
 * Areal interpolation (areal weighting): carry a count known on source areas (2019 census wards) onto
 * target areas (2025 units) in proportion to the share of each source's area that falls in each target.
 *
 * Method: Goodchild & Lam (1980), "Areal interpolation: a variant of the traditional spatial problem".
 * The count is assumed uniform within each source area. Sources that overlap (generalised boundaries)
 * are made disjoint first, an overlap going to the source listed first, exactly as the coverage engine does,
 * so that the two agree. Weights are normalised by the part of the source that falls inside any target, so a
 * source that sticks out of the target layer still hands over its whole count and totals are preserved.
 */
import type { MultiPolygon, Polygon } from 'geojson';
import { boxesOverlap, intersectShapes, projectPolygon, subtractShapesChecked, type PlaneBox } from './planar.js';

export type InterpolationSource = { key: string; value: number; geometry: Polygon | MultiPolygon };
export type InterpolationTarget = { key: string; geometry: Polygon | MultiPolygon };

/** The share of one source's value that goes to one target (fraction 0–1; a source's shares sum to 1). */
export type InterpolationWeight = { source: string; target: string; share: number; overlapM2: number };

export type InterpolationResult = {
  /** Interpolated value per target key, rounded to integers with the largest-remainder method. */
  values: Map<string, number>;
  weights: InterpolationWeight[];
  /** Source keys that overlap no target at all; their value went to the nearest target by bbox centre. */
  unmatched: string[];
};

type Box = PlaneBox;

/**
 * Interpolates source values onto targets by area share (ellipsoidal areas, via the equal-area plane). Values are integers (people); the result's
 * total equals the sum of the source values exactly.
 */
export function interpolateByArea(
  sources: readonly InterpolationSource[],
  targets: readonly InterpolationTarget[],
): InterpolationResult {
  const targetShapes = targets.map((t) => projectPolygon(t.geometry));
  const targetBoxes = targetShapes.map((t) => t.box);
  const raw = new Map<string, number>(targets.map((t) => [t.key, 0]));
  const weights: InterpolationWeight[] = [];
  const unmatched: string[] = [];

  const projected = sources.map((src) => projectPolygon(src.geometry));
  sources.forEach((src, si) => {
    let shape = projected[si]!;
    for (let j = 0; j < si; j++)
      if (boxesOverlap(projected[j]!.box, shape.box)) shape = subtractShapesChecked(shape, projected[j]!);
    const box = projected[si]!.box;
    const overlaps: { target: string; m2: number }[] = [];
    targets.forEach((t, i) => {
      if (!boxesOverlap(box, targetBoxes[i]!)) return;
      const m2 = intersectShapes(shape, targetShapes[i]!).areaM2;
      if (m2 > 0) overlaps.push({ target: t.key, m2 });
    });
    const inside = overlaps.reduce((s, o) => s + o.m2, 0);
    if (inside <= 0) {
      unmatched.push(src.key);
      const nearest = nearestTarget(box, targets, targetBoxes);
      if (nearest !== null) {
        weights.push({ source: src.key, target: nearest, share: 1, overlapM2: 0 });
        raw.set(nearest, raw.get(nearest)! + src.value);
      }
      return;
    }
    for (const o of overlaps) {
      const share = o.m2 / inside;
      weights.push({ source: src.key, target: o.target, share, overlapM2: o.m2 });
      raw.set(o.target, raw.get(o.target)! + src.value * share);
    }
  });
  const total = sources.reduce((s, x) => s + x.value, 0);
  return { values: roundPreservingTotal(raw, total), weights, unmatched };
}

function nearestTarget(box: Box, targets: readonly InterpolationTarget[], boxes: readonly Box[]): string | null {
  const cx = (box[0] + box[2]) / 2;
  const cy = (box[1] + box[3]) / 2;
  let best: string | null = null;
  let bestD = Infinity;
  targets.forEach((t, i) => {
    const b = boxes[i]!;
    const d = ((b[0] + b[2]) / 2 - cx) ** 2 + ((b[1] + b[3]) / 2 - cy) ** 2;
    if (d < bestD) {
      bestD = d;
      best = t.key;
    }
  });
  return best;
}

/**
 * Rounds fractional values to integers so that they sum to `total` (Hamilton's largest-remainder
 * method); ties go to the key that sorts first, so the result is deterministic.
 */
export function roundPreservingTotal(values: ReadonlyMap<string, number>, total: number): Map<string, number> {
  const entries = [...values.entries()].map(([k, v]) => ({ k, floor: Math.floor(v), rem: v - Math.floor(v) }));
  let missing = Math.round(total) - entries.reduce((s, e) => s + e.floor, 0);
  entries.sort((a, b) => b.rem - a.rem || (a.k < b.k ? -1 : 1));
  for (const e of entries) {
    if (missing <= 0) break;
    e.floor += 1;
    missing -= 1;
  }
  const rounded = new Map(entries.map((e) => [e.k, e.floor]));
  return new Map([...values.keys()].map((k) => [k, rounded.get(k)!]));
}
