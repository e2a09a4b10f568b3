/**
 * The worker's named lines (issue #17, "Coverage along roads"): roads, railways and metro lines found by name, with
 * their length and covered length per technology and operator set at a coverage level, over the whole line and per
 * area it crosses (analysis/line-coverage.ts). Two kinds of sets: the built-in one (`named-lines.json` of the data
 * folder, the 2017 central OSM streets; none when the file is absent) and the line files the planner imports
 * (GeoJSON or FlatGeobuf, data/import/line-file.ts), kept in the worker while it runs; importing a file of the same
 * name again replaces its set.
 *
 * The coverage is the engine's at the map's date, plan candidates included, as the map's coverage along roads
 * (measure-tiles.ts): `CoverageEngine.coveredByTile` for each technology and operator set, asked once per coverage
 * level and kept (both levels) until the coverage changes. A change is told by the engine object and its city
 * result (the engine builds a new result object whenever any tile is recomputed: a plan edit, a date, an import,
 * parameters). The first question at a level draws the 10 technology × operator sets (2–5 s on the shipped
 * 12,500 sites, Node, a busy 2-core machine); later ones cut the line against the tiles near it only (2–150 ms).
 */
import type { MultiLineString, MultiPolygon } from 'geojson';
import {
  CoverIndex,
  lineAreaSets,
  lineCoverage,
  prepareLine,
  type LineAreaSet,
  type LineCoverage,
  type PreparedLine,
} from '../analysis/line-coverage.js';
import type { PlanarShape } from '../analysis/planar.js';
import { OP_SETS, type OpSet } from '../analysis/engine/types.js';
import { importLineFile, type LineFileReport } from '../data/import/line-file.js';
import type { LineKindChoice } from '../data/import/line-import.js';
import type { DataSource } from '../data/load-layers.js';
import { loadNamedLines } from '../data/named-lines-file.js';
import type { CoverageLevel } from '../domain/coverage-level.js';
import type { BBox } from '../domain/geo.js';
import { BUILT_IN_SET, type LineKind, type NamedLine } from '../domain/named-line.js';
import type { DataIssue } from '../domain/report.js';
import { TECHNOLOGIES, type Site, type Technology } from '../domain/telecom.js';
import type { Handlers } from './rpc.js';
import type { LineSetStore } from './named-lines-store.js';
import { errorMessage } from '../domain/errors.js';

/** A named line as the search box lists it (no geometry): what to show, find and fly to. */
export type NamedLineEntry = {
  /** `<set>/<n>`: the line's id while its set is kept. */
  id: string;
  name: string;
  kind: LineKind;
  /** OSM classes met (`primary`, `rail`, …), sorted. */
  classes: string[];
  /** Features the line is made of. */
  segments: number;
  /** Geodesic length of the whole line, km. */
  km: number;
  /** Bounds, `[minLng, minLat, maxLng, maxLat]` degrees. */
  bbox: BBox;
  /** Its set: {@link BUILT_IN_SET} or `import-<n>`; and the file it came from (the built-in file's source text). */
  set: string;
  source: string;
};

/** What an import answers: the set made (null when the file gave no line), its lines and the import's messages. */
export type LinesImported = {
  setId: string | null;
  lines: NamedLineEntry[];
  /** Features taken, of the features in the file (the others have an error each in `issues`). */
  accepted: number;
  features: number;
  issues: DataIssue[];
  /** How the file was read (format, text encoding, coordinate system and why); null when it could not be read. */
  read: LineFileReport | null;
};

/** The figures of one line: see `LineCoverage` (km, covered km per technology × operator set, per area). */
export type LineFiguresAnswer = LineCoverage & {
  line: NamedLineEntry;
  /** The line's geometry, `[lng, lat]` degrees, to draw it. */
  geometry: MultiLineString;
  /** Whether any site in use is sample data (the answer says the model runs on sample sites). */
  sample: boolean;
  /** Time to draw the covered tiles for this level (0 when kept), and to measure the line, ms. */
  buildMs: number;
  measureMs: number;
};

