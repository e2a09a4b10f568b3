/**
 * An independent check of the coverage engine with PostGIS (GEOS): the engine's exact plane polygons
 * (`engine.exportGeometry()`, plane metres of the Hà Nội equal-area plane, SRID 0) are loaded into temporary
 * tables through `COPY … FROM STDIN` of one `psql` child process, and one SQL computation gives every
 * area's covered m² per technology and operator set. Talks to the server only through the `psql` client.
 */
import { spawn, spawnSync } from 'node:child_process';
import { TECHNOLOGIES, type Technology } from '../../src/domain/telecom.js';
import { COVERAGE_LEVELS, type CoverageLevel } from '../../src/domain/coverage-level.js';
import type { EngineGeometryExport } from '../../src/analysis/engine/geometry-export.js';
import { OP_SETS, type AreaResult, type EngineLevel, type OpSet } from '../../src/analysis/engine/types.js';

/**
 * How PostGIS computes the covered area.
 * - `per-area`: for each area and (tech, op set), `ST_Area(ST_Intersection(area, ST_Union(footprints
 *   intersecting the area)))`.
 * - `global-union`: `ST_Union` of all footprints per (tech, op set) once, cut by `ST_Subdivide` into disjoint
 *   small parts under a GiST index, then per area the sum of `ST_Area(ST_Intersection(area, part))`.
 */
export type PostgisStrategy = 'per-area' | 'global-union';

export type PostgisOptions = {
  /** The psql command, split on spaces (e.g. `runuser -u postgres -- psql`). @default 'psql' (or $PSQL) */
  psql: string;
  /** Database to connect to; it must allow `CREATE EXTENSION postgis` or have it. @default $PGDATABASE or 'coverage' */
  db: string;
  /** @default 'global-union' (the faster one on the Hà Nội data) */
  strategy: PostgisStrategy;
};

export const POSTGIS_DEFAULTS: Readonly<PostgisOptions> = {
  psql: process.env.PSQL ?? 'psql',
  db: process.env.PGDATABASE ?? 'coverage',
  strategy: 'global-union',
};

/** Covered m² per coverage level, technology and operator set. */
export type CoveredM2 = Record<CoverageLevel, Record<Technology, Record<OpSet, number>>>;

export type PostgisRun = {
  /** Loading (COPY), GiST indexes and ANALYZE, ms, server clock. */
  loadMs: number;
  /** The coverage computation alone, ms, server clock (`clock_timestamp()` differences). */
  computeMs: number;
  strategy: PostgisStrategy;
  /** Covered m² by `${level}|${id}`; every exported area is present (0 where nothing covers it). */
  results: Map<string, CoveredM2>;
};

const COMPUTE_SQL: Record<PostgisStrategy, string> = {
  'per-area': `
CREATE TEMP TABLE res AS
SELECT a.gid, l.level, t.tech, o.op,
  (SELECT ST_Area(ST_Intersection(a.geom, ST_Union(f.geom))) FROM fps f
    WHERE f.level = l.level AND f.tech = t.tech AND (o.op = 'any' OR f.op = o.op) AND ST_Intersects(a.geom, f.geom)) AS m2
FROM areas a, (VALUES ${COVERAGE_LEVELS.map((l) => `('${l}')`).join(', ')}) l(level),
  (VALUES ${TECHNOLOGIES.map((t) => `('${t}')`).join(', ')}) t(tech), (VALUES ${OP_SETS.map((o) => `('${o}')`).join(', ')}) o(op);`,
  'global-union': `
CREATE TEMP TABLE u AS
SELECT level, tech, op, ST_Subdivide(ST_Union(geom), 256) AS geom FROM fps GROUP BY level, tech, op
UNION ALL SELECT level, tech, 'any', ST_Subdivide(ST_Union(geom), 256) FROM fps GROUP BY level, tech;
CREATE INDEX ON u USING gist (geom);
ANALYZE u;
CREATE TEMP TABLE res AS
SELECT a.gid, u.level, u.tech, u.op, SUM(ST_Area(ST_Intersection(a.geom, u.geom))) AS m2
FROM areas a JOIN u ON ST_Intersects(a.geom, u.geom) GROUP BY a.gid, u.level, u.tech, u.op;`,
};

function argv(opts: PostgisOptions): [string, string[]] {
  const [cmd, ...pre] = opts.psql.split(/\s+/).filter(Boolean);
  return [cmd ?? 'psql', [...pre, '-X', '-q', '-A', '-t', '-F', '\t', '-v', 'ON_ERROR_STOP=1', '-d', opts.db]];
}

/** Why PostGIS cannot be used here, or null when it can. */
function unavailable(opts: PostgisOptions): string | null {
  const [cmd, args] = argv(opts);
  const probe = spawnSync(
    cmd,
    [...args, '-c', 'CREATE EXTENSION IF NOT EXISTS postgis; SELECT postgis_full_version();'],
    { encoding: 'utf8' },
  );
  if (probe.error) return `cannot run ${opts.psql}: ${probe.error.message}`;
  if (probe.status !== 0) return `PostGIS is not available in database "${opts.db}": ${probe.stderr.trim()}`;
  return null;
}

const clean = (s: string) => s.replace(/[\t\n\\]/g, ' ');

