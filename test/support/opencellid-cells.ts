/**
 * Builders for the OpenCelliD import unit tests (`src/data/import/opencellid-*.test.ts`): export lines made from a
 * default LTE cell of Viettel in central Hà Nội, and a run of such lines through `OpenCellIdCollector` directly.
 */
import { CoordinateReader } from '../../src/data/import/coordinates.js';
import { OPENCELLID_COLUMNS, OpenCellIdCollector, type OcidOptions } from '../../src/data/import/opencellid.js';

/** Some fields of one OpenCelliD export row (`lon`, `lat` in WGS84 degrees, `range` in metres), as written. */
export type CellRow = Partial<Record<(typeof OPENCELLID_COLUMNS)[number], string | number>>;

/** The default cell: LTE, 452-04 (Viettel), area 10001, cell 25600 (eNodeB 100), at [105.85, 21.03], range 1000 m. */
const DEFAULT_CELL: Required<CellRow> = {
  radio: 'LTE',
  mcc: 452,
  net: 4,
  area: 10001,
  cell: 25600,
  unit: 0,
  lon: 105.85,
  lat: 21.03,
  range: 1000,
  samples: 5,
  changeable: 1,
  created: 1500000000,
  updated: 1600000000,
  averageSignal: 0,
};

/** One export line: the default cell with some fields changed. */
export const createRow = (cell: CellRow): string =>
  OPENCELLID_COLUMNS.map((c) => String(cell[c] ?? DEFAULT_CELL[c])).join(',');

/** An export with its header. */
export const createExport = (cells: CellRow[]): string =>
  [OPENCELLID_COLUMNS.join(','), ...cells.map(createRow)].join('\n');

/**
 * Runs rows through a collector of file `c.csv` directly (the header is row 1, so the first cell is row 2); returns
 * the collected rows, every warning, the warnings of single rows only, and the collector for its counts.
 */
export function collect(cells: CellRow[], options: OcidOptions = { footprint: 'model' }) {
  const collector = new OpenCellIdCollector('c.csv', new CoordinateReader('auto'), options);
  cells.forEach((cell, i) => collector.add(createRow(cell).split(','), i + 2));
  const { rows, warnings } = collector.finish();
  return { rows, warnings, collector, rowWarnings: warnings.filter((w) => w.index !== null) };
}
