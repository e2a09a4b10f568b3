/**
 * The command line's imports → the base data under the analysis, combined exactly as the app's worker combines applied
 * imports (`storedImportOf`, `baseOf` and `mergeBase` in `src/data/import/`): sites and cable segments join the shipped sample or replace it (a site id
 * imported twice keeps its latest version); imported coverage polygons stand for the modelled footprints of their
 * operator and technology. Area indicators are collected for `CoverageService.indicators`. A line file's named lines
 * are not base data (the app keeps them apart too, in the worker's named-lines sets): lines.csv measures them.
 */
import type { ImportMode, StoredImport } from '../../src/data/persist/schema.js';
import type { IndicatorValue } from '../../src/domain/indicators.js';
import { mergeBase, type MergedBase, type SampleLayers } from '../../src/data/import/base-data.js';
import { baseOf, provenanceOf } from '../../src/data/import/base-data.js';
import type { Provenance } from '../../src/domain/provenance.js';
import { storedImportOf } from '../../src/data/import/import-parts.js';
import { partsOf, type FileOutcome } from './import-files.js';

/** What the analysis runs on. */
export type AnalysisBase = MergedBase & { indicators: IndicatorValue[]; provenance: Provenance };

/** The shipped sample the imports join or replace. */
export type SampleData = SampleLayers;

/** The base data of the imports (in file order) over the shipped sample, with `mode` for every file. */
export function baseFromImports(
  outcomes: readonly FileOutcome[],
  mode: ImportMode,
  sample: SampleData,
  importedAt: string,
): AnalysisBase {
  const stored: StoredImport[] = [];
  const indicators: IndicatorValue[] = [];
  outcomes.forEach((o, n) => {
    if (!o.imported) return;
    partsOf(o.imported).forEach((part, k) => {
      // Named lines are measured for lines.csv only: no sites, coverage, cables or speeds.
      if (part.kind === 'lines') return;
      if (part.kind === 'indicators') {
        indicators.push(...part.result.values);
        return;
      }
      const s = storedImportOf(part, { id: `cli-${n + 1}-${k + 1}`, fileName: o.name, importedAt, mode });
      if (s) stored.push(s);
    });
  });
  const base = baseOf(stored);
  return { ...mergeBase(base, sample), indicators, provenance: provenanceOf(base) };
}
