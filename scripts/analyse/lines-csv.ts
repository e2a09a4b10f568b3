/**
 * `lines.csv` of `npm run analyse`: coverage along the named lines (issue #17, "coverage along roads"), the
 * built-in named roads of the data folder (`named-lines.json`: the lines the app's search box finds), then the lines
 * of the line files given (`--kind lines|road|railway|metro`, read as the app's import tab reads a line file), one
 * row per line, technology, operator set and coverage level, with the figures the app's line panel shows
 * (LinePanel.tsx).
 * They are measured as the app's worker measures them (src/worker/named-lines-handler.ts, `lineFigures`), by the
 * same functions of src/analysis/line-coverage.ts: `prepareLine` once per line, one `CoverIndex` of the engine's
 * covered tiles per technology, operator set and level, and `lineCoverage` against the tiles near the line.
 *
 * Format: as `roads.csv` (see roads-csv.ts): UTF-8 with a byte-order mark, comma-delimited, CRLF line ends, RFC 4180
 * quoting, a `.` decimal mark. Lengths are geodesic km to 3 decimals (1 m) over the whole line, inside the city or
 * not; `covered_pct` is the covered share of the line's length, percent 0–100 to 2 decimals.
 *
 * Rows: the whole table once per coverage level, outdoor first, then indoor (last column `coverage_level`); per
 * level the shipped lines, then each line file's in the order the files were given, each set in its file's order
 * (by name, then kind); per line 4G then 5G; per technology Viettel, VNPT, MobiFone, Vietnamobile, then `any`
 * (covered by at least one operator). `kind` is `road`, `railway` or `metro`; `source` is `shipped` for
 * `named-lines.json`, else the line file's name (as the app's search box names an imported line's file);
 * `classes` the OSM classes the line is made of (`primary;secondary`), empty when the file gave none.
 */
import type { MultiPolygon } from 'geojson';
import { OP_SETS, type OpSet } from '../../src/analysis/engine/types.js';
import { CoverIndex, lineCoverage, prepareLine, type LineKm } from '../../src/analysis/line-coverage.js';
import { COVERAGE_LEVELS, type CoverageLevel } from '../../src/domain/coverage-level.js';
import type { NamedLine } from '../../src/domain/named-line.js';
import { TECHNOLOGIES, type Technology } from '../../src/domain/telecom.js';
import { csvNumber, csvText, PERCENT_DECIMALS } from './results-csv.js';
import { ROAD_KM_DECIMALS } from './roads-csv.js';

/** The file's name inside `--out`. */
export const LINES_FILE = 'lines.csv';

/** The columns of `lines.csv`, in order. */
export const LINES_COLUMNS = [
  'name',
  'kind',
  'source',
  'classes',
  'technology',
  'operator',
  'km',
  'covered_km',
  'covered_pct',
  'coverage_level',
] as const;

/** The `source` of the data folder's named lines (`named-lines.json`). */
export const SHIPPED_LINES_SOURCE = 'shipped';

/** Named lines and where they come from: {@link SHIPPED_LINES_SOURCE}, or a line file's name. */
export type LineSet = { source: string; lines: readonly NamedLine[] };

/**
 * The covered part of the city for a technology, operator set and coverage level: `[lng, lat]` MultiPolygons that
 * do not overlap, one per tile (`CoverageEngine.coveredByTile`, `CoverageService.drawn.coveredTiles`).
 */
export type CoveredTiles = (tech: Technology, op: OpSet, level: CoverageLevel) => readonly MultiPolygon[];

/** A named line (what the table says of it), its source and its length and covered lengths at each coverage level. */
export type LineFigures = {
  source: string;
  line: Pick<NamedLine, 'name' | 'kind' | 'classes'>;
  byLevel: Record<CoverageLevel, LineKm>;
};

/**
 * Measures every line of `sets`, in order, at every coverage level against `coveredTiles`, as the app's worker does
 * for one line (see the module comment); no area breakdown. The tiles are drawn once per technology, operator set
 * and level for all the sets, and not at all when there is no line.
 */
export function measureNamedLines(sets: readonly LineSet[], coveredTiles: CoveredTiles): LineFigures[] {
  const lines = sets.flatMap((set) => set.lines.map((line) => ({ source: set.source, line })));
  if (lines.length === 0) return [];
  const prepared = lines.map((l) => prepareLine(l.line.geometry));
  const measure = (level: CoverageLevel): LineKm[] => {
    const index = new Map<string, CoverIndex>();
    for (const tech of TECHNOLOGIES)
      for (const op of OP_SETS) index.set(`${tech}|${op}`, new CoverIndex(coveredTiles(tech, op, level)));
    return prepared.map((p) => lineCoverage(p, (tech, op) => index.get(`${tech}|${op}`)!.near(p.bbox), level, null));
  };
  const [outdoor, indoor] = [measure('outdoor'), measure('indoor')];
  return lines.map(({ source, line }, i) => ({ source, line, byLevel: { outdoor: outdoor[i]!, indoor: indoor[i]! } }));
}

/** One line's rows at one coverage level, technologies × operator sets; `source` by default the shipped lines'. */
export function lineRows(
  line: LineFigures['line'],
  figures: LineKm,
  at: CoverageLevel,
  source: string = SHIPPED_LINES_SOURCE,
): string[] {
  const rows: string[] = [];
  for (const tech of TECHNOLOGIES)
    for (const op of OP_SETS) {
      const c = figures.covered[tech][op];
      rows.push(
        [
          csvText(line.name),
          line.kind,
          csvText(source),
          csvText(line.classes.join(';')),
          tech,
          op,
          csvNumber(figures.km, ROAD_KM_DECIMALS),
          csvNumber(c.km, ROAD_KM_DECIMALS),
          csvNumber(c.percent, PERCENT_DECIMALS),
          at,
        ].join(','),
      );
    }
  return rows;
}

/** The whole file, BOM and header included: every line of `figures` in its order, outdoor, then indoor. */
export function linesCsv(figures: readonly LineFigures[]): string {
  const lines: string[] = [LINES_COLUMNS.join(',')];
  for (const at of COVERAGE_LEVELS)
    for (const f of figures) lines.push(...lineRows(f.line, f.byLevel[at], at, f.source));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
