/**
 * What the app keeps in the browser between sessions: the operator's plan (candidate sites with its undo and redo
 * history) and every imported file, so that both survive a reload and a crashed tab.
 *
 * Layout, database {@link DB_NAME} at IndexedDB version {@link DB_VERSION}; three object stores, all with
 * out-of-line string keys, so that a record whose fields are broken can still be named by its key:
 *
 * | store | key | value |
 * |---|---|---|
 * | `plan` | `current` | {@link PlanRecord}: `{ schema, savedAt, sites, undo, redo, nextId }` |
 * | `imports` | the import's `id` | {@link ImportRecord}: a {@link StoredImport} plus `schema` |
 * | `settings` | a setting name, e.g. `activeImports` | {@link SettingRecord}: `{ schema, value }` |
 *
 * Two version numbers: {@link DB_VERSION} names the store layout (a change needs an `onupgradeneeded` step in
 * `indexed-db.ts`); {@link RECORD_SCHEMA} is written into every record and names the record's shape. A record of a
 * newer schema (written by a newer app) is reported and left in place, never loaded nor deleted; a record with a
 * missing or mistyped field is reported with its key and skipped (`validate.ts`).
 *
 * Undo history: each stack entry is a {@link PlanStep}, a reversible command that holds only the sites it touched
 * (before and after), not a copy of the whole plan, so that 200 steps of a 500-site plan stay small. A stack's
 * top is its last element. At most {@link PLAN_HISTORY_LIMIT} steps per stack are kept; older ones are dropped on save.
 */
import type { Feature, LineString, Point } from 'geojson';
import type { ImportedCoverage } from '../../analysis/engine/engine.js';
import type { DataIssue, RepairCounts } from '../../domain/report.js';
import type { CableSegmentProps, Site, SpeedTestProps } from '../../domain/telecom.js';
import type { ImportReport } from '../import/types.js';

/** Name of the IndexedDB database. */
export const DB_NAME = 'hanoi-coverage-map';

/** IndexedDB version: the object stores' layout. */
export const DB_VERSION = 1;

/** Shape version written into every record; a record of a higher number is reported, not read. */
export const RECORD_SCHEMA = 1;

/** Undo (and redo) steps kept per stack, oldest dropped first. */
export const PLAN_HISTORY_LIMIT = 200;

/** Object store names. */
export const STORES = ['plan', 'imports', 'settings'] as const;
export type StoreName = (typeof STORES)[number];

/** Key of the one record of the `plan` store. */
export const PLAN_KEY = 'current';

/**
 * One reversible change of the plan. Undo removes the ids of `after` and puts back `before`; redo removes the ids of
 * `before` and puts `after`. A site id only in `after` was added by the step, one only in `before` was removed.
 */
export type PlanStep = {
  /** What the step did, for an Undo button's tooltip, e.g. `Move site plan-3`. */
  label: string;
  /** The touched sites as they were before the step. */
  before: Site[];
  /** The touched sites as they are after the step. */
  after: Site[];
};

/** The operator's plan: candidate sites (`sample: false`) and the history; stacks' tops are their last elements. */
export type StoredPlan = {
  sites: Site[];
  undo: PlanStep[];
  redo: PlanStep[];
  /** Next number for a new site id (`plan-<n>`), never reused, so that undo after a reload cannot clash ids. */
  nextId: number;
};

/** The stored form of the plan. */
export type PlanRecord = StoredPlan & {
  schema: number;
  /** When it was written, ISO 8601 UTC. */
  savedAt: string;
};

/** How an import combined with the data before it: replaced that operator's / layer's data, or joined it. */
export type ImportMode = 'replace' | 'join';

/** The validation summary of a coverage, cable or speed file (their importers give issues, not an `ImportReport`). */
export type ImportSummary = {
  /** Items (coverage polygons per technology, cable segments) accepted. */
  accepted: number;
  issues: DataIssue[];
  /** Repairs made to the geometry; null when the importer makes none (cables). */
  repairs: RepairCounts | null;
};

type ImportBase = {
  /** Unique per import, chosen by the caller. */
  id: string;
  fileName: string;
  /** When the file was imported, ISO 8601; imports are listed, and should be re-applied, in this order. */
  importedAt: string;
  mode: ImportMode;
  /** The licence the file's data comes under when its format names one (OpenCelliD, Ookla open data); else absent. */
  attribution?: string;
};

/** One imported file with its accepted data, by kind. Geometry `[lng, lat]` WGS84 degrees. */
export type StoredImport =
  | (ImportBase & { kind: 'sites'; sites: Site[]; report: ImportReport })
  | (ImportBase & { kind: 'coverage'; coverage: ImportedCoverage[]; report: ImportSummary })
  | (ImportBase & { kind: 'cables'; cables: Feature<LineString, CableSegmentProps>[]; report: ImportSummary })
  | (ImportBase & { kind: 'speeds'; speedTests: Feature<Point, SpeedTestProps>[]; report: ImportSummary });

export type ImportKind = StoredImport['kind'];

/**
 * What the page knows of an import: the stored import without its data (which stays in the worker), with the
 * number of items it holds (sites, polygons, segments or measurements).
 */
export type ImportMeta = ImportBase & { kind: ImportKind; count: number };
export const IMPORT_KINDS = ['sites', 'coverage', 'cables', 'speeds'] as const satisfies readonly ImportKind[];

/** The stored form of an import. */
export type ImportRecord = StoredImport & { schema: number };

/** The stored form of a setting; `value` is anything structured-cloneable. */
export type SettingRecord = { schema: number; value: unknown };
