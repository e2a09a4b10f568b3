/**
 * Shapes of the speed-measurement importers (`speed-import.ts`): individual tests as measurement apps export
 * them, and Ookla's open-data tiles as CSV or GeoJSON.
 */
import type { Feature, Point } from 'geojson';
import type { DataIssue } from '../../domain/report.js';
import type { SpeedTestProps, Technology } from '../../domain/telecom.js';
import type { Delimiter } from './delimited.js';
import type { EncodingReport } from './encoding.js';

/** The detected input: a test list (`speedtest-csv`), Ookla tiles as CSV (`ookla-csv`) or as GeoJSON (`ookla-geojson`). */
export type SpeedImportFormat = 'speedtest-csv' | 'ookla-csv' | 'ookla-geojson';

/** Options of the speed importers. */
export type SpeedImportOptions = {
  /** File name used in every message; Ookla's file names also give the quarter and the layer (mobile or fixed). */
  source: string;
  /**
   * The technology the records are labelled with when the file does not say: Ookla tiles (which mix every
   * cellular technology of their tests) and test lists without a network-type column. Setting it also allows
   * Ookla's fixed-broadband tiles, which are refused otherwise. @default '4G' for Ookla's mobile tiles; none for
   * test lists (a test list without a network-type column is refused)
   */
  speedTech?: Technology;
  /**
   * The quarter of Ookla tiles whose file name and columns do not say: `2024-Q4` or its first day `2024-10-01`.
   * @default none
   */
  period?: string;
};

/** Defaults of {@link SpeedImportOptions}. */
export const SPEED_IMPORT_DEFAULTS = { ooklaMobileTech: '4G' } as const satisfies { ooklaMobileTech: Technology };

/**
 * The report of one imported speed file. Every data row (or feature) ends in one place: a record (`kept`), one
 * or more errors in `rejected` (all of a row's problems), or one warning in `warnings` for a row left out on
 * purpose (`skipped`: 3G, 2G and Wi-Fi tests), unless a file error stops the import (a missing column, a
 * quarter nobody gave: no row is read).
 */
export type SpeedImportReport = {
  source: string;
  format: SpeedImportFormat;
  /** Field delimiter; null for GeoJSON. */
  delimiter: Delimiter | null;
  /** `,` when any number was written with a decimal comma; null for GeoJSON. */
  decimalSeparator: '.' | ',' | null;
  /** How the bytes were decoded; null until the file loader sets it. */
  encoding: EncodingReport | null;
  /** Data rows (or features) read, header excluded. */
  rows: number;
  /** Records kept. */
  kept: number;
  /** Every error of the rejected rows: a row may have several. */
  rejected: DataIssue[];
  /** Rows rejected: the distinct rows of `rejected`. */
  rejectedRows: number;
  /** Rows left out by rule (not 4G or 5G), each with a warning. */
  skipped: number;
  warnings: DataIssue[];
  fileErrors: DataIssue[];
  /** Tests behind the kept records (1 per test, a tile's `tests`). */
  tests: number;
  /** First and last day the kept records cover (a tile: its whole quarter), ISO dates; null when none was kept. */
  window: { from: string; to: string } | null;
};

/** Speed records and the report of one imported file. */
export type SpeedImport = { tests: Feature<Point, SpeedTestProps>[]; report: SpeedImportReport };
