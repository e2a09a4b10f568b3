/**
 * The command line's imports → the base data under the analysis, combined exactly as the app combines applied
 * imports (`baseOf` in `src/state/imports.ts`) and as its worker applies them (`setBase` in
 * `src/worker/coverage.worker.ts`): sites and cable segments join the shipped sample or replace it (a site id
 * imported twice keeps its latest version); imported coverage polygons stand for the modelled footprints of their
 * operator and technology. Area indicators are collected for `CoverageService.indicators`.
 */
import type { ImportMode, StoredImport } from '../../src/data/persist/schema.js';
import type { IndicatorValue } from '../../src/domain/indicators.js';
import type { ImportedPart } from '../../src/worker/import-file.js';
import { mergeBase, type MergedBase, type SampleLayers } from '../../src/worker/base-data.js';
import { baseOf, provenanceOf, type Provenance } from '../../src/state/imports.js';
import { partsOf, type FileOutcome } from './import-files.js';

/** What the analysis runs on. */
export type AnalysisBase = MergedBase & { indicators: IndicatorValue[]; provenance: Provenance };

/** The shipped sample the imports join or replace. */
export type SampleData = SampleLayers;

/** The stored import the app would keep for a part with something accepted; null for indicators and empty parts. */
function storedOf(
  part: ImportedPart,
  base: { id: string; fileName: string; importedAt: string; mode: ImportMode },
): StoredImport | null {
  switch (part.kind) {
    case 'sites':
      return part.result.sites.length === 0
        ? null
        : { ...base, kind: 'sites', sites: part.result.sites, report: part.result.report };
    case 'coverage':
      return part.result.items.length === 0
        ? null
        : {
            ...base,
            kind: 'coverage',
            coverage: part.result.items,
            report: { accepted: part.result.items.length, issues: part.result.issues, repairs: part.result.repairs },
          };
    case 'cables':
      return part.result.features.length === 0
        ? null
        : {
            ...base,
            kind: 'cables',
            cables: part.result.features,
            report: { accepted: part.result.features.length, issues: part.result.issues, repairs: null },
          };
    case 'speeds': {
      const r = part.result.report;
      return part.result.tests.length === 0
        ? null
        : {
            ...base,
            kind: 'speeds',
            speedTests: part.result.tests,
            report: {
              accepted: part.result.tests.length,
              issues: [...r.fileErrors, ...r.rejected, ...r.warnings],
              repairs: null,
            },
          };
    }
    default: {
      // A kind added to `ImportedPart` needs its branch here.
      const unknown: never = part;
      throw new Error(
        `analyse: an imported part of kind "${(unknown as { kind: string }).kind}" cannot be applied yet`,
      );
    }
  }
}

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
      if (part.kind === 'indicators') {
        indicators.push(...part.result.values);
        return;
      }
      const s = storedOf(part, { id: `cli-${n + 1}-${k + 1}`, fileName: o.name, importedAt, mode });
      if (s) stored.push(s);
    });
  });
  const base = baseOf(stored);
  return { ...mergeBase(base, sample), indicators, provenance: provenanceOf(base) };
}
