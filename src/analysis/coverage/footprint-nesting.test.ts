import { describe, expect, it } from 'vitest';
import { BANDS, type Band, type Site, type Technology } from '../../domain/telecom.js';
import { ENVIRONMENTS } from './environment.js';
import { COVERAGE_DEFAULTS, siteFootprintShape, type CoverageParams } from './model.js';

/** A deterministic pseudo-random sequence in [0, 1) (Park–Miller). */
function createRandom(seed: number): () => number {
  let s = seed;
  return () => (s = (s * 16807) % 2147483647) / 2147483647;
}

/** True when [x, y] is inside or on the polygon (ray casting; boundary within 1 mm counts as inside). */
function inside(poly: readonly [number, number][], x: number, y: number): boolean {
  let c = false;
  for (let i = 0, j = poly.length - 1; i < poly.length; j = i++) {
    const [xi, yi] = poly[i]!;
    const [xj, yj] = poly[j]!;
    const cross = (xj - xi) * (y - yi) - (yj - yi) * (x - xi);
    const onSegment =
      Math.abs(cross) <= 1e-3 * Math.hypot(xj - xi, yj - yi) &&
      x >= Math.min(xi, xj) - 1e-3 &&
      x <= Math.max(xi, xj) + 1e-3 &&
      y >= Math.min(yi, yj) - 1e-3 &&
      y <= Math.max(yi, yj) + 1e-3;
    if (onSegment) return true;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) c = !c;
  }
  return c;
}

function createSite(random: () => number, tech: Technology): Site {
  const bands = (Object.keys(BANDS) as Band[]).filter((b) => BANDS[b].tech === tech && random() < 0.6);
  const sectors = [0, 1, 2, 3][Math.floor(random() * 4)]!;
  const first = random() * 360;
  return {
    id: 's',
    operator: 'viettel',
    lng: 105.85,
    lat: 21.03,
    technologies: [tech],
    bands: bands.length > 0 ? bands : [tech === '4G' ? 'B3' : 'n78'],
    heightM: 8 + Math.floor(random() * 50),
    azimuthsDeg: Array.from({ length: sectors }, (_, i) => (first + (i * 360) / sectors + random() * 20) % 360),
    onAir: null,
    onAir5g: null,
    rangeM: random() < 0.2 ? 200 + random() * 2000 : null,
    sample: true,
  };
}

function checkNesting(p: CoverageParams, seed: number): string[] {
  const random = createRandom(seed);
  const failures: string[] = [];
  for (let k = 0; k < 400; k++) {
    const tech: Technology = random() < 0.5 ? '4G' : '5G';
    const site = createSite(random, tech);
    for (const env of ENVIRONMENTS) {
      const out = siteFootprintShape(site, tech, 'outdoor', env, p);
      const ind = siteFootprintShape(site, tech, 'indoor', env, p);
      if (out === null || ind === null) continue;
      const what = `${site.bands.join('+')} ${site.heightM} m [${site.azimuthsDeg.map((a) => a.toFixed(0))}] ${env}`;
      if (ind.rangeM > out.rangeM) failures.push(`${what}: range`);
      ind.outline.forEach(([x, y], i) => {
        // The same directions: indoor range at most outdoor range per azimuth, and the vertex inside the polygon.
        if (Math.hypot(x, y) > Math.hypot(...out.outline[i]!) + 1e-9) failures.push(`${what}: vertex ${i} farther`);
        if (!inside(out.outline, x, y)) failures.push(`${what}: vertex ${i} outside`);
      });
    }
  }
  return failures;
}

describe('nesting: indoor ⊆ outdoor', () => {
  it('holds for 400 random sites in every environment with the defaults', () => {
    expect(checkNesting(COVERAGE_DEFAULTS, 20_261_205)).toEqual([]);
  });

  it('holds with high-loss buildings, a 99 % edge probability and a downtilt', () => {
    const p: CoverageParams = {
      ...COVERAGE_DEFAULTS,
      edgeProbability: 0.99,
      buildingLoss: { model: 'high-loss', indoorDepthM: 10 },
      antenna: { ...COVERAGE_DEFAULTS.antenna, downtiltDeg: 4 },
    };
    expect(checkNesting(p, 7)).toEqual([]);
  });
});
