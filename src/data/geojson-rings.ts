/**
 * Ring and line repair of one geometry for the GeoJSON layer checks (`./geojson-input.ts`): closing, duplicate
 * vertices, winding (RFC 7946 §3.1.6), short rings and lines, empty parts, holes outside their exterior ring and
 * self-intersection. Drops a bad part with a warning where the module comment of `./geojson-input.ts` allows it,
 * else fails with the first problem. Positions are `[lng, lat]` degrees.
 */
import type { Position } from 'geojson';
import type { RepairCounts } from '../domain/report.js';
import type { Bilingual } from './import/issue.js';
import {
  EMPTY_RULE,
  HOLE_RULE,
  LINE_RULE,
  RING_RULE,
  dropped,
  formatPosition,
  nothingLeft,
  plural,
  problem,
  roundPosition,
  type Problem,
} from './geojson-messages.js';
import {
  checkRingSimple,
  dedupeLine,
  holeSide,
  repairRing,
  ringSignedArea,
  type RingCheck,
} from './geojson-ring-geometry.js';
import type { GeometryType } from './geojson-spec.js';

/** The repaired coordinates with their warnings and repair counts, or the problem that rejects the geometry. */
export type Repaired =
  { ok: true; coordinates: unknown; warnings: Problem[]; repairs: RepairCounts } | { ok: false; problem: Problem };

/** Repairs rings and lines of structurally valid, in-extent coordinates; fails on the first bad ring or line. */
export function repairCoordinates(type: GeometryType, coordinates: unknown, checkSelf: boolean): Repaired {
  const repairs: RepairCounts = { duplicateVertices: 0, ringsClosed: 0, ringsRewound: 0 };
  const warnings: Problem[] = [];
  if (type === 'Polygon' || type === 'MultiPolygon') {
    const multi = type === 'MultiPolygon';
    const polygons = (multi ? coordinates : [coordinates]) as Position[][][];
    const out: Position[][][] = [];
    const partDrops: Problem[] = [];
    for (let p = 0; p < polygons.length; p++) {
      const polygon = polygons[p]!;
      const ringName = (r: number): Bilingual =>
        multi ? { en: `polygon ${p} ring ${r}`, vi: `đa giác ${p} vòng ${r}` } : { en: `ring ${r}`, vi: `vòng ${r}` };
      const partName = { en: `polygon ${p}`, vi: `đa giác ${p}` };
      const thatRing = { en: 'that ring', vi: 'vòng đó' };
      if (polygon.length === 0) {
        partDrops.push(
          dropped('coordinates-empty', { en: `polygon ${p} is empty`, vi: `đa giác ${p} trống` }, partName, EMPTY_RULE),
        );
        continue;
      }
      const rings: Position[][] = [];
      const ringCounts: RepairCounts = { duplicateVertices: 0, ringsClosed: 0, ringsRewound: 0 };
      const ringDrops: Problem[] = [];
      let partDropped: Problem | null = null;
      for (let r = 0; r < polygon.length && partDropped === null; r++) {
        const name = ringName(r);
        const input = polygon[r]!;
        if (input.length === 0) {
          const what = { en: `${name.en} is empty`, vi: `${name.vi} trống` };
          if (r === 0) partDropped = dropped('coordinates-empty', what, partName, EMPTY_RULE);
          else ringDrops.push(dropped('coordinates-empty', what, thatRing, EMPTY_RULE));
          continue;
        }
        const fixed = repairRing(input);
        if (fixed.ring.length < 4) {
          const n = fixed.ring.length;
          const what = {
            en: `${name.en} has ${plural(n, 'position')} after repair`,
            vi: `${name.vi} còn ${n} vị trí sau khi sửa`,
          };
          if (r > 0) ringDrops.push(dropped('ring-too-few-positions', what, thatRing, RING_RULE));
          else if (multi) partDropped = dropped('ring-too-few-positions', what, partName, RING_RULE);
          else return { ok: false, problem: problem('ring-too-few-positions', what, RING_RULE) };
          continue;
        }
        if (checkSelf) {
          const check = checkRingSimple(fixed.ring);
          const cross = selfIntersectionProblem(name, check);
          if (cross !== null) return { ok: false, problem: cross };
          const touch = selfTouchProblem(name, check);
          if (touch !== null) ringDrops.push(touch);
        }
        if (r > 0 && rings.length > 0) {
          const side = holeSide(fixed.ring, rings[0]!);
          const shell = ringName(0);
          if (side === 'crosses') {
            const what = {
              en: `${name.en} has positions both inside and outside ${shell.en}`,
              vi: `${name.vi} có vị trí cả trong lẫn ngoài ${shell.vi}`,
            };
            return { ok: false, problem: problem('hole-crosses-exterior', what, HOLE_RULE) };
          }
          if (side === 'outside') {
            const what = { en: `${name.en} lies outside ${shell.en}`, vi: `${name.vi} nằm ngoài ${shell.vi}` };
            const why = {
              en: `${HOLE_RULE.en}; kept, it would count as area`,
              vi: `${HOLE_RULE.vi}; nếu giữ, nó sẽ bị tính thành diện tích`,
            };
            ringDrops.push(dropped('hole-outside', what, thatRing, why));
            continue;
          }
        }
        const area = ringSignedArea(fixed.ring);
        if (area !== 0 && area > 0 !== (r === 0)) {
          fixed.ring.reverse();
          ringCounts.ringsRewound++;
        }
        ringCounts.duplicateVertices += fixed.removed;
        if (fixed.closed) ringCounts.ringsClosed++;
        rings.push(fixed.ring);
      }
      if (partDropped !== null) {
        partDrops.push(partDropped);
        continue;
      }
      warnings.push(...ringDrops);
      repairs.duplicateVertices += ringCounts.duplicateVertices;
      repairs.ringsClosed += ringCounts.ringsClosed;
      repairs.ringsRewound += ringCounts.ringsRewound;
      out.push(rings);
    }
    if (out.length === 0) return { ok: false, problem: nothingLeft(partDrops[0]!, { en: 'polygon', vi: 'đa giác' }) };
    warnings.push(...partDrops);
    return { ok: true, coordinates: multi ? out : out[0], warnings, repairs };
  }
  if (type === 'LineString' || type === 'MultiLineString') {
    const multi = type === 'MultiLineString';
    const lines = (multi ? coordinates : [coordinates]) as Position[][];
    const out: Position[][] = [];
    const drops: Problem[] = [];
    for (let l = 0; l < lines.length; l++) {
      const input = lines[l]!;
      const name = multi ? { en: `line ${l}`, vi: `đường ${l}` } : { en: 'line', vi: 'đường' };
      const thatLine = { en: `line ${l}`, vi: `đường ${l}` };
      if (input.length === 0) {
        drops.push(
          dropped('coordinates-empty', { en: `${name.en} is empty`, vi: `${name.vi} trống` }, thatLine, EMPTY_RULE),
        );
        continue;
      }
      const { line, removed } = dedupeLine(input);
      if (line.length < 2) {
        const what = {
          en: `${name.en} has ${plural(line.length, 'position')} after repair`,
          vi: `${name.vi} còn ${line.length} vị trí sau khi sửa`,
        };
        if (!multi) return { ok: false, problem: problem('line-too-few-positions', what, LINE_RULE) };
        drops.push(dropped('line-too-few-positions', what, thatLine, LINE_RULE));
        continue;
      }
      repairs.duplicateVertices += removed;
      out.push(line);
    }
    if (out.length === 0) return { ok: false, problem: nothingLeft(drops[0]!, { en: 'line', vi: 'đường' }) };
    warnings.push(...drops);
    return { ok: true, coordinates: multi ? out : out[0], warnings, repairs };
  }
  return { ok: true, coordinates, warnings, repairs };
}

