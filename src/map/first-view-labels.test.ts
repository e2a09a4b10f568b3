import { describe, expect, test } from 'vitest';
import type { Feature, FeatureCollection, Position } from 'geojson';
import type { FirstViewFrame } from './first-view-geometry.js';
import {
  DEFAULT_FIRST_VIEW_LABEL_OPTIONS,
  boxInside,
  boxesOverlap,
  firstViewLabels,
  labelBox,
  labelCandidates,
  placeLabels,
  type LabelBox,
} from './first-view-labels.js';

/** A frame `width` × `height` user units that scales degrees by 10 with no projection. */
const createFrame = (width = 1000, height = 1000): FirstViewFrame => ({
  width,
  height,
  project: (p) => [p[0]! * 10, p[1]! * 10],
});

/** A closed square ring from `[x, y]` (degrees, so × 10 in user units), `size` degrees a side. */
const square = (x: number, y: number, size: number): Position[] => [
  [x, y],
  [x + size, y],
  [x + size, y + size],
  [x, y + size],
  [x, y],
];

/** A unit named `name`, a square of `size` degrees at `[x, y]`, with an optional population. */
function createUnit(code: string, name: string, x: number, y: number, size: number, population?: number): Feature {
  return {
    type: 'Feature',
    geometry: { type: 'Polygon', coordinates: [square(x, y, size)] },
    properties: { code, name, ...(population === undefined ? {} : { population }) },
  };
}

const collection = (...features: Feature[]): FeatureCollection => ({ type: 'FeatureCollection', features });

const FONT = DEFAULT_FIRST_VIEW_LABEL_OPTIONS.fontSize;
const placedIds = (units: FeatureCollection, frame = createFrame()): string[] =>
  placeLabels(labelCandidates(units, frame), frame, FONT).map((l) => l.id);

describe('first view label placement', () => {
  // A 100-unit square at 100–200 and a 60-unit one beside it: their 11-letter names' boxes (160 units wide) overlap.
  const big = createUnit('big', 'Bắc Từ Liêm', 10, 10, 10);
  const small = createUnit('small', 'Nam Từ Liêm', 20, 10, 6);

  test('of two overlapping labels the larger unit keeps its name, whatever the input order', () => {
    expect(placedIds(collection(big, small))).toEqual(['big']);
    expect(placedIds(collection(small, big))).toEqual(['big']);
  });

  test('of two overlapping labels the more populous unit keeps its name, even when smaller', () => {
    const populous = createUnit('small', 'Nam Từ Liêm', 20, 10, 6, 200_000);
    expect(placedIds(collection(createUnit('big', 'Bắc Từ Liêm', 10, 10, 10, 100_000), populous))).toEqual(['small']);
  });

  test('each label sits at the pole of its unit, in user units', () => {
    const [c] = labelCandidates(collection(big), createFrame());
    expect(c!.x).toBeCloseTo(150, 0);
    expect(c!.y).toBeCloseTo(150, 0);
    expect(c!.room).toBeCloseTo(50, 0);
  });

  test('a label whose box leaves the frame is dropped', () => {
    // A 40-unit square at 250–290 in a 300-unit frame: "Ứng Hoà" is 7 × 0.7 × 20 + 6 = 104 units wide around 270.
    const frame = createFrame(300, 300);
    expect(placedIds(collection(createUnit('edge', 'Ứng Hoà', 25, 10, 4)), frame)).toEqual([]);
    expect(placedIds(collection(createUnit('inside', 'Ứng Hoà', 15, 10, 4)), frame)).toEqual(['inside']);
  });

  test('a unit with less room than the font needs gets no name', () => {
    // A 10-unit square: its pole is 5 units from the edges, under 0.6 × 20 = 12.
    expect(placedIds(collection(createUnit('tiny', 'Ô', 50, 50, 1)))).toEqual([]);
  });

  test('a unit without a name or without area gets no label', () => {
    const noArea: Feature = { type: 'Feature', geometry: null as never, properties: { code: 'x', name: 'Hà Đông' } };
    expect(placedIds(collection(createUnit('blank', ' ', 10, 10, 10), noArea))).toEqual([]);
  });

  test('every kept box lies in the frame and overlaps no other, over a crowded grid of units', () => {
    const frame = createFrame(600, 400);
    const names = ['Hà Đông', 'Sóc Sơn', 'Ba Vì', 'Hoàn Kiếm', 'Phúc Thọ', 'Mê Linh', 'Ô Diên', 'Đông Anh'];
    const units: Feature[] = [];
    let seed = 7;
    const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
    for (let i = 0; i < 120; i++)
      units.push(createUnit(`u${i}`, names[i % names.length]!, random() * 58, random() * 38, 2 + random() * 6));
    const kept = placeLabels(labelCandidates(collection(...units), frame), frame, FONT);
    expect(kept.length).toBeGreaterThan(3);
    expect(kept.length).toBeLessThan(units.length);
    const boxes: LabelBox[] = kept.map((l) => labelBox(l.name, l.x, l.y, FONT));
    for (const [i, b] of boxes.entries()) {
      expect(boxInside(b, frame.width, frame.height)).toBe(true);
      for (const other of boxes.slice(i + 1)) expect(boxesOverlap(b, other)).toBe(false);
    }
  });

  test('the small display shows a subset, each of its larger boxes in the frame and apart', () => {
    const units = collection(
      ...Array.from({ length: 30 }, (_, i) =>
        createUnit(`u${i}`, 'Đan Phượng', (i % 6) * 16, Math.floor(i / 6) * 16, 15),
      ),
    );
    const frame = createFrame();
    const labels = firstViewLabels(units, frame);
    const small = labels.filter((l) => l.small);
    expect(small.length).toBeGreaterThan(0);
    expect(small.length).toBeLessThan(labels.length);
    const size = DEFAULT_FIRST_VIEW_LABEL_OPTIONS.smallFontSize;
    const boxes = small.map((l) => labelBox(l.name, l.x, l.y, size));
    for (const [i, b] of boxes.entries()) {
      expect(boxInside(b, frame.width, frame.height)).toBe(true);
      for (const other of boxes.slice(i + 1)) expect(boxesOverlap(b, other)).toBe(false);
    }
  });
});

describe('label boxes', () => {
  test('a box is characters × 0.7 em wide and 1.2 em high, plus 0.15 em a side', () => {
    const [x0, y0, x1, y1] = labelBox('Ba Vì', 100, 50, 20);
    expect(x1 - x0).toBeCloseTo(5 * 14 + 6, 9);
    expect(y1 - y0).toBeCloseTo(24 + 6, 9);
    expect((x0 + x1) / 2).toBeCloseTo(100, 9);
    expect((y0 + y1) / 2).toBeCloseTo(50, 9);
  });

  test('a letter with its diacritics counts once, composed or not', () => {
    const composed = labelBox('Hoàn Kiếm', 0, 0, 20);
    expect(labelBox('Hoàn Kiếm'.normalize('NFD'), 0, 0, 20)).toEqual(composed);
    expect(composed[2] - composed[0]).toBeCloseTo(9 * 14 + 6, 9);
  });

  test('boxes that only touch do not overlap', () => {
    expect(boxesOverlap([0, 0, 10, 10], [10, 0, 20, 10])).toBe(false);
    expect(boxesOverlap([0, 0, 10, 10], [9, 9, 20, 20])).toBe(true);
  });
});
