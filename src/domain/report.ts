/**
 * One problem found in input data. `message` is the full human-readable sentence, naming the file,
 * the feature or row, the value and the rule, e.g.
 * `wards.geojson: feature 12 (code "00034"): coordinate [21.03, 105.85] is outside Hà Nội (lon 105.2–106.1, lat 20.5–21.5); latitude and longitude look swapped`.
 */
export type DataIssue = {
  severity: 'error' | 'warning';
  /** Stable machine-readable rule id, e.g. `coords-swapped`, `ring-self-intersection`. */
  rule: string;
  file: string;
  /** Zero-based feature index or one-based data row number (CSV, header is row 1); null for file-level issues. */
  index: number | null;
  /** The feature's or row's key (code, id) when known. */
  key: string | null;
  /** The message in English (the canonical text: logs, tests, the command line's default). */
  message: string;
  /** The same message in Vietnamese, where the producer has one (every import message does). */
  vi?: string;
  /** The column (delimited text) or property (GeoJSON) that holds the bad value, as named in the file. */
  column?: string;
  /** The offending value as written in the file (truncated to 200 characters). */
  value?: string;
  /** One-based physical line on which the record starts (delimited text; the header is line 1). */
  line?: number;
  /** One-based data row: the n-th record after the header (delimited text). */
  dataRow?: number;
};

/** The text of an issue in a language: the Vietnamese one where it exists, else the English `message`. */
export function issueText(issue: Pick<DataIssue, 'message' | 'vi'>, lang: 'vi' | 'en'): string {
  return lang === 'vi' && issue.vi !== undefined ? issue.vi : issue.message;
}

/** Counts of safe repairs made to one file. */
export type RepairCounts = {
  duplicateVertices: number;
  ringsClosed: number;
  ringsRewound: number;
};

export const NO_REPAIRS: Readonly<RepairCounts> = { duplicateVertices: 0, ringsClosed: 0, ringsRewound: 0 };

/** One entry of the generated data manifest (`public/data/manifest.json`). */
export type ManifestLayer = {
  /** Layer id, also the file stem: `units-2025` → `units-2025.fgb`. */
  id: string;
  file: string;
  featureCount: number;
  /** The date the data describes, e.g. `2025-07-01` or `2019-04-01`. */
  vintage: string;
  source: string;
  licence: string;
  /** True for generated sample data (not real operator data). */
  sample: boolean;
  /** SHA-256 of the file, hex. */
  sha256: string;
  bytes: number;
};

/** A file written beside a layer for reviewers: the raw features it leaves out, each with its reason. */
export type ManifestLeftOut = { layer: string; file: string; count: number; sha256: string; bytes: number };

/** A file the data build wrote beside the layers: its path relative to the data folder, size and SHA-256 (hex). */
export type ManifestFile = { file: string; bytes: number; sha256: string };

/**
 * The analysis the data build stored for the shipped data, so that the app and the command line start on it
 * (scripts/pipeline/stored-analysis.ts): the engine's area index, every result of the first view, and the engine's
 * sums as of each quarter end (and `now`, all the data).
 */
export type ManifestStored = {
  index: ManifestFile;
  firstView: ManifestFile;
  dates: (ManifestFile & { date: string })[];
};

export type Manifest = {
  generatedAt: string;
  /** SHA-256 over the raw inputs and the pipeline's own source, to detect staleness. */
  inputHash: string;
  sampleSeed: number;
  layers: ManifestLayer[];
  /** What the pipeline left out of a layer, and where the list is (e.g. `zones-excluded.json`). */
  leftOut: ManifestLeftOut[];
  repairs: Record<string, RepairCounts>;
  warnings: DataIssue[];
  /** The stored analysis, when the data build made it (absent from data built before it existed). */
  stored?: ManifestStored;
};