/** The worker methods of named lines (joined to the coverage API, protocol.ts). */
export type NamedLinesApi = {
  /** Reads a line file and keeps its named lines (a file of the same name is replaced); nothing else changes. */
  importLines: { args: [file: Blob, name: string, kind: LineKindChoice]; result: LinesImported };
  /** Forgets an imported set; answers every line left. */
  removeLines: { args: [setId: string]; result: NamedLineEntry[] };
  /** Every named line, built-in first, then the imported sets in import order, each by name. */
  lineNames: { args: []; result: NamedLineEntry[] };
  /** The saved imported sets that could not be read back (each skipped), once read. */
  savedLineIssues: { args: []; result: DataIssue[] };
  /** The figures of a line at a coverage level, with its areas when `byArea`. */
  lineFigures: { args: [id: string, level: CoverageLevel, byArea: boolean]; result: LineFiguresAnswer };
};

/** What the handler reads of the engine (a `CoverageEngine` is one). */
export interface LineEngine {
  coveredByTile(tech: Technology, op: OpSet, level: CoverageLevel): MultiPolygon[];
  readonly areaIndex: { readonly areas: readonly { level: string; id: string; shape: PlanarShape }[] };
  results(level: 'city'): readonly object[];
}

/** What the handler reads of the coverage service (a `CoverageService` is one). */
export interface LineService {
  readonly sites: readonly Site[];
  requireEngine(): LineEngine;
}

/** The error of a line id no set holds, in both languages (the worker's reply carries `vi`). */
export class UnknownLineError extends Error {
  readonly vi: string;
  constructor(id: string) {
    super(`no named line has the id "${id}" — its file may have been removed or imported again`);
    this.vi = `không có tuyến nào mang mã "${id}" — tệp của tuyến có thể đã bị gỡ hoặc được nhập lại`;
    this.name = 'UnknownLineError';
  }
}

type LineSet = { id: string; source: string; lines: NamedLine[]; entries: NamedLineEntry[] };

/**
 * The named-line handlers over `service`: `loaded` waits for the first analysis (and a running suggestion) and
 * gives the data folder the built-in lines are read from, once.
 */
