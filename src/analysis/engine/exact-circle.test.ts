import { describe, expect, it } from 'vitest';
import { CoverageEngine } from './engine.js';
import { createSite, createSquare, offset } from '../../../test/fixtures/analysis.js';
import { circleVertexScale, footprintOutline } from '../coverage/model.js';
import { polygonAreaM2 } from '../geodesy.js';
import { HANOI_LAEA } from '../projection.js';

const C: [number, number] = [105.85, 21.03];

/**
 * Area of a circle (centre (cx, cy), radius r) inside the square [−h, h]², m², by Simpson's rule over x with
 * 20,000 steps: the chord length min(h, cy + w) − max(−h, cy − w), w = √(r² − (x − cx)²), is smooth between
 * the square's and the circle's vertical tangents, so the error is far below a square metre.
 */
function circleInSquareM2(cx: number, cy: number, r: number, h: number): number {
  const x0 = Math.max(-h, cx - r);
  const x1 = Math.min(h, cx + r);
  if (x1 <= x0) return 0;
  const chord = (x: number): number => {
    const w = Math.sqrt(Math.max(0, r * r - (x - cx) ** 2));
    return Math.max(0, Math.min(h, cy + w) - Math.max(-h, cy - w));
  };
  const n = 20_000;
  const dx = (x1 - x0) / n;
  let sum = chord(x0) + chord(x1);
  for (let i = 1; i < n; i++) sum += (i % 2 === 1 ? 4 : 2) * chord(x0 + i * dx);
  return (sum * dx) / 3;
}

/** A deterministic pseudo-random sequence in [0, 1) (Park–Miller). */
function createRandom(seed: number): () => number {
  let s = seed;
  return () => (s = (s * 16807) % 2147483647) / 2147483647;
}

describe('exact circles', () => {
  it('a 48-vertex footprint has the area of its circle (πr²) on the ellipsoid', () => {
    for (const r of [150, 1000, 5000]) {
      const [x, y] = HANOI_LAEA.forward(C);
      const ring = footprintOutline([], r).map(([dx, dy]) => HANOI_LAEA.inverse([x + dx, y + dy]));
      const area = polygonAreaM2({ type: 'Polygon', coordinates: [[...ring, ring[0]!]] });
      expect(Math.abs(area - Math.PI * r * r) / (Math.PI * r * r)).toBeLessThan(5e-5);
    }
    expect(circleVertexScale(48)).toBeCloseTo(1.00143, 6);
  });

  it('per-area coverage from range circles agrees with the exact circle within 0.01 percentage point', () => {
    const random = createRandom(20_261_204);
    let worst = 0;
    for (let k = 0; k < 40; k++) {
      const side = 600 + random() * 4000; // wards of 0.36–21 km²
      const r = 150 + random() * 4000;
      const cx = (random() - 0.5) * (side + 2 * r);
      const cy = (random() - 0.5) * (side + 2 * r);
      const e = new CoverageEngine([{ id: 'U', level: 'unit2025', geometry: createSquare(...C, side) }], []);
      e.setSites([createSite('s', offset(...C, cx, cy), r)]);
      const got = e.results('unit2025')[0]!.coverage['4G'].any.percent;
      const exact = (100 * circleInSquareM2(cx, cy, r, side / 2)) / (side * side);
      worst = Math.max(worst, Math.abs(got - exact));
    }
    expect(worst).toBeLessThan(0.01);
  });
});
