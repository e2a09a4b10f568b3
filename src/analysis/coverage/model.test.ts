import { describe, expect, it } from 'vitest';
import type { Site } from '../../domain/telecom.js';
import { distanceM } from '../geodesy.js';
import { HANOI_LAEA } from '../projection.js';
import { budgetDb, effectiveLossDb } from './band-range.js';
import {
  bandRangeM,
  circleVertexScale,
  COVERAGE_DEFAULTS,
  footprintOutline,
  levelLossDb,
  modelUsed,
  receivedPowerDbm,
  siteFootprintShape,
  siteRangeM,
  type CoverageParams,
} from './model.js';
import { horizontalPatternDb, offBoresightDeg } from './antenna.js';
import { rangeForBudget, shadowSigmaDb } from './path-loss.js';

const Z90 = 1.2815515655446004;

function createSite(over: Partial<Site> = {}): Site {
  return {
    id: 's',
    operator: 'viettel',
    lng: 105.85,
    lat: 21.03,
    technologies: ['4G', '5G'],
    bands: ['B3', 'n78'],
    heightM: 30,
    azimuthsDeg: [],
    onAir: null,
    onAir5g: null,
    rangeM: null,
    sample: true,
    ...over,
  };
}

function withParams(over: Partial<CoverageParams>): CoverageParams {
  return { ...COVERAGE_DEFAULTS, ...over };
}

describe('ranges', () => {
  it('the modelled range is where path loss plus the 90 % margin meets the budget', () => {
    const r = bandRangeM('B3', 30, 'urban');
    const loss = effectiveLossDb('B3', 30, 'urban', 'outdoor', COVERAGE_DEFAULTS);
    expect(loss(r)).toBeCloseTo(budgetDb('B3', 'urban', COVERAGE_DEFAULTS), 2);
    // Below 1 km the UMa NLOS σ of 6 dB applies.
    expect(shadowSigmaDb(1800, 30, r, 'urban')).toBe(6);
  });

  it('lower bands reach farther, and 3.5 GHz less far than 1800 MHz', () => {
    expect(bandRangeM('B8', 30, 'rural')).toBeGreaterThan(bandRangeM('B3', 30, 'rural'));
    expect(bandRangeM('n78', 30, 'dense-urban')).toBeLessThan(bandRangeM('B3', 30, 'dense-urban'));
  });

  it('rural places no longer get the open-area correction: 1800 MHz reaches under 2 km, open land farther', () => {
    expect(bandRangeM('B3', 30, 'rural')).toBeLessThan(2000);
    expect(bandRangeM('B3', 30, 'open')).toBeGreaterThan(2 * bandRangeM('B3', 30, 'rural'));
  });

  it('a higher edge probability shortens the range', () => {
    expect(bandRangeM('B3', 30, 'urban', withParams({ edgeProbability: 0.95 }))).toBeLessThan(
      bandRangeM('B3', 30, 'urban'),
    );
  });

  it('an environment offset adds to the budget of that environment only', () => {
    const p = withParams({ envOffsetDb: { ...COVERAGE_DEFAULTS.envOffsetDb, urban: -5 } });
    expect(bandRangeM('B3', 30, 'urban', p)).toBeLessThan(bandRangeM('B3', 30, 'urban'));
    expect(bandRangeM('B3', 30, 'suburban', p)).toBe(bandRangeM('B3', 30, 'suburban'));
  });

  it('clamps TR 38.901-only bands to the model’s 5 km', () => {
    const p = withParams({ envOffsetDb: { ...COVERAGE_DEFAULTS.envOffsetDb, urban: 60 } });
    expect(bandRangeM('n78', 30, 'urban', p)).toBe(5000);
    expect(modelUsed('n78', 30, 'urban', 6000).maxDistanceM).toBe(5000);
  });

  it('indoors adds the low-loss building-entry loss and shortens the range', () => {
    // TR 38.901 low loss at 1.8 GHz: 11.65 dB through the wall + 0.5 dB/m × 5 m.
    expect(levelLossDb('indoor', 'B3')).toBeCloseTo(14.15, 2);
    expect(levelLossDb('outdoor', 'B3')).toBe(0);
    expect(bandRangeM('B3', 30, 'urban', COVERAGE_DEFAULTS, 'indoor')).toBeLessThan(
      0.5 * bandRangeM('B3', 30, 'urban'),
    );
  });

  it('a declared range is the outdoor boresight range; indoors keeps the model’s ratio', () => {
    const site = createSite({ rangeM: 1000 });
    expect(siteRangeM(site, '4G', 'urban')).toBe(1000);
    const ratio = bandRangeM('B3', 30, 'urban', COVERAGE_DEFAULTS, 'indoor') / bandRangeM('B3', 30, 'urban');
    expect(siteRangeM(site, '4G', 'urban', COVERAGE_DEFAULTS, 'indoor')).toBeCloseTo(1000 * ratio, 6);
  });
});

