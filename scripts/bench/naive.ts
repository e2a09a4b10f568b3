/**
 * The naive baseline the engine is measured against: union every footprint of an operator and
 * technology across the whole city, then intersect that union with each area (the same footprint polygons,
 * the same Clipper2 library, no tiling).
 */
import { Clipper, FillRule, type Paths64 } from 'clipper2-ts';
import type { EngineGeometryExport } from '../../src/analysis/engine/geometry-export.js';
import { OP_SETS } from '../../src/analysis/engine/types.js';
import { TECHNOLOGIES } from '../../src/domain/telecom.js';
import { COVERAGE_LEVELS } from '../../src/domain/coverage-level.js';

const parse = (wkt: string): Paths64 =>
  [...wkt.matchAll(/\(([^()]+)\)/g)].map((m) =>
    m[1]!
      .split(',')
      .slice(0, -1)
      .map((pair) => {
        const [x, y] = pair.trim().split(' ').map(Number);
        return { x: Math.round(x! * 100), y: Math.round(y! * 100) };
      }),
  );

/**
 * Covered m² per area key `${level}|${id}` and `${coverage level}|${tech}|${op}`, and the time of the computation
 * alone: every coverage level, as the engine computes them.
 */
export function naiveCoverage(exp: EngineGeometryExport): { ms: number; covered: Map<string, Map<string, number>> } {
  const areas = exp.areas.map((a) => ({
    key: `${a.level}|${a.id}`,
    paths: Clipper.union(parse(a.wkt), FillRule.EvenOdd),
  }));
  const fps = exp.footprints.map((f) => ({ ...f, paths: parse(f.wkt) }));
  const t0 = performance.now();
  const covered = new Map<string, Map<string, number>>(areas.map((a) => [a.key, new Map()]));
  for (const level of COVERAGE_LEVELS)
    for (const tech of TECHNOLOGIES)
      for (const op of OP_SETS) {
        const mine = fps
          .filter((f) => f.level === level && f.tech === tech && (op === 'any' || f.operator === op))
          .flatMap((f) => f.paths);
        const union = Clipper.union(mine, FillRule.NonZero);
        for (const a of areas)
          covered
            .get(a.key)!
            .set(
              `${level}|${tech}|${op}`,
              Clipper.areaPaths(Clipper.intersect(a.paths, union, FillRule.NonZero)) / 1e4,
            );
      }
  return { ms: performance.now() - t0, covered };
}
