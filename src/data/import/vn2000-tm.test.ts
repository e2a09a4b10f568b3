/**
 * The native Hà Nội-zone conversion (`vn2000-tm.ts`) against proj4 with `VN2000_HANOI_PROJ4` on a grid over Hà Nội
 * (lng 105.2–106.1, lat 20.5–21.4, every 0.05°), both directions, and against PROJ's own control points
 * (`test/fixtures/import/vn2000-control-points.json`, see `vn2000.test.ts`). Agreement with proj4 must be
 * better than 1 mm (it is a few nanometres), so a Krüger term in n³ left out (≈ 1 cm) fails; the
 * control points catch a flipped rotation (0.75 m), which the grid cannot: proj4 reads the same constants.
 */
import { readFileSync } from 'node:fs';
import proj4 from 'proj4';
import { describe, expect, test } from 'vitest';
import { distanceM } from '../../analysis/geodesy.js';
import { VN2000_HANOI_PROJ4 } from './vn2000.js';
import {
  looksProjected,
  tmForward,
  tmInverse,
  vn2000GeographicToWgs84,
  vn2000HanoiToWgs84,
  wgs84ToVn2000Geographic,
  wgs84ToVn2000Hanoi,
} from './vn2000-tm.js';

const MM = 0.001;
const proj = proj4(VN2000_HANOI_PROJ4, 'WGS84');

/** WGS84 `[lng, lat]` degrees every 0.05° over Hà Nội. */
function createHanoiGrid(): [number, number][] {
  const grid: [number, number][] = [];
  for (let i = 0; i <= 18; i++) for (let j = 0; j <= 18; j++) grid.push([105.2 + i * 0.05, 20.5 + j * 0.05]);
  return grid;
}

type ControlPoint = { name: string; lng: number; lat: number; tm3: [number, number] };
const FIXTURE = JSON.parse(readFileSync('test/fixtures/import/vn2000-control-points.json', 'utf8')) as {
  points: ControlPoint[];
};

describe('VN-2000 Hà Nội zone, native Krüger series + Helmert', () => {
  test('VN-2000 → WGS84 agrees with proj4 within 1 mm over Hà Nội', () => {
    let worst = 0;
    for (const [lng, lat] of createHanoiGrid()) {
      const [e, n] = proj.inverse([lng, lat]);
      worst = Math.max(worst, distanceM(vn2000HanoiToWgs84(e, n), proj.forward([e, n])));
    }
    expect(worst).toBeLessThan(MM);
  });

  test('WGS84 → VN-2000 agrees with proj4 within 1 mm over Hà Nội', () => {
    let worst = 0;
    for (const [lng, lat] of createHanoiGrid()) {
      const [e, n] = wgs84ToVn2000Hanoi(lng, lat);
      const [pe, pn] = proj.inverse([lng, lat]);
      worst = Math.max(worst, Math.hypot(e - pe, n - pn));
    }
    expect(worst).toBeLessThan(MM);
  });

  // The residual, 0.97 mm at most, is the height each side drops (about 224 m of shift turns the ellipsoid normal
  // by 3.5e-5 rad; times the tens of metres between the two ellipsoids' heights): proj4's round trip has it too.
  test('round trip WGS84 → VN-2000 → WGS84 within 1 mm over Hà Nội, as proj4’s own', () => {
    let worst = 0;
    for (const p of createHanoiGrid()) {
      const native = distanceM(vn2000HanoiToWgs84(...wgs84ToVn2000Hanoi(...p)), p);
      expect(native).toBeCloseTo(distanceM(proj.forward(proj.inverse(p)), p), 6);
      worst = Math.max(worst, native);
    }
    expect(worst).toBeLessThan(MM);
  });

  test.each(FIXTURE.points)('$name: PROJ control point within 5 cm, both directions', ({ lng, lat, tm3 }) => {
    expect(distanceM(vn2000HanoiToWgs84(tm3[0], tm3[1]), [lng, lat])).toBeLessThan(0.05);
    const [e, n] = wgs84ToVn2000Hanoi(lng, lat);
    expect(Math.hypot(e - tm3[0], n - tm3[1])).toBeLessThan(0.05);
  });

  test('the datum shift moves Hà Nội by about 224 m, and its inverse undoes it to 1e-8° (the dropped height)', () => {
    const p: [number, number] = [105.8542, 21.0285];
    const w = vn2000GeographicToWgs84(...p);
    const shiftM = distanceM(w, p);
    expect(shiftM).toBeGreaterThan(200);
    expect(shiftM).toBeLessThan(250);
    const back = wgs84ToVn2000Geographic(...w);
    expect(Math.abs(back[0] - p[0])).toBeLessThan(1e-8);
    expect(Math.abs(back[1] - p[1])).toBeLessThan(1e-8);
  });

  test('Transverse Mercator alone: forward then inverse returns the point to 1e-10° a zone width away', () => {
    for (const p of [
      [106.6, 21.9],
      [103.4, 8.5],
      [105, 23.4],
    ] as [number, number][]) {
      const [lng, lat] = tmInverse(...tmForward(...p, 105, 0.9999, 500_000), 105, 0.9999, 500_000);
      expect(Math.abs(lng - p[0])).toBeLessThan(1e-10);
      expect(Math.abs(lat - p[1])).toBeLessThan(1e-10);
    }
  });

  test('the central meridian maps to the false easting', () => {
    expect(tmForward(105, 21, 105, 0.9999, 500_000)[0]).toBeCloseTo(500_000, 6);
  });

  test('looksProjected: metres beyond ±1000, degrees within', () => {
    expect(looksProjected(588394.44, 2326344.26)).toBe(true);
    expect(looksProjected(105.85, 21.03)).toBe(false);
  });
});
