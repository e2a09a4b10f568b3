/** The text `npm run analyse -- --help` prints (the doc comment of `../analyse.ts` says the same at more length). */
export const ANALYSE_USAGE = `npm run analyse -- [FILE…] [options]

Runs the app's import and coverage analysis in Node: the shipped data, with FILEs imported as the app imports
a dropped file (no FILE: the shipped data alone). Writes into DIR: results.csv (coverage per area),
roads.csv (km along roads per area and class), sharing.csv (shared towers per area), lines.csv (km and
covered km along each named road of the data folder, then along each line of the line files given, as the
app's line panel shows them; column source: shipped, or the file's name) and import-report.json (and
indicators.csv when indicator files are given).

Options:
  --kind auto|sites|coverage|cables|speeds|indicators|lines|road|railway|metro
                      what the FILEs hold (default auto: told by the file, as in the app; indicator files
                      need it). Given once it applies to every FILE; given several times, each applies to
                      the FILEs after it: --kind auto a.csv b.geojson --kind indicators c.csv
                      lines, road, railway, metro: a line file (GeoJSON or FlatGeobuf) read as the app's
                      line import reads it, into lines.csv: lines tells each line's kind by its OSM tags
                      (the app's "auto"; untagged lines are roads), road|railway|metro makes every line
                      that kind. With auto a line file is read as cables.
  --crs wgs84|vn2000  coordinates are WGS84 degrees, or VN-2000 metres (default: detected; undeclared
                      metres are held and reported until you say which)
  --footprint model|range
                      OpenCelliD cells: coverage model with the band radio and operator imply (default),
                      or OpenCelliD's range as the radius
  --ocid-bands FILE.json
                      the band per radio and operator for OpenCelliD cells, over the default table,
                      e.g. {"NR": {"mobifone": "n41"}, "LTE": {"vietnamobile": null}}
  --params FILE.json  the coverage model's parameters over the defaults (the app's method page lists them),
                      e.g. {"edgeProbability": 0.95, "linkBudget": {"5G": {"txPowerDbm": 50}}}, or a
                      calibration written by npm run calibrate; recorded in import-report.json
  --join | --replace  imported sites and cables join the shipped sample (default) or replace it
  --as-of YYYY-MM-DD  the data as of that date (sites on air by then, cables underground by then)
  --repair-mojibake   repair double-encoded UTF-8 (names like "HÃ  Ná»™i") while reading
  --out DIR           output folder (default: ./analysis)
  --data DIR          generated data folder (default: public/data)
  --lang en|vi        language of the messages printed here (default: en; the JSON has both)
  --help              this text

Exit codes: 0 something was imported (or no FILE given); 2 every FILE was refused (nothing kept), or a wrong
option; 1 internal error.`;
