/**
 * `npm run analyse -- [FILE…] [--kind auto|sites|coverage|cables|speeds|indicators|lines|road|railway|metro]
 * [--crs wgs84|vn2000]
 * [--footprint model|range] [--ocid-bands FILE.json] [--params FILE.json] [--join|--replace] [--as-of YYYY-MM-DD] [--repair-mojibake] [--out DIR] [--data DIR]
 * [--lang en|vi]`
 *
 * The app's coverage analysis on the command line, for operators' scripts and for tests: the same import code
 * (`importAnyFile`, streamed from disk) and the same analysis (`CoverageService`) as the app, on the shipped data
 * (`public/data`, built by `npm run data`) with the FILEs imported as the app imports a dropped file. With no FILE,
 * the shipped data alone.
 *
 * - `--kind`: what the FILEs hold; by default (`auto`) told by each file as in the app (a delimited file is a
 *   site list, GeoJSON and FlatGeobuf by their geometry). Area-indicator CSVs need `--kind indicators`. Given once
 *   it applies to every FILE; given several times, each applies to the FILEs after it:
 *   `--kind auto sites.csv cover.geojson --kind indicators households.csv`. `lines`, `road`, `railway` and `metro`
 *   read a line file (GeoJSON, FlatGeobuf) as the app's line import does (`lines`: each line's kind from its OSM
 *   tags; the others: every line that kind) into `lines.csv`; with `auto` a line file is read as cables.
 * - `--crs`: `wgs84` degrees or `vn2000` metres. By default detected; projected metres in a file that does not
 *   say which system are held back and reported (each row named), asking for `--crs`.
 * - `--footprint`: for OpenCelliD cells, the coverage model with the band their radio and operator imply
 *   (`model`, the default), or OpenCelliD's `range` as the radius. `--ocid-bands FILE.json` edits that band table
 *   (`{"NR": {"mobifone": "n41"}}` over the defaults of `opencellid-bands.ts`).
 * - `--params FILE.json`: the coverage model's parameters over the defaults (`{"edgeProbability": 0.95}`; every
 *   parameter, its unit, source and range on the app's method page), or a calibration written by
 *   `npm run calibrate`. Every mistake is printed, naming the file, the field, the value and the rule, and nothing
 *   is analysed (exit 2). The file, the overrides and every parameter used are in `import-report.json`
 *   (`coverageParams`).
 * - `--join` (default) / `--replace`: imported sites and cable segments join the shipped sample or replace it, as
 *   in the app's import dialog; imported coverage polygons stand for the modelled footprints of their operator
 *   and technology.
 * - `--as-of`: the figures as they stood on that date (sites on air by then, 5G once on air, cables underground
 *   by then, speed tests of the year before).
 * - `--repair-mojibake`: repair double-encoded UTF-8 (`HÃ  Ná»™i`) while reading; without it such text is
 *   reported (the app's "Repair" button).
 * - `--out DIR` (default `./analysis`), `--data DIR` (default `public/data`).
 * - `--lang`: language of what is printed (default `en`, the canonical text of logs; the app itself is
 *   Vietnamese-first, and `import-report.json` carries every message in both languages).
 *
 * Writes:
 * - `DIR/results.csv`: `level,code,name,technology,operator,area_km2,covered_km2,covered_pct,population,
 *   population_covered,sites`, one row per area × 4G/5G × viettel/vnpt/mobifone/vietnamobile/any; levels `city`
 *   (code `01`), `unit2025`, `district2019`, `ward2019`, `zone`. UTF-8 with BOM (for Excel), CRLF, `.` decimals:
 *   km² to 4 decimals, percent 0–100 to 2, residents and sites as integers; GSO codes as text with their
 *   leading zeros (`00004`). `sites` counts the sites standing in the area for that operator (any: all).
 *   See `analyse/results-csv.ts`.
 * - `DIR/import-report.json`: per FILE, the detected format, encoding, delimiter, decimal mark, coordinate system
 *   and why; rows read, kept, repaired and rejected; every message with its rule, row (`index`), data row, line,
 *   column and value, in English (`message`) and Vietnamese (`vi`); plus the options, the data in use
 *   (sample/imported/mixed) and the phase times. See `analyse/import-report.ts`.
 * - `DIR/roads.csv`, `DIR/sharing.csv`: km along the OSM roads and shared towers per area (see the README).
 * - `DIR/lines.csv`: coverage along each named road of the data folder, then along each line of the line files
 *   given (column `source`: `shipped` or the file's name), as the app's line panel shows it. See
 *   `analyse/lines-csv.ts`.
 * - `DIR/indicators.csv` when indicator files were given: each indicator's figure per area.
 *
 * Prints to stderr each FILE's summary and its first messages, the data used and the time of each phase (load,
 * import, analysis, write).
 *
 * Exit codes: 0 when something was imported, or no FILE was given; 2 when every FILE was refused (no row kept;
 * `import-report.json` is written, `results.csv` is not and an older one is removed) or an option is wrong;
 * 1 on an internal error (a missing `public/data` included: run `npm run data`).
 *
 * Example: `npm run analyse -- cells.csv --footprint range --replace --out out` then read `out/results.csv`.
 */
import { runAnalyse } from './analyse/run.js';

process.exitCode = await runAnalyse(process.argv.slice(2));