describe('footprints', () => {
  it('an omni site is a circle of 48 vertices with the circle’s inner radius', () => {
    const shape = siteFootprintShape(createSite(), '4G', 'outdoor', 'urban')!;
    expect(shape.omni).toBe(true);
    expect(shape.outline).toHaveLength(48);
    expect(shape.reachM).toBeCloseTo(shape.rangeM * circleVertexScale(48), 9);
    expect(shape.innerM).toBeCloseTo(shape.reachM * Math.cos(Math.PI / 48), 9);
  });

  it('a three-sector site follows the pattern: full range at boresight, −10.2 dB between sectors', () => {
    const site = createSite({ azimuthsDeg: [0, 120, 240] });
    const shape = siteFootprintShape(site, '4G', 'outdoor', 'urban')!;
    expect(shape.omni).toBe(false);
    expect(shape.innerM).toBe(0);
    expect(shape.outline).toHaveLength(48);
    const radius = (i: number) => Math.hypot(...shape.outline[i]!) / circleVertexScale(48);
    expect(radius(0)).toBeCloseTo(shape.rangeM, 6);
    // Vertex 8 is 60° from north, halfway to the next sector: the budget less 12·(60/65)² = 10.225 dB.
    const loss = effectiveLossDb('B3', 30, 'urban', 'outdoor', COVERAGE_DEFAULTS);
    expect(loss(radius(8))).toBeCloseTo(budgetDb('B3', 'urban', COVERAGE_DEFAULTS) - 10.225, 1);
    expect(shape.reachM).toBeCloseTo(Math.max(...shape.outline.map((v) => Math.hypot(...v))), 9);
  });

  it('a sectored outline has the area of its pattern curve within 0.5 %', () => {
    const site = createSite({ azimuthsDeg: [10, 130, 250] });
    const shape = siteFootprintShape(site, '4G', 'outdoor', 'urban')!;
    let twice = 0;
    shape.outline.forEach(([ax, ay], i) => {
      const [bx, by] = shape.outline[(i + 1) % shape.outline.length]!;
      twice += ax * by - bx * ay;
    });
    // ∫ ½ r(θ)² dθ by the midpoint rule over 0.1° steps, r from the loss and the pattern toward θ.
    const loss = effectiveLossDb('B3', 30, 'urban', 'outdoor', COVERAGE_DEFAULTS);
    const budget = budgetDb('B3', 'urban', COVERAGE_DEFAULTS);
    let curve = 0;
    for (let k = 0; k < 3600; k++) {
      const a = horizontalPatternDb(offBoresightDeg(site.azimuthsDeg, (k + 0.5) / 10), COVERAGE_DEFAULTS.antenna);
      curve += 0.5 * rangeForBudget(loss, budget + a, 20_000) ** 2 * ((0.1 * Math.PI) / 180);
    }
    expect(Math.abs(Math.abs(twice) / 2 / curve - 1)).toBeLessThan(0.005);
  });

  it('a single sector reaches behind it by the 30 dB front-to-back ratio', () => {
    const shape = siteFootprintShape(createSite({ azimuthsDeg: [90] }), '5G', 'outdoor', 'urban')!;
    const back = Math.hypot(...shape.outline[24]!) / circleVertexScale(48);
    const loss = effectiveLossDb('n78', 30, 'urban', 'outdoor', COVERAGE_DEFAULTS);
    expect(shape.outline[0]![0]).toBeGreaterThan(0.99 * shape.rangeM);
    expect(loss(back)).toBeCloseTo(budgetDb('n78', 'urban', COVERAGE_DEFAULTS) - 30, 1);
  });

  it('a downtilt changes the range and keeps the footprint traced', () => {
    const p = withParams({ antenna: { ...COVERAGE_DEFAULTS.antenna, downtiltDeg: 6 } });
    const site = createSite({ azimuthsDeg: [0, 120, 240] });
    const tilted = siteFootprintShape(site, '4G', 'outdoor', 'urban', p)!;
    expect(tilted.rangeM).toBeLessThan(siteRangeM(site, '4G', 'urban'));
    expect(tilted.outline).toHaveLength(48);
  });

  it('plane metres are true ellipsoidal metres (GeographicLib) within 2·10⁻⁵ across the city', () => {
    for (const [lng, lat] of [
      [105.85, 21.03],
      [105.35, 20.7],
      [105.95, 21.35],
      [105.5, 21.1],
    ] as const) {
      const [x, y] = HANOI_LAEA.forward([lng, lat]);
      for (const [dx, dy] of footprintOutline([], 5000).slice(0, 12)) {
        const p = HANOI_LAEA.inverse([x + dx, y + dy]);
        expect(Math.abs(distanceM([lng, lat], p) - 5000 * circleVertexScale(48)) / 5000).toBeLessThan(2e-5);
      }
    }
  });
});

describe('received power', () => {
  it('at the boresight range equals the threshold plus the fade margin', () => {
    const site = createSite({ azimuthsDeg: [0] });
    const r = siteRangeM(site, '4G', 'urban');
    const rsrp = receivedPowerDbm(site, 'B3', 'outdoor', 'urban', 0, r);
    expect(rsrp).toBeCloseTo(-110 + Z90 * shadowSigmaDb(1800, 30, r, 'urban'), 2);
  });

  it('includes the pattern toward the point, the level loss and the environment offset', () => {
    const site = createSite({ azimuthsDeg: [0] });
    const front = receivedPowerDbm(site, 'B3', 'outdoor', 'urban', 0, 300);
    expect(receivedPowerDbm(site, 'B3', 'outdoor', 'urban', 0, -300)).toBeCloseTo(front - 30, 9);
    expect(receivedPowerDbm(site, 'B3', 'indoor', 'urban', 0, 300)).toBeCloseTo(front - levelLossDb('indoor', 'B3'), 9);
    const p = withParams({ envOffsetDb: { ...COVERAGE_DEFAULTS.envOffsetDb, urban: 4 } });
    expect(receivedPowerDbm(site, 'B3', 'outdoor', 'urban', 0, 300, p)).toBeCloseTo(front + 4, 9);
  });
});