export function namedLinesHandlers(
  service: LineService,
  loaded: () => Promise<{ source: DataSource }>,
  store: LineSetStore | null = null,
): Handlers<NamedLinesApi> {
  const imported: LineSet[] = [];
  // The sets saved by an earlier page or worker, read back once before anything else touches the list.
  let restored: Promise<DataIssue[]> | null = null;
  const restore = (): Promise<DataIssue[]> =>
    (restored ??= (store?.load() ?? Promise.resolve({ sets: [], issues: [] })).then(({ sets, issues }) => {
      for (const s of sets) imported.push(setOf(s.id, s.source, s.lines));
      nextImport = Math.max(nextImport, ...sets.map((s) => Number(s.id.slice('import-'.length)) + 1));
      return issues;
    }));
  const save = () => store?.save(imported.map(({ id, source, lines }) => ({ id, source, lines })));
  let builtIn: Promise<LineSet | null> | null = null;
  let nextImport = 1;
  const prepared = new WeakMap<NamedLine, PreparedLine>();
  let cover: { engine: LineEngine; city: object; byLevel: Map<CoverageLevel, Map<string, CoverIndex>> } | null = null;
  let areas: { engine: LineEngine; sets: LineAreaSet[] } | null = null;

  const builtInSet = (): Promise<LineSet | null> => {
    builtIn ??= loaded()
      .then(({ source }) => loadNamedLines(source))
      .then((file) => (file ? setOf(BUILT_IN_SET, file.source, file.lines) : null));
    // A failed read is tried again on the next question.
    builtIn.catch(() => (builtIn = null));
    return builtIn;
  };
  const all = async (): Promise<LineSet[]> => {
    await restore();
    const b = await builtInSet();
    return b ? [b, ...imported] : [...imported];
  };

  return {
    async importLines(_ctx, file, name, kind) {
      const result = await importLineFile(file, name, kind);
      await restore();
      const { accepted, features, issues, report: read } = result;
      const at = imported.findIndex((s) => s.source === name);
      if (at >= 0) imported.splice(at, 1);
      const set = result.lines.length === 0 ? null : setOf(`import-${nextImport++}`, name, result.lines);
      if (set) imported.push(set);
      if (set || at >= 0) await save()?.catch((err: unknown) => issues.push(notSaved(name, err)));
      return set
        ? { setId: set.id, lines: set.entries, accepted, features, issues, read }
        : { setId: null, lines: [], accepted, features, issues, read };
    },
    async removeLines(_ctx, setId) {
      await restore();
      const at = imported.findIndex((s) => s.id === setId);
      if (at >= 0) imported.splice(at, 1);
      if (at >= 0) await save();
      return (await all()).flatMap((s) => s.entries);
    },
    async lineNames() {
      return (await all()).flatMap((s) => s.entries);
    },
    savedLineIssues: () => restore(),
    async lineFigures(_ctx, id, level, byArea) {
      const sets = await all();
      const [setId, n] = [id.slice(0, id.lastIndexOf('/')), Number(id.slice(id.lastIndexOf('/') + 1))];
      const set = sets.find((s) => s.id === setId);
      const line = set?.lines[n];
      if (!set || !line) throw new UnknownLineError(id);
      await loaded();
      const engine = service.requireEngine();
      const t0 = performance.now();
      const city = engine.results('city')[0]!;
      if (!cover || cover.engine !== engine || cover.city !== city) cover = { engine, city, byLevel: new Map() };
      let byCombo = cover.byLevel.get(level);
      if (!byCombo) cover.byLevel.set(level, (byCombo = new Map()));
      const tiles = byCombo;
      let p = prepared.get(line);
      if (!p) prepared.set(line, (p = prepareLine(line.geometry)));
      const near = p.bbox;
      const indexOf = (tech: Technology, op: OpSet): CoverIndex => {
        let index = tiles.get(`${tech}|${op}`);
        if (!index) tiles.set(`${tech}|${op}`, (index = new CoverIndex(engine.coveredByTile(tech, op, level))));
        return index;
      };
      if (byArea && areas?.engine !== engine) areas = { engine, sets: lineAreaSets(engine.areaIndex.areas) };
      // Drawing the covered tiles is the cost of a new coverage; measuring is the line's own.
      for (const tech of TECHNOLOGIES) for (const op of OP_SETS) indexOf(tech, op);
      const t1 = performance.now();
      const figures = lineCoverage(p, (tech, op) => indexOf(tech, op).near(near), level, byArea ? areas!.sets : null);
      return {
        ...figures,
        line: set.entries[n]!,
        geometry: line.geometry,
        sample: service.sites.some((s) => s.sample),
        buildMs: t1 - t0,
        measureMs: performance.now() - t1,
      };
    },
  };
}

/** The warning of an import kept only until the page is closed: the browser's storage refused it. */
function notSaved(file: string, err: unknown): DataIssue {
  const why = errorMessage(err);
  return {
    severity: 'warning',
    rule: 'persist-named-lines',
    file,
    index: null,
    key: null,
    message: `${file}: its lines could not be saved in the browser (${why}); they are kept until this page is closed`,
    vi: `${file}: không lưu được các tuyến vào trình duyệt (${why}); chúng chỉ được giữ đến khi đóng trang này`,
  };
}

/** A set of lines with their entries. */
function setOf(id: string, source: string, lines: NamedLine[]): LineSet {
  const entries = lines.map((l, i) => ({
    id: `${id}/${i}`,
    name: l.name,
    kind: l.kind,
    classes: l.classes,
    segments: l.segments,
    km: l.lengthM / 1000,
    bbox: bboxOf(l.geometry),
    set: id,
    source,
  }));
  return { id, source, lines, entries };
}

/** Bounds of a MultiLineString, degrees. */
function bboxOf(g: MultiLineString): BBox {
  const b: BBox = [Infinity, Infinity, -Infinity, -Infinity];
  for (const line of g.coordinates)
    for (const [lng, lat] of line) {
      b[0] = Math.min(b[0], lng!);
      b[1] = Math.min(b[1], lat!);
      b[2] = Math.max(b[2], lng!);
      b[3] = Math.max(b[3], lat!);
    }
  return b;
}
