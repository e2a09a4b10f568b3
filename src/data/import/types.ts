/**
 * Shapes shared by the import parsers: the column mapping offered to the user, the options and the validation
 * report of one imported file.
 */
import type { DataIssue } from '../../domain/report.js';
import type { Site } from '../../domain/telecom.js';
import type { EncodingReport } from './encoding.js';
import type { OcidBandTable } from './opencellid-bands.js';

export type { EncodingReport } from './encoding.js';

/** The fields of a site row that a column (or a GeoJSON property) can be mapped to; see `Site`. */
export const SITE_FIELDS = [
  'id',
  'operator',
  'lng',
  'lat',
  'technologies',
  'bands',
  'heightM',
  'azimuthsDeg',
  'onAir',
  'onAir5g',
  'rangeM',
  'sample',
  'towerId',
] as const;
export type SiteField = (typeof SITE_FIELDS)[number];

/** Fields without which a row cannot become a site. */
export const REQUIRED_SITE_FIELDS: readonly SiteField[] = ['id', 'operator', 'lng', 'lat'];

/**
 * Which column feeds which field: zero-based column index into `header`, null when no column does.
 * `unknownHeaders` are the header names that feed no field, for a mapping dialog.
 */
export type ColumnMapping = {
  header: string[];
  columns: Record<SiteField, number | null>;
  unknownHeaders: string[];
};

/** A user's choice in the mapping dialog: field → column index, or null to leave a field unmapped. */
export type MappingOverride = Partial<Record<SiteField, number | null>>;

/** How coordinates are read: detected per row (`auto`) or forced. */
export type CoordinateMode = 'auto' | 'wgs84' | 'vn2000';

/** What coordinates a file held: all degrees, all VN-2000 metres, both, or none readable. */
export type CoordinateSystem = 'wgs84' | 'vn2000' | 'mixed' | 'none';

/** How a file's coordinates were read, with the reason in words for the report. */
export type CoordinateReport = {
  system: CoordinateSystem;
  /** True when the caller forced the system (`CoordinateMode` other than `auto`). */
  forced: boolean;
  /** Why, e.g. `row 2: 588394.44, 2326344.26 exceed ±1000, so they are projected metres: read as VN-2000 …`. */
  reason: string;
  /** The same reason in Vietnamese. */
  reasonVi: string;
  /** Rows read as WGS84 degrees. */
  wgs84Rows: number;
  /** Rows read as VN-2000 metres and converted to WGS84. */
  vn2000Rows: number;
  /** VN-2000 rows whose lng/x column held the northing (Vietnamese surveying order X = northing, Y = easting). */
  northingFirstRows: number;
  /**
   * Rows (or features) held back: projected metres in a file that does not say which system (`auto` mode). The
   * importer asks (a dialog; `--crs` on the command line) instead of guessing; each held row has an error.
   */
  heldRows: number;
  /** The first held rows' numbers (at most 20), for the question. */
  heldSample: number[];
  /** The system the file itself declared (a GeoJSON `crs` member), by name; null when it declared none. */
  declared: string | null;
};

/** The detected input format. */
export type ImportFormat = 'project-csv' | 'opencellid' | 'geojson' | 'flatgeobuf';

/** Options of the site importers. */
export type SiteImportOptions = {
  /** File name used in every message. */
  source: string;
  /** @default 'auto' */
  coordinates?: CoordinateMode;
  /** Column choices from the mapping dialog (project CSV and GeoJSON properties). @default none */
  mapping?: MappingOverride;
  /**
   * Where an OpenCelliD cell's footprint comes from: the coverage model with the band its radio and operator
   * imply (`model`), or OpenCelliD's `range` as the radius (`range`). @default 'model'
   */
  footprint?: FootprintSource;
  /** The band each operator uses per radio for OpenCelliD cells (`opencellid-bands.ts`). @default OCID_DEFAULT_BANDS */
  ocidBands?: OcidBandTable;
};

/** Where an imported cell's footprint comes from; see {@link SiteImportOptions.footprint}. */
export type FootprintSource = 'model' | 'range';

/** Defaults of {@link SiteImportOptions}. */
export const SITE_IMPORT_DEFAULTS = { coordinates: 'auto', mapping: {}, footprint: 'model' } as const satisfies Omit<
  Required<SiteImportOptions>,
  'source' | 'ocidBands'
>;

/**
 * The validation report of one imported file. Every data row (or feature) ends in exactly one place: a site
 * (`accepted`), one error in `rejected`, or a counted file-level `warnings` entry (OpenCelliD rows of other
 * countries, networks or radios in `leftOut`; cells merged into a site in `merged`), unless a file error stops
 * the import (a missing required column: no row is read). Nothing is dropped silently.
 */
export type ImportReport = {
  source: string;
  format: ImportFormat;
  /** Field delimiter of a delimited file; null for GeoJSON / FlatGeobuf. */
  delimiter: ',' | ';' | '\t' | null;
  /** `,` when any number was written with a decimal comma (`21,0285`); null for GeoJSON / FlatGeobuf. */
  decimalSeparator: '.' | ',' | null;
  coordinates: CoordinateReport;
  /** The mapping used (project CSV and GeoJSON); null for OpenCelliD, whose columns are fixed. */
  mapping: ColumnMapping | null;
  /** How the bytes were decoded; null until the file loader sets it (text given as a string has none). */
  encoding: EncodingReport | null;
  /** Data rows (or features) read, header excluded. */
  rows: number;
  /** Sites that passed validation. */
  accepted: number;
  /** Every error of the rejected rows, features or (OpenCelliD) grouped sites: a row may have several. */
  rejected: DataIssue[];
  /** Rows (or features) rejected: the distinct rows of `rejected`. */
  rejectedRows: number;
  /** Problems with the whole file: missing columns (`index` null), a quote never closed (`index` its row). */
  fileErrors: DataIssue[];
  warnings: DataIssue[];
  /**
   * OpenCelliD rows left out: other countries, networks or radios, and dropped repeats (exact duplicate rows, a
   * cell listed twice at one position); each has a per-row warning.
   */
  leftOut: number;
  /** OpenCelliD cells folded into an earlier cell's site (same operator, within the grouping distance). */
  merged: number;
};

/** Sites and the report of one imported file. */
export type SiteImportResult = { sites: Site[]; report: ImportReport };

/** Progress of a streaming import, after each chunk. */
export type ImportProgress = {
  /** Characters received so far. */
  chars: number;
  /** Data rows completed so far (header excluded). */
  rows: number;
};