const SELF_INTERSECTION_RULE: Bilingual = {
  en: 'a polygon ring must not cross or overlap itself (OGC Simple Features)',
  vi: 'một vòng của đa giác không được tự cắt hay tự chồng lên chính nó (OGC Simple Features)',
};

/** The `ring-self-intersection` error of a ring named `name`, or null when it has no intersection. */
function selfIntersectionProblem(name: Bilingual, check: RingCheck): Problem | null {
  const first = check.intersections[0];
  if (first === undefined) return null;
  const at = formatPosition(roundPosition(first.at));
  const n = check.intersections.length - 1;
  const more = n > 0 ? { en: ` (and ${n} more)`, vi: ` (và ${n} chỗ khác)` } : { en: '', vi: '' };
  const what =
    first.kind === 'cross'
      ? { en: `${name.en} crosses itself near ${at}${more.en}`, vi: `${name.vi} tự cắt gần ${at}${more.vi}` }
      : first.kind === 'overlap'
        ? {
            en: `${name.en} overlaps itself along a segment near ${at}${more.en}`,
            vi: `${name.vi} tự chồng lên chính nó dọc một đoạn gần ${at}${more.vi}`,
          }
        : {
            en: `${name.en} doubles back on itself at ${at}${more.en}`,
            vi: `${name.vi} quay ngược lại trên chính nó tại ${at}${more.vi}`,
          };
  return problem('ring-self-intersection', what, SELF_INTERSECTION_RULE);
}

/** The `ring-self-touch` warning of a ring named `name`, or null when it does not touch itself. */
function selfTouchProblem(name: Bilingual, check: RingCheck): Problem | null {
  const first = check.touches[0];
  if (first === undefined) return null;
  const n = check.touches.length - 1;
  const more = n > 0 ? { en: ` (and ${n} more)`, vi: ` (và ${n} chỗ khác)` } : { en: '', vi: '' };
  const at = formatPosition(roundPosition(first));
  return problem(
    'ring-self-touch',
    { en: `${name.en} touches itself at ${at}${more.en}`, vi: `${name.vi} tự chạm vào chính nó tại ${at}${more.vi}` },
    {
      en: 'accepted: a ring may touch itself at a point without crossing',
      vi: 'chấp nhận: một vòng có thể tự chạm tại một điểm mà không cắt qua',
    },
  );
}
