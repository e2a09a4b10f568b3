/**
 * A simple per-site 5G footprint for the foundation map: an omni circle whose radius depends only on the
 * band and on the environment class of the ward the site stands in. The coverage analysis engine replaces
 * this with its path-loss model; until then the layer is labelled sample data like its sites.
 */
import type { Feature, MultiPolygon } from 'geojson';
import { OPERATORS, type Operator, type Site } from '../../src/domain/telecom.js';
import { geodesicCircle } from '../../src/analysis/geodesy.js';
import { projectPolygon, shapeToMultiPolygon, unionShapes, type PlanarShape } from '../../src/analysis/planar.js';

/** Environment class from residents per km² (2019 census ward density). */
export type Environment = 'dense-urban' | 'urban' | 'suburban' | 'rural';

export function environmentOf(densityPerKm2: number): Environment {
  if (densityPerKm2 >= 15_000) return 'dense-urban';
  if (densityPerKm2 >= 5_000) return 'urban';
  if (densityPerKm2 >= 1_000) return 'suburban';
  return 'rural';
}

/** Nominal 5G n78 (3.5 GHz) cell radius per environment, metres (typical macro-cell planning ranges). */
export const SIMPLE_5G_RADIUS_M: Readonly<Record<Environment, number>> = {
  'dense-urban': 250,
  urban: 400,
  suburban: 700,
  rural: 1200,
};

/** Range multiplier of lower 5G bands relative to n78 (lower frequency, less path loss). */
const BAND_FACTOR: Readonly<Record<string, number>> = { n78: 1, n41: 1.3, n28: 3 };

export type CoverageProps = { operator: Operator; tech: '5G'; sites: number; areaKm2: number; model: 'simple-circle'; sample: boolean };

/** Per-operator union of the 5G footprints of `sites`; `densityAt` gives the ward density at a site. */
export function simple5gCoverage(
  sites: readonly Site[],
  densityAt: (site: Site) => number,
): Feature<MultiPolygon, CoverageProps>[] {
  const byOp = new Map<Operator, PlanarShape[]>(OPERATORS.map((o) => [o, []]));
  for (const s of sites) {
    if (!s.technologies.includes('5G')) continue;
    const band = s.bands.find((b) => b.startsWith('n')) ?? 'n78';
    const r = s.rangeM ?? SIMPLE_5G_RADIUS_M[environmentOf(densityAt(s))] * (BAND_FACTOR[band] ?? 1);
    byOp.get(s.operator)!.push(projectPolygon({ type: 'Polygon', coordinates: [geodesicCircle([s.lng, s.lat], r, 48)] }));
  }
  const out: Feature<MultiPolygon, CoverageProps>[] = [];
  for (const [operator, shapes] of byOp) {
    if (shapes.length === 0) continue;
    const u = unionShapes(shapes);
    out.push({
      type: 'Feature',
      geometry: shapeToMultiPolygon(u),
      properties: { operator, tech: '5G', sites: shapes.length, areaKm2: Math.round(u.areaM2 / 1e4) / 100, model: 'simple-circle', sample: true },
    });
  }
  return out;
}