/** The whole psql session: load, index, time the computation, print tagged rows. */
function script(exp: EngineGeometryExport, strategy: PostgisStrategy): string {
  const now = 'extract(epoch FROM clock_timestamp()) * 1000';
  const parts = [
    'SET client_min_messages = warning;',
    'CREATE TEMP TABLE areas (gid int PRIMARY KEY, level text, id text, geom geometry);',
    'CREATE TEMP TABLE fps (op text, tech text, level text, geom geometry);',
    `SELECT ${now} AS t0 \\gset`,
    'COPY areas FROM STDIN;',
    ...exp.areas.map((a, i) => `${i}\t${clean(a.level)}\t${clean(a.id)}\tSRID=0;${a.wkt}`),
    '\\.',
    'COPY fps FROM STDIN;',
    ...exp.footprints.map((f) => `${clean(f.operator)}\t${f.tech}\t${f.level}\tSRID=0;${f.wkt}`),
    '\\.',
    'CREATE INDEX ON areas USING gist (geom);',
    'CREATE INDEX ON fps USING gist (geom);',
    'ANALYZE areas; ANALYZE fps;',
    `SELECT ${now} AS t1 \\gset`,
    COMPUTE_SQL[strategy],
    `SELECT 'T', :t1 - :t0, ${now} - :t1;`,
    "SELECT 'R', r.gid, r.level, r.tech, r.op, r.m2 FROM res r WHERE r.m2 IS NOT NULL;",
  ];
  return parts.join('\n') + '\n';
}

/**
 * Covered m² of every exported area per technology and operator set, computed by PostGIS. Returns null (and
 * prints why) when psql or PostGIS is missing; rejects only when a query fails on available PostGIS.
 */
export async function postgisCoverage(
  exp: EngineGeometryExport,
  options: Partial<PostgisOptions> = {},
): Promise<PostgisRun | null> {
  const opts = { ...POSTGIS_DEFAULTS, ...options };
  const why = unavailable(opts);
  if (why !== null) {
    console.log(`PostGIS check skipped: ${why}`);
    return null;
  }
  const [cmd, args] = argv(opts);
  const child = spawn(cmd, args, { stdio: ['pipe', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stdout.setEncoding('utf8').on('data', (d: string) => (out += d));
  child.stderr.setEncoding('utf8').on('data', (d: string) => (err += d));
  const done = new Promise<number>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve(code ?? 1));
  });
  child.stdin.end(script(exp, opts.strategy));
  const code = await done;
  if (code !== 0) throw new Error(`psql exited with ${code}: ${err.trim()}`);

  const results = new Map<string, CoveredM2>();
  const zero = (): CoveredM2 =>
    Object.fromEntries(
      COVERAGE_LEVELS.map((l) => [
        l,
        Object.fromEntries(TECHNOLOGIES.map((t) => [t, Object.fromEntries(OP_SETS.map((o) => [o, 0]))])),
      ]),
    ) as CoveredM2;
  for (const a of exp.areas) results.set(`${a.level}|${a.id}`, zero());
  let loadMs = NaN;
  let computeMs = NaN;
  for (const line of out.split('\n')) {
    const f = line.split('\t');
    if (f[0] === 'T') [loadMs, computeMs] = [Number(f[1]), Number(f[2])];
    if (f[0] !== 'R') continue;
    const a = exp.areas[Number(f[1])]!;
    results.get(`${a.level}|${a.id}`)![f[2] as CoverageLevel][f[3] as Technology][f[4] as OpSet] = Number(f[5]);
  }
  return { loadMs, computeMs, strategy: opts.strategy, results };
}

/**
 * One comparison: percent covered (0–100) by the engine and by PostGIS, the absolute difference in percentage
 * points, and the signed difference engine − PostGIS in m².
 */
export type CoverageDiff = {
  level: EngineLevel;
  id: string;
  coverage: CoverageLevel;
  tech: Technology;
  op: OpSet;
  engine: number;
  postgis: number;
  diffPp: number;
  diffM2: number;
};

/** Per level: number of comparisons, largest and mean absolute difference (percentage points), worst cases. */
export type LevelComparison = {
  level: EngineLevel;
  count: number;
  maxPp: number;
  meanPp: number;
  worst: CoverageDiff[];
};

/**
 * Compares the engine's percent covered with PostGIS's, both over the engine's area (`100 * m² / areaKm2·1e6`).
 * Areas PostGIS did not see are skipped.
 */
export function compareWithPostgis(engine: readonly AreaResult[], run: PostgisRun, worstN = 5): LevelComparison[] {
  const byLevel = new Map<EngineLevel, CoverageDiff[]>();
  for (const r of engine) {
    const pg = run.results.get(`${r.level}|${r.id}`);
    if (!pg || r.areaKm2 <= 0) continue;
    const list = byLevel.get(r.level) ?? (byLevel.set(r.level, []).get(r.level) as CoverageDiff[]);
    for (const coverage of COVERAGE_LEVELS)
      for (const tech of TECHNOLOGIES)
        for (const op of OP_SETS) {
          const mine = r.byLevel[coverage][tech][op];
          const theirs = pg[coverage][tech][op];
          const postgis = (100 * theirs) / (r.areaKm2 * 1e6);
          const diffPp = Math.abs(mine.percent - postgis);
          const diffM2 = mine.coveredKm2 * 1e6 - theirs;
          list.push({ level: r.level, id: r.id, coverage, tech, op, engine: mine.percent, postgis, diffPp, diffM2 });
        }
  }
  return [...byLevel].map(([level, list]) => ({
    level,
    count: list.length,
    maxPp: list.reduce((m, d) => Math.max(m, d.diffPp), 0),
    meanPp: list.length > 0 ? list.reduce((s, d) => s + d.diffPp, 0) / list.length : 0,
    worst: [...list].sort((a, b) => b.diffPp - a.diffPp).slice(0, worstN),
  }));
}
