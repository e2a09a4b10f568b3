/**
 * An imported file's parts and what is kept of them: the counts and messages of a part (for the report and the
 * list of imports), the stored import the app keeps for a part with something accepted (the same for the worker
 * and `npm run analyse`), and the summary of a read that crosses to the page (the report with a preview, not the
 * data: a million sites stay in the worker).
 */
import type { DataIssue } from '../../domain/report.js';
import type { ImportKind, ImportMeta, ImportMode, StoredImport } from '../persist/schema.js';
import type { ImportedFile, ImportedPart } from './import-file.js';

/** Licences of data people import in formats that carry one: shown with the file while the import is in use. */
export const IMPORT_ATTRIBUTIONS = {
  opencellid: 'OpenCelliD Project (opencellid.org), Unwired Labs — CC BY-SA 4.0',
  ookla: 'Speedtest® by Ookla® Global Fixed and Mobile Network Performance Maps — CC BY-NC-SA 4.0',
} as const;

/** How many sites of a read cross to the page as its preview (the report shows the first five). */
export const PREVIEW_SITES = 5;

/** The parts of an imported file: one, or one per kind of geometry for a mixed GeoJSON. */
export const partsOf = (imported: ImportedFile): ImportedPart[] =>
  imported.kind === 'mixed' ? imported.parts : [imported];

/** Accepted items, rejected rows and messages of one part, whatever its kind. */
export function partCounts(part: ImportedPart): {
  accepted: number;
  rejectedRows: number;
  errors: DataIssue[];
  notes: DataIssue[];
} {
  if (part.kind === 'sites' || part.kind === 'speeds') {
    const r = part.result.report;
    return {
      accepted: part.kind === 'sites' ? part.result.report.accepted : part.result.report.kept,
      rejectedRows: r.rejectedRows,
      errors: [...r.fileErrors, ...r.rejected],
      notes: r.warnings,
    };
  }
  const issues = part.result.issues;
  const errors = issues.filter((i) => i.severity === 'error');
  const accepted = part.kind === 'coverage' ? part.result.items.length : part.result.features.length;
  return {
    accepted,
    rejectedRows: new Set(errors.filter((i) => i.index !== null).map((i) => i.index)).size,
    errors,
    notes: issues.filter((i) => i.severity === 'warning'),
  };
}

/** The licence a part's format names, if any. */
function attributionOf(part: ImportedPart): string | null {
  if (part.kind === 'sites' && part.result.report.format === 'opencellid') return IMPORT_ATTRIBUTIONS.opencellid;
  if (part.kind === 'speeds' && part.result.report.format !== 'speedtest-csv') return IMPORT_ATTRIBUTIONS.ookla;
  return null;
}

/** Who and when of a stored import. */
export type ImportStamp = { id: string; fileName: string; importedAt: string; mode: ImportMode };

/** The stored import of one part; null when the part accepted nothing (there is nothing to apply). */
export function storedImportOf(part: ImportedPart, stamp: ImportStamp): StoredImport | null {
  const c = partCounts(part);
  if (c.accepted === 0) return null;
  const attribution = attributionOf(part);
  const base = attribution === null ? stamp : { ...stamp, attribution };
  const summary = { accepted: c.accepted, issues: [...c.errors, ...c.notes] };
  switch (part.kind) {
    case 'sites':
      return { ...base, kind: 'sites', sites: part.result.sites, report: part.result.report };
    case 'coverage':
      return {
        ...base,
        kind: 'coverage',
        coverage: part.result.items,
        report: { ...summary, repairs: part.result.repairs },
      };
    case 'cables':
      return { ...base, kind: 'cables', cables: part.result.features, report: { ...summary, repairs: null } };
    case 'speeds':
      return { ...base, kind: 'speeds', speedTests: part.result.tests, report: { ...summary, repairs: null } };
  }
}

/** The stored imports of a file's parts with something accepted; several parts get ids `<id>-1`, `<id>-2`, … */
export function storedImportsOf(imported: ImportedFile, stamp: ImportStamp): StoredImport[] {
  const parts = partsOf(imported).filter((p) => partCounts(p).accepted > 0);
  return parts.map((part, k) =>
    storedImportOf(part, { ...stamp, id: parts.length > 1 ? `${stamp.id}-${k + 1}` : stamp.id })!,
  );
}

const itemsOf = (i: StoredImport): readonly unknown[] =>
  i.kind === 'sites' ? i.sites : i.kind === 'coverage' ? i.coverage : i.kind === 'cables' ? i.cables : i.speedTests;

/** What the page knows of an import: everything but its data, with the number of items it holds. */
export function importMetaOf(i: StoredImport): ImportMeta {
  const meta: ImportMeta = {
    id: i.id,
    fileName: i.fileName,
    importedAt: i.importedAt,
    mode: i.mode,
    kind: i.kind satisfies ImportKind,
    count: itemsOf(i).length,
  };
  return i.attribution === undefined ? meta : { ...meta, attribution: i.attribution };
}

/** A read as it crosses to the page: the same report, with the sites cut to the preview and no speed tests. */
export function readSummaryOf(imported: ImportedFile): ImportedFile {
  const cut = (part: ImportedPart): ImportedPart =>
    part.kind === 'sites'
      ? { kind: 'sites', result: { ...part.result, sites: part.result.sites.slice(0, PREVIEW_SITES) } }
      : part.kind === 'speeds'
        ? { kind: 'speeds', result: { ...part.result, tests: [] } }
        : part;
  return imported.kind === 'mixed' ? { ...imported, parts: imported.parts.map(cut) } : cut(imported);
}
