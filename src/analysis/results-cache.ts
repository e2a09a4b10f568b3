/**
 * The service's figures that do not come from the coverage sums (mean speeds, cable lengths, the priority
 * zones of each area), kept between calls so that a step of the time slider does not find every test and
 * street in the areas again. Where a test stands and how a street divides among the areas are measured once
 * per position (the first answer is kept for good, as the service always did), then found by the feature's
 * own object; the sums run over the features in their order, so the figures are the same to the last bit.
 */
import type { Feature, FeatureCollection, LineString, MultiPolygon, Point, Polygon, Position } from 'geojson';
import type { CableStatus, SpeedTestProps, Technology } from '../domain/telecom.js';
import type { CoverageEngine } from './engine/engine.js';
import { cableByAreaKeys, speedByAreaKeys, type AreaKey, type CableFigure, type SpeedFigure } from './targets.js';

type Cable = Feature<LineString, { status: CableStatus }>;
type Test = Feature<Point, SpeedTestProps>;
type CablePieces = readonly { key: AreaKey; lengthM: number }[];

/** Dates the figures are kept for (the time slider goes back and forth over a few years of quarters). */
const RECENT_INPUTS = 24;

const sameList = <T>(a: readonly T[], b: readonly T[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/** The figures of the last few inputs: the same features in the same order give the same figures. */
class Recent<I, O> {
  private readonly items: { input: readonly I[]; output: O }[] = [];

  get(input: readonly I[], make: () => O): O {
    const i = this.items.findIndex((x) => sameList(x.input, input));
    const hit = i >= 0 ? this.items.splice(i, 1)[0]! : { input, output: make() };
    this.items.unshift(hit);
    if (this.items.length > RECENT_INPUTS) this.items.pop();
    return hit.output;
  }
}

/** Speeds, cables and zones per area for one engine (its areas; a grid level added calls `forgetAreas`). */
export class TargetsCache {
  /** Keys of the areas containing a position, by `${lng},${lat}` and by test feature. */
  private readonly located = new Map<string, readonly AreaKey[]>();
  private readonly locatedByTest = new WeakMap<Test, readonly AreaKey[]>();
  /** A street segment's length in each area, by first and last positions and vertex count, and by coordinates. */
  private readonly lengths = new Map<string, CablePieces>();
  private readonly lengthsByLine = new WeakMap<readonly Position[], CablePieces>();
  private readonly recentSpeeds = new Recent<Test, Record<string, Record<Technology, SpeedFigure>>>();
  private readonly recentCables = new Recent<Cable, Record<string, CableFigure>>();
  private zonesIn: { zones: FeatureCollection; byArea: Record<string, string[]> } | null = null;

  constructor(private readonly engine: CoverageEngine) {}

  /** Mean download per area and technology (see `speedByArea`), keyed `${level}|${id}`. */
  speeds(tests: readonly Test[]): Record<string, Record<Technology, SpeedFigure>> {
    return this.recentSpeeds.get(tests, () => Object.fromEntries(speedByAreaKeys(tests, (t) => this.areasOf(t))));
  }

  private areasOf(test: Test): readonly AreaKey[] {
    let v = this.locatedByTest.get(test);
    if (v) return v;
    const [lng, lat] = test.geometry.coordinates as [number, number];
    const key = `${lng},${lat}`;
    v = this.located.get(key);
    if (!v) this.located.set(key, (v = this.engine.locate(lng, lat).map((a): AreaKey => `${a.level}|${a.id}`)));
    this.locatedByTest.set(test, v);
    return v;
  }

  /** Underground-cable km per area and status (see `cableByArea`), keyed `${level}|${id}`. */
  cables(cables: readonly Cable[]): Record<string, CableFigure> {
    return this.recentCables.get(cables, () =>
      Object.fromEntries(cableByAreaKeys(cables, (c) => this.piecesOf(c.geometry.coordinates))),
    );
  }

  private piecesOf(coords: readonly Position[]): CablePieces {
    let v = this.lengthsByLine.get(coords);
    if (v) return v;
    const key = JSON.stringify(coords[0]) + JSON.stringify(coords[coords.length - 1]) + coords.length;
    v = this.lengths.get(key);
    if (!v)
      this.lengths.set(
        key,
        (v = this.engine
          .lineLengthByArea(coords)
          .map((p) => ({ key: `${p.level}|${p.id}` as const, lengthM: p.lengthM }))),
      );
    this.lengthsByLine.set(coords, v);
    return v;
  }

  /** Priority zones whose centre (`lng`, `lat` properties) lies in each area (area key → zone ids), once per collection. */
  zonesInArea(zones: FeatureCollection<Polygon | MultiPolygon>): Record<string, string[]> {
    if (this.zonesIn?.zones === zones) return this.zonesIn.byArea;
    const byArea: Record<string, string[]> = {};
    for (const f of zones.features) {
      const p = f.properties ?? {};
      for (const a of this.engine.locate(Number(p.lng), Number(p.lat))) {
        if (a.level === 'zone') continue;
        (byArea[`${a.level}|${a.id}`] ??= []).push(String(p.id));
      }
    }
    this.zonesIn = { zones, byArea };
    return byArea;
  }

  /** After the engine gains areas (a grid level): the zones are found in them again on the next call. */
  forgetAreas(): void {
    this.zonesIn = null;
  }
}
