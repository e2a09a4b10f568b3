import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Feature } from 'geojson';
import { createArea, createResults, createZone } from '../../test/support/results.js';
import { createCollection, createFeature, ring } from '../../test/support/fgb-collections.js';
import { resultsToJson } from '../../src/analysis/results-json.js';
import { writeFgb } from '../../src/data/fgb-write.js';
import { CHOROPLETH_COLORS, choroplethClass } from '../../src/map/choropleth.js';
import {
  FIRST_VIEW_MARK,
  PICTURE_CHOICE,
  pictureLayers,
  pictureTemplate,
  readPicture,
  withPicture,
} from './first-view.js';

/** A square area of `d` degrees at (lng, lat) with the given properties. */
const square = (lng: number, lat: number, d: number, properties: Record<string, unknown>): Feature =>
  createFeature({ type: 'Polygon', coordinates: [ring(lng, lat, d)] }, properties);
const fc = createCollection;

const AREAS = fc([
  square(105.8, 21.0, 0.05, { code: '00001', name: 'Hoàn Kiếm', population: 100 }),
  square(105.9, 21.0, 0.05, { code: '00002', name: 'Ba Đình', population: 90 }),
  square(105.7, 21.1, 0.05, { code: '00003', name: 'Tây Hồ', population: 80 }),
]);
const ZONES = fc([
  square(105.81, 21.01, 0.01, { id: 'Z1', name: 'Khu A' }),
  square(105.91, 21.01, 0.01, { id: 'Z2', name: 'Khu B' }),
]);
// Outdoors 12.345 % and 97 %; the third area has no results (no data on the map).
const RESULTS = {
  ...createResults([createArea('unit2025', '00001', 12.345), createArea('unit2025', '00002', 97)]),
  zones: [createZone('Z1', 100), createZone('Z2', 99.5)],
};

describe('pictureLayers', () => {
  const layers = pictureLayers(AREAS, ZONES, RESULTS, PICTURE_CHOICE);

  it("puts the starting choice's figure on each area, two decimals, and none without results", () => {
    expect(PICTURE_CHOICE).toMatchObject({ level: 'unit2025', tech: '5G', op: 'any', basis: 'area' });
    expect(layers.units.features.map((f) => f.properties?.c5_any)).toEqual([12.35, 97, undefined]);
    expect(layers.units.features[0]!.properties?.name).toBe('Hoàn Kiếm');
  });

  it('reads the chosen coverage level (indoors the test areas are half covered)', () => {
    const indoor = pictureLayers(AREAS, ZONES, RESULTS, { ...PICTURE_CHOICE, coverageLevel: 'indoor' });
    expect(indoor.units.features.map((f) => f.properties?.c5_any)).toEqual([6.17, 48.5, undefined]);
  });

  it('marks a zone passing as the map does: within 0.01 point of its target', () => {
    expect(layers.zones.features.map((f) => f.properties?.pass)).toEqual([true, false]);
  });
});

describe('pictureTemplate', () => {
  const html = pictureTemplate(pictureLayers(AREAS, ZONES, RESULTS, PICTURE_CHOICE), PICTURE_CHOICE);

  it('says what it shows in data attributes', () => {
    expect(html).toMatch(
      /^<template id="first-view-picture" data-level="unit2025" data-tech="5G" data-op="any" data-basis="area" data-coverage-level="outdoor">/,
    );
  });

  it("draws each area in its class's colour, an area without results as no data, and no tooltips", () => {
    const groupOf = (code: string) => new RegExp(`<g class="(fv-[a-z0-9]+)" fill="([^"]+)"><path data-code="${code}"`);
    expect(html.match(groupOf('00001'))?.slice(1)).toEqual([
      `fv-c${choroplethClass(12.35)}`,
      CHOROPLETH_COLORS[choroplethClass(12.35)],
    ]);
    expect(html.match(groupOf('00002'))?.[1]).toBe(`fv-c${choroplethClass(97)}`);
    expect(html.match(groupOf('00003'))?.[1]).toBe('fv-nodata');
    expect(html).not.toContain('<title>');
  });
});

describe('readPicture and withPicture', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'planner-first-view-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  const write = (file: string, bytes: Uint8Array | string) => {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), bytes);
  };

  it('answers what is missing when the data has no stored first view', async () => {
    expect(await readPicture(dir)).toEqual({ missing: `${dir}/manifest.json` });
    write('manifest.json', JSON.stringify({ layers: [] }));
    expect(await readPicture(dir)).toEqual({ missing: 'manifest.json: stored.firstView' });
  });

  it('draws the data build’s files, and the page gets the picture at its mark', async () => {
    write('units-2025.fgb', writeFgb(AREAS));
    write('zones.fgb', writeFgb(ZONES));
    write('analysis/first-view.json', resultsToJson(RESULTS));
    const layer = (id: string, file: string) => ({ id, file });
    const manifest = {
      layers: [layer('units-2025', 'units-2025.fgb'), layer('zones', 'zones.fgb')],
      stored: { firstView: { file: 'analysis/first-view.json' } },
    };
    write('manifest.json', JSON.stringify(manifest));
    const picture = await readPicture(dir);
    expect(picture).toBe(pictureTemplate(pictureLayers(AREAS, ZONES, RESULTS, PICTURE_CHOICE), PICTURE_CHOICE));
    expect(await withPicture(`<body>${FIRST_VIEW_MARK}<div id="root"></div></body>`, dir)).toBe(
      `<body>${picture as string}<div id="root"></div></body>`,
    );
  });
});
