/**
 * What the map and the panels know about the layer groups besides their styles: the gaps' hatch pattern, and which
 * groups show generated sample data under the imports in use.
 */
import type { Provenance } from '../domain/provenance.js';
import type { LayerKey } from '../domain/layers.js';

/** Image id of the gaps' hatch pattern (added by the map controller, see `hatchPattern`). */
export const GAP_PATTERN = 'gap-hatch';

/**
 * An 8 × 8 RGBA image of diagonal stripes in the gap colour (2 px wide, transparent between), for
 * `fill-pattern`: drawn in code, so no sprite file is needed.
 */
export function hatchPattern(rgb: readonly [number, number, number] = [179, 0, 0]): {
  width: number;
  height: number;
  data: Uint8Array;
} {
  const size = 8;
  const data = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y++)
    for (let x = 0; x < size; x++) {
      if ((x + y) % size > 1) continue;
      data.set([rgb[0], rgb[1], rgb[2], 255], (y * size + x) * 4);
    }
  return { width: size, height: size, data };
}

/** Toggles whose data is generated sample data. */
export const SAMPLE_KEYS: ReadonlySet<LayerKey> = new Set([
  'coverage4g',
  'coverage5g',
  'gaps',
  'cables',
  'speedTests',
  'sites',
  'roadCoverage',
  'towers',
  'ops5g',
]);

/**
 * Toggles whose data follows the sites in use (the sites, and what is modelled from them: coverage, gaps, coverage
 * along roads, the towers, the operators with 5G per cell).
 */
const SITE_DERIVED: ReadonlySet<LayerKey> = new Set([
  'coverage4g',
  'coverage5g',
  'gaps',
  'sites',
  'roadCoverage',
  'towers',
  'ops5g',
]);

/**
 * Whether a toggle shows sample data now: the sites and what is modelled from them stop being sample once
 * imported sites replace the sample, the cables once imported cables replace theirs; the speed tests stay
 * sample (they cannot be imported yet).
 */
export function isSampleLayer(key: LayerKey, p: Provenance): boolean {
  if (!SAMPLE_KEYS.has(key)) return false;
  if (SITE_DERIVED.has(key)) return p.sites !== 'imported';
  if (key === 'cables') return p.cables !== 'imported';
  return true;
}

/** Layers a click can select, most specific first. */
export const CLICKABLE_LAYERS = [
  'towers-circle',
  'sites-circle',
  'speedTests-circle',
  'busStops-circle',
  'zones-fill',
  'cables-line',
  'roadCoverage-line',
  'grid9-fill',
  'ops5g-fill',
  'grid8-fill',
  'wards2019-fill',
  'districts2019-fill',
  'units2025-fill',
  'coverage5g-fill',
  'coverage4g-fill',
] as const;
