/**
 * An operator's own coverage predictions (GeoJSON Polygon / MultiPolygon features with operator and technology
 * properties) → `ImportedCoverage` items for the engine, which replace the modelled footprints of that operator and
 * technology.
 *
 * The text is read by `readGeoJsonText` (`geojson-text.ts`: a FeatureCollection, a single Feature or a bare
 * geometry; the `crs` member, VN-2000 positions converted to WGS84 first). Geometry is validated and safely
 * repaired by `parseGeoJsonFeatures` (`../geojson-input.ts`: rings, winding, self-intersection, extent within
 * Hà Nội; holes outside their exterior, short rings and empty parts dropped with a warning, never counted as
 * coverage). Properties are matched as site columns are (`headers.ts`: `operator`, `nhà mạng`, `carrier`, …;
 * `technology`, `tech`, `công nghệ`, `radio`, …) and their values as in site files (`Viettel`, `VinaPhone`; `LTE`,
 * `NR`). A feature listing both technologies (`4G 5G`) gives one item per technology. Per-feature errors
 * (features numbered from 0; every message also in Vietnamese):
 *
 * | rule | example |
 * |---|---|
 * | `coverage-operator-unknown` | `c.geojson: feature 2: operator "Gmobile" is unknown — operator must be one of viettel, vnpt, mobifone, vietnamobile` |
 * | `coverage-technology-unknown` | `c.geojson: feature 3: technology "3G" is unknown — technology must be 4G or 5G` |
 *
 * A missing property reads `operator is missing` / `technology is missing`, with the same rule.
 */
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { ImportedCoverage } from '../../analysis/engine/engine.js';
import type { DataIssue, RepairCounts } from '../../domain/report.js';
import { OPERATORS, TECHNOLOGIES, type Operator, type Technology } from '../../domain/telecom.js';
import { parseGeoJsonFeatures } from '../geojson-input.js';
import { featureId, featuresRead, longTextIssues, readGeoJsonText, type GeoJsonRead } from './geojson-text.js';
import { fieldOfHeader } from './headers.js';
import { importIssue, quote, type Bilingual } from './issue.js';
import { normaliseOperator, normaliseTechnologies } from './values.js';

/** Accepted coverage items (input order), every issue, and the repairs made to the geometry. */
export type CoverageImport = { items: ImportedCoverage[]; issues: DataIssue[]; repairs: RepairCounts };

/** Imports coverage polygons from GeoJSON text named `source`. */
export function importCoverageGeoJson(text: string, source: string): CoverageImport {
  return importCoverageRead(readGeoJsonText(text, source), source);
}

/** Imports coverage features already parsed, e.g. by `readFgb`; validated as a GeoJSON file would be. */
export function importCoverageFeatures(features: readonly Feature[], source: string): CoverageImport {
  return importCoverageRead(featuresRead(features), source);
}

/** Imports the features of a GeoJSON text read by `readGeoJsonText` (or one kind of it, `splitByGeometryKind`). */
export function importCoverageRead(read: GeoJsonRead, source: string): CoverageImport {
  const spec = {
    file: source,
    geometryTypes: ['Polygon', 'MultiPolygon'],
    keyProperty: null,
    indices: read.indices,
  } as const;
  const parsed = parseGeoJsonFeatures(read.features, spec);
  const issues = [...read.issues, ...longTextIssues(read, source), ...parsed.issues];
  const items: ImportedCoverage[] = [];
  parsed.features.forEach((feature, k) => {
    const index = parsed.indices[k]!;
    const place = { label: 'feature', n: index, id: featureId(feature) } as const;
    const fail = (rule: string, column: string | undefined, value: unknown, what: Bilingual, why: Bilingual): void => {
      issues.push(
        importIssue('error', rule, source, place, what, why, column === undefined ? { value } : { column, value }),
      );
    };
    const props = feature.properties ?? {};
    const op = valueOf(props, 'operator');
    const operator = normaliseOperator(op.value);
    if (typeof operator !== 'string' || !OPERATORS.includes(operator as Operator)) {
      return fail(
        'coverage-operator-unknown',
        op.name,
        op.value,
        op.value === undefined
          ? { en: 'operator is missing', vi: 'thiếu nhà mạng' }
          : { en: `operator ${quote(op.value)} is unknown`, vi: `nhà mạng ${quote(op.value, 'vi')} không nhận ra` },
        {
          en: `operator must be one of ${OPERATORS.join(', ')}`,
          vi: `nhà mạng phải là một trong ${OPERATORS.join(', ')}`,
        },
      );
    }
    const tech = valueOf(props, 'technologies');
    const techText = normaliseTechnologies(tech.value);
    const techs = typeof techText === 'string' ? techText.split(' ').filter(Boolean) : [];
    const bad = techs.find((t) => !TECHNOLOGIES.includes(t as Technology));
    if (techs.length === 0 || bad !== undefined) {
      const shown = bad ?? tech.value;
      return fail(
        'coverage-technology-unknown',
        tech.name,
        shown,
        shown === undefined
          ? { en: 'technology is missing', vi: 'thiếu công nghệ' }
          : { en: `technology ${quote(shown)} is unknown`, vi: `công nghệ ${quote(shown, 'vi')} không nhận ra` },
        {
          en: `technology must be ${TECHNOLOGIES.join(' or ')}`,
          vi: `công nghệ phải là ${TECHNOLOGIES.join(' hoặc ')}`,
        },
      );
    }
    const geometry = (feature as Feature<Polygon | MultiPolygon>).geometry;
    for (const t of new Set(techs)) items.push({ operator: operator as Operator, tech: t as Technology, geometry });
  });
  issues.sort((a, b) => (a.index ?? -1) - (b.index ?? -1));
  return { items, issues, repairs: parsed.repairs };
}

/** The first property whose name stands for `field`: its name (undefined when none) and value. */
function valueOf(
  props: Record<string, unknown>,
  field: 'operator' | 'technologies',
): { name: string | undefined; value: unknown } {
  const name = Object.keys(props).find((k) => fieldOfHeader(k) === field);
  return { name, value: name === undefined ? undefined : props[name] };
}
