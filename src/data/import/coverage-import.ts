/**
 * An operator's own coverage predictions (GeoJSON Polygon / MultiPolygon features with operator and technology
 * properties) → `ImportedCoverage` items for the engine, which replace the modelled footprints of that operator and
 * technology.
 *
 * Geometry is validated and safely repaired by `parseGeoJsonLayer` (`../geojson-input.ts`: rings, winding,
 * self-intersection, extent within Hà Nội, with its messages). Properties are matched as site columns are
 * (`headers.ts`: `operator`, `nhà mạng`, `carrier`, …; `technology`, `tech`, `công nghệ`, `radio`, …) and their
 * values as in site files (`Viettel`, `VinaPhone`; `LTE`, `NR`). A feature listing both technologies (`4G 5G`)
 * gives one item per technology. Per-feature errors (features numbered from 0):
 *
 * | rule | example |
 * |---|---|
 * | `coverage-operator-unknown` | `c.geojson: feature 2: operator "Gmobile" is unknown — operator must be one of viettel, vnpt, mobifone, vietnamobile` |
 * | `coverage-technology-unknown` | `c.geojson: feature 3: technology "3G" is unknown — technology must be 4G or 5G` |
 */
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { ImportedCoverage } from '../../analysis/engine/engine';
import type { DataIssue, RepairCounts } from '../../domain/report';
import { OPERATORS, TECHNOLOGIES, type Operator, type Technology } from '../../domain/telecom';
import { parseGeoJsonLayer } from '../geojson-input';
import { fieldOfHeader } from './headers';
import { normaliseOperator, normaliseTechnologies } from './values';

/** Accepted coverage items (input order), every issue, and the repairs made to the geometry. */
export type CoverageImport = { items: ImportedCoverage[]; issues: DataIssue[]; repairs: RepairCounts };

/** Imports coverage polygons from GeoJSON text named `source`. */
export function importCoverageGeoJson(text: string, source: string): CoverageImport {
  const parsed = parseGeoJsonLayer(text, { file: source, geometryTypes: ['Polygon', 'MultiPolygon'], keyProperty: null });
  const issues = [...parsed.issues];
  const rejectedIndex = new Set(parsed.issues.filter((i) => i.severity === 'error' && i.index !== null).map((i) => i.index));
  const total = parsed.features.length + rejectedIndex.size;
  const indices = Array.from({ length: total }, (_, i) => i).filter((i) => !rejectedIndex.has(i));
  const items: ImportedCoverage[] = [];
  parsed.features.forEach((feature, k) => {
    const index = indices[k]!;
    const fail = (rule: string, what: string, why: string): void => {
      issues.push({ severity: 'error', rule, file: source, index, key: null, message: `${source}: feature ${index}: ${what} — ${why}` });
    };
    const props = feature.properties ?? {};
    const operator = normaliseOperator(valueOf(props, 'operator'));
    if (typeof operator !== 'string' || !OPERATORS.includes(operator as Operator)) {
      return fail('coverage-operator-unknown', `operator ${show(valueOf(props, 'operator'))} is unknown`, `operator must be one of ${OPERATORS.join(', ')}`);
    }
    const techText = normaliseTechnologies(valueOf(props, 'technologies'));
    const techs = typeof techText === 'string' ? techText.split(' ').filter(Boolean) : [];
    const bad = techs.find((t) => !TECHNOLOGIES.includes(t as Technology));
    if (techs.length === 0 || bad !== undefined) {
      return fail('coverage-technology-unknown', `technology ${show(bad ?? valueOf(props, 'technologies'))} is unknown`, `technology must be ${TECHNOLOGIES.join(' or ')}`);
    }
    const geometry = (feature as Feature<Polygon | MultiPolygon>).geometry;
    for (const tech of new Set(techs)) items.push({ operator: operator as Operator, tech: tech as Technology, geometry });
  });
  issues.sort((a, b) => (a.index ?? -1) - (b.index ?? -1));
  return { items, issues, repairs: parsed.repairs };
}

/** Imports coverage features already parsed, e.g. by `readFgb`; validated as a GeoJSON file would be. */
export function importCoverageFeatures(features: readonly Feature[], source: string): CoverageImport {
  return importCoverageGeoJson(JSON.stringify({ type: 'FeatureCollection', features }), source);
}

/** The value of the first property whose name stands for `field`. */
function valueOf(props: Record<string, unknown>, field: 'operator' | 'technologies'): unknown {
  const name = Object.keys(props).find((k) => fieldOfHeader(k) === field);
  return name === undefined ? undefined : props[name];
}

const show = (v: unknown): string => (typeof v === 'string' ? `"${v}"` : v === undefined ? 'missing' : JSON.stringify(v));
