/**
 * Ookla's open-data speed tiles (teamookla/ookla-open-data: zoom-16 quadkey tiles, each the averages of the
 * Speedtest results taken in it during a quarter: `avg_d_kbps`, `avg_u_kbps`, `avg_lat_ms`, `tests`, `devices`)
 * → speed records, from CSV rows (`speed-import.ts`) or GeoJSON tile polygons ({@link importSpeedFeatures}).
 *
 * Decisions, reported in every import:
 * - Position: the centre of the tile the `quadkey` names (see `domain/quadkey.ts`); without a quadkey, the centre
 *   of the tile polygon's extent (GeoJSON geometry, or the WKT in `tile`). Areas take a tile by its centre.
 * - Technology: the mobile layer holds every cellular test (4G LTE, 5G NR, some 3G) averaged together, so a tile
 *   is not a 4G or a 5G measurement. Its records are labelled with `speedTech` (default 4G, the technology most of
 *   Hà Nội's tests still ran on) and a file warning says so (`ookla-technology`). The fixed layer (Wi-Fi and
 *   Ethernet) is refused (`ookla-fixed`) unless `speedTech` is chosen.
 * - Operator: none (Ookla's open data has no operator): null.
 * - Quarter: `year` and `quarter` columns, else the file name (`2024-10-01_performance_mobile_tiles`,
 *   `year=2024/quarter=4`), else the `period` option; none of them is a file error (`ookla-period-missing`).
 *   A record's `date` is the quarter's first day.
 */
import type { Feature, Point, Position } from 'geojson';
import { OOKLA_TILE_ZOOM, quadkeyToTile, tileCentre } from '../../domain/quadkey.js';
import type { SpeedTestProps, Technology } from '../../domain/telecom.js';
import type { LngLat } from '../../domain/geo.js';
import { importIssue, type IssuePlace } from './issue.js';
import type { OoklaColumn } from './speed-columns.js';
import { checkLatency, checkRate, isProblem, type NumberContext, type RowProblem } from './speed-checks.js';
import { createSpeedCollector, speedReport, type SpeedCollector } from './speed-report.js';
import { SPEED_IMPORT_DEFAULTS, type SpeedImport, type SpeedImportOptions } from './speed-types.js';
import { ooklaNameFacts, parsePeriod, quarterStart, readNumberCell } from './speed-values.js';

/** The file-level facts of an Ookla import. */
export type OoklaSetup = { period: string | null; tech: Technology; stop: boolean };

/** Reads the quarter, the layer and the technology label of an Ookla file; file errors and warnings go to `out`. */
export function setUpOokla(options: SpeedImportOptions, hasQuarterColumns: boolean, out: SpeedCollector): OoklaSetup {
  const { source } = options;
  const file: IssuePlace = { label: 'file' };
  const facts = ooklaNameFacts(source);
  let stop = false;
  let period = facts.period;
  if (options.period !== undefined) {
    const chosen = parsePeriod(options.period);
    if (chosen === null) {
      stop = true;
      out.fileErrors.push(
        importIssue(
          'error',
          'ookla-period-option',
          source,
          file,
          { en: `quarter "${options.period}" is not a quarter`, vi: `quý "${options.period}" không phải là một quý` },
          {
            en: 'write it as 2024-Q4 or as its first day, 2024-10-01',
            vi: 'ghi dạng 2024-Q4 hoặc ngày đầu quý, 2024-10-01',
          },
          { value: options.period },
        ),
      );
    } else period = chosen;
  }
  if (period === null && !hasQuarterColumns && !stop) {
    stop = true;
    out.fileErrors.push(
      importIssue(
        'error',
        'ookla-period-missing',
        source,
        file,
        { en: 'the file does not say which quarter its tiles cover', vi: 'tệp không cho biết các ô đo thuộc quý nào' },
        {
          en: "keep Ookla's file name (2024-10-01_performance_mobile_tiles.csv), add year and quarter columns, or choose the quarter",
          vi: 'giữ tên tệp của Ookla (2024-10-01_performance_mobile_tiles.csv), thêm cột year và quarter, hoặc chọn quý',
        },
      ),
    );
  }
  if (facts.layer === 'fixed' && options.speedTech === undefined) {
    stop = true;
    out.fileErrors.push(
      importIssue(
        'error',
        'ookla-fixed',
        source,
        file,
        {
          en: "these are Ookla's fixed-broadband tiles (tests over Wi-Fi and Ethernet)",
          vi: 'đây là các ô băng rộng cố định của Ookla (đo qua Wi-Fi và Ethernet)',
        },
        {
          en: "the plan's speed targets are for 4G and 5G: import the performance_mobile_tiles layer, or choose a technology to import them anyway",
          vi: 'mục tiêu tốc độ của kế hoạch dành cho 4G và 5G: hãy nhập lớp performance_mobile_tiles, hoặc chọn công nghệ nếu vẫn muốn nhập',
        },
      ),
    );
  }
  const tech = options.speedTech ?? SPEED_IMPORT_DEFAULTS.ooklaMobileTech;
  if (!stop) {
    out.warnings.push(
      importIssue(
        'warning',
        'ookla-technology',
        source,
        file,
        {
          en: `Ookla tiles average every cellular technology together (4G, 5G, some 3G): their figures are labelled ${tech}`,
          vi: `ô đo của Ookla gộp chung mọi công nghệ di động (4G, 5G, một phần 3G): số liệu được ghi là ${tech}`,
        },
        {
          en: 'a tile is not a measurement of one technology; no operator is given either',
          vi: 'một ô không phải là số đo của riêng một công nghệ; dữ liệu cũng không ghi nhà mạng',
        },
      ),
    );
  }
  return { period, tech, stop };
}

