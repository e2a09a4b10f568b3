/**
 * A small city for the area index's tests: census wards over a 4 × 3 km patch that overlap their neighbours (the
 * index makes them disjoint), one with a hole, and units, districts and zones across many 1 km tiles.
 */
import type { Polygon, Position } from 'geojson';
import { HANOI_LAEA } from '../../src/analysis/projection.js';
import type { EngineArea, PopulationUnit } from '../../src/analysis/engine/types.js';

/** A ring of `n` points around (x, y) metres from a point near the city centre, wobbling, as `[lng, lat]`. */
function blob(x: number, y: number, r: number, n = 40, wobble = 0.15): Position[] {
  const [cx, cy] = HANOI_LAEA.forward([105.85, 21.03]);
  const pts = Array.from({ length: n }, (_, i) => {
    const a = (2 * Math.PI * i) / n;
    const rr = r * (1 + wobble * Math.sin(5 * a));
    return HANOI_LAEA.inverse([cx + x + rr * Math.cos(a), cy + y + rr * Math.sin(a)]);
  });
  return [...pts, pts[0]!];
}
const poly = (...rings: Position[][]): Polygon => ({ type: 'Polygon', coordinates: rings });

/**
 * Census wards over a 4 × 3 km patch, overlapping their neighbours (the index makes them disjoint), one with a
 * hole; units, districts and zones across many tiles, and the wards as their own level (same geometry objects).
 */
export function createCity(): { areas: EngineArea[]; units: PopulationUnit[] } {
  const units: PopulationUnit[] = [];
  for (let i = 0; i < 4; i++)
    for (let j = 0; j < 3; j++) {
      const outer = blob(i * 1100, j * 1100, 700, 48);
      const geometry = i === 1 && j === 1 ? poly(outer, blob(1100, 1100, 200, 12, 0).reverse()) : poly(outer);
      units.push({ id: `w${i}${j}`, population: 1000 + 100 * i + 10 * j, geometry });
    }
  const areas: EngineArea[] = [
    { id: 'U1', level: 'unit2025', geometry: poly(blob(600, 1100, 1500, 64, 0.05)) },
    { id: 'U2', level: 'unit2025', geometry: poly(blob(2900, 1100, 1300, 64, 0.1)) },
    { id: 'D1', level: 'district2019', geometry: poly(blob(1650, 1100, 2600, 80, 0.08)) },
    ...units.map((u) => ({ id: u.id, level: 'ward2019' as const, geometry: u.geometry })),
    { id: 'Z-small', level: 'zone', geometry: poly(blob(1100, 1100, 120, 16)) },
    { id: 'Z-long', level: 'zone', geometry: poly(blob(1650, 500, 1900, 24, 0.6)) },
    // Outside every ward: a piece with no residents.
    { id: 'Z-out', level: 'zone', geometry: poly(blob(5200, -900, 300, 16)) },
  ];
  return { areas, units };
}