/** The centre of the extent of the positions in `coords` (any nesting), or null when it holds none. */
export function extentCentre(coords: unknown): LngLat | null {
  let w = Infinity,
    s = Infinity,
    e = -Infinity,
    n = -Infinity;
  const visit = (c: unknown): void => {
    if (!Array.isArray(c)) return;
    if (typeof c[0] === 'number' && typeof c[1] === 'number') {
      const [x, y] = c as Position;
      w = Math.min(w, x!);
      e = Math.max(e, x!);
      s = Math.min(s, y!);
      n = Math.max(n, y!);
    } else c.forEach(visit);
  };
  visit(coords);
  return Number.isFinite(w) ? [(w + e) / 2, (s + n) / 2] : null;
}

/** The centre of a WKT polygon's extent (`POLYGON((105.8 21.0, …))`), or null. */
export function wktCentre(wkt: string): LngLat | null {
  const nums = wkt.match(/-?\d+(?:\.\d+)?(?:e-?\d+)?/gi)?.map(Number) ?? [];
  const pairs: number[][] = [];
  for (let i = 0; i + 1 < nums.length; i += 2) pairs.push([nums[i]!, nums[i + 1]!]);
  return extentCentre(pairs);
}

/** One Ookla tile: its values by column, its place in the file, and its polygon's centre when it has one. */
export type OoklaRow = {
  get: (c: OoklaColumn) => unknown;
  place: IssuePlace & { n: number };
  geometryCentre: LngLat | null;
  dataRow: number | null;
};

/** Builds one tile's record, or all of its problems. */
export function ooklaRecord(
  row: OoklaRow,
  setup: OoklaSetup,
  nums: NumberContext,
): Feature<Point, SpeedTestProps> | RowProblem[] {
  const problems: RowProblem[] = [];
  const qkRaw = row.get('quadkey');
  const qk = qkRaw === undefined || qkRaw === null ? '' : String(qkRaw).trim();
  let at: LngLat | null = row.geometryCentre;
  if (qk !== '') {
    const tile = quadkeyToTile(qk);
    if (tile) at = tileCentre(tile);
    else
      problems.push({
        rule: 'ookla-quadkey',
        column: 'quadkey',
        value: qkRaw,
        what: { en: `quadkey "${qk}" is not a quadkey`, vi: `quadkey "${qk}" không hợp lệ` },
        why: {
          en: `a quadkey is digits 0–3, one per zoom level (Ookla's have ${OOKLA_TILE_ZOOM})`,
          vi: `quadkey gồm các chữ số 0–3, mỗi mức thu phóng một chữ số (của Ookla có ${OOKLA_TILE_ZOOM} chữ số)`,
        },
      });
  } else if (at === null) {
    const wkt = row.get('tile');
    at = typeof wkt === 'string' ? wktCentre(wkt) : null;
    if (at === null)
      problems.push({
        rule: 'ookla-position',
        column: 'quadkey',
        value: qkRaw,
        what: { en: 'the tile has no quadkey and no geometry', vi: 'ô đo không có quadkey và không có hình học' },
        why: {
          en: "a tile's position comes from its quadkey or its polygon",
          vi: 'vị trí của ô đo lấy từ quadkey hoặc đa giác của nó',
        },
      });
  }
  const down = checkRate('down', row.get('avg_d_kbps'), 'avg_d_kbps', 'kbit/s', nums);
  const up = checkRate('up', row.get('avg_u_kbps'), 'avg_u_kbps', 'kbit/s', nums);
  const latency = checkLatency(row.get('avg_lat_ms'), 'avg_lat_ms', nums);
  const testsRaw = row.get('tests');
  const tests = readNumberCell(testsRaw, false).value;
  if (tests === null || !Number.isInteger(tests) || tests < 1) {
    const shown =
      tests === null
        ? { en: 'tests is empty', vi: 'số lượt đo (tests) trống' }
        : {
            en: `tests "${String(testsRaw)}" is not a whole number above 0`,
            vi: `số lượt đo (tests) "${String(testsRaw)}" không phải số nguyên lớn hơn 0`,
          };
    problems.push({
      rule: 'ookla-tests',
      column: 'tests',
      value: testsRaw,
      what: shown,
      why: { en: 'each tile counts the tests averaged in it', vi: 'mỗi ô đo ghi số lượt đo đã được lấy trung bình' },
    });
  }
  let date = setup.period;
  const y = row.get('year');
  const q = row.get('quarter');
  if ((y !== undefined && y !== '') || (q !== undefined && q !== '')) {
    date = quarterStart(y, q);
    if (date === null)
      problems.push({
        rule: 'ookla-quarter',
        column: 'quarter',
        value: `${String(y)} ${String(q)}`,
        what: {
          en: `year "${String(y)}", quarter "${String(q)}" is not a quarter`,
          vi: `năm "${String(y)}", quý "${String(q)}" không phải là một quý`,
        },
        why: { en: 'year is 2000–2100 and quarter 1–4', vi: 'năm từ 2000 đến 2100 và quý từ 1 đến 4' },
      });
  }
  for (const v of [down, up, latency]) if (isProblem(v)) problems.push(v);
  if (
    problems.length > 0 ||
    at === null ||
    date === null ||
    isProblem(down) ||
    down === null ||
    isProblem(up) ||
    isProblem(latency)
  )
    return problems;
  return {
    type: 'Feature',
    geometry: { type: 'Point', coordinates: [at[0], at[1]] },
    properties: {
      id: `${qk || `${row.place.label}-${row.place.n}`}@${date}`,
      tech: setup.tech,
      operator: null,
      downMbps: down,
      upMbps: up,
      latencyMs: latency,
      date,
      tests: tests!,
      kind: 'tile',
      sample: false,
    },
  };
}

/** Whether GeoJSON features are Ookla tiles: the first feature with properties has `avg_d_kbps` and `tests`. */
export function looksLikeOoklaFeatures(features: Feature[]): boolean {
  const p = features.find((f) => f && f.properties)?.properties;
  return !!p && 'avg_d_kbps' in p && 'tests' in p;
}

/** Imports Ookla tiles given as GeoJSON features (tile polygons with Ookla's properties); see the module comment. */
export function importSpeedFeatures(features: readonly Feature[], options: SpeedImportOptions): SpeedImport {
  const out = createSpeedCollector(options.source);
  const keys = new Set(features.flatMap((f) => Object.keys(f?.properties ?? {})));
  const setup = setUpOokla(options, keys.has('year') || keys.has('quarter'), out);
  const nums: NumberContext = { allowComma: true, sawComma: false };
  features.forEach((f, i) => {
    out.rows++;
    if (setup.stop) return;
    const props = (f?.properties ?? {}) as Record<string, unknown>;
    const qk = props.quadkey;
    const place: IssuePlace & { n: number } = {
      label: 'feature',
      n: i,
      id: typeof qk === 'string' || typeof qk === 'number' ? String(qk) : null,
    };
    const result = ooklaRecord(
      {
        get: (c) => props[c],
        place,
        geometryCentre: extentCentre(f?.geometry && 'coordinates' in f.geometry ? f.geometry.coordinates : null),
        dataRow: null,
      },
      setup,
      nums,
    );
    out.add(result, place, null);
  });
  return { tests: out.tests, report: speedReport(out, 'ookla-geojson', null, null) };
}
