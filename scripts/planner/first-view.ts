/**
 * The planner's first view as a picture in its `index.html` (issue #15): the 2025 units coloured by the figures
 * the data build stored for the first view (`analysis/first-view.json`), for the choropleth's starting choice
 * (5G, any operator, share of the area, the default coverage level), the priority zones by pass / fail and the
 * units' names. It is the public map's build-time SVG (`FirstViewSvg`) without tooltips, in a `<template>`: the
 * page shows it in the map's box, framed as the map's start view, until MapLibre has drawn the choropleth
 * (`src/ui/FirstViewPicture.tsx`). Runs in Node, from the Vite config, at build and in the dev server.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import type { Feature, FeatureCollection } from 'geojson';
import { FirstViewSvg } from '../../src/ui/FirstViewSvg.js';
import { frameOf } from '../../src/map/first-view-geometry.js';
import { HANOI_FIT_BOUNDS } from '../../src/map/style.js';
import { coverageValue } from '../../src/analysis/coverage-value.js';
import { resultsFromJson } from '../../src/analysis/results-json.js';
import type { ServiceResults } from '../../src/analysis/service-types.js';
import { readFgb } from '../../src/data/fgb-read.js';
import { loadManifest } from '../../src/data/load-layers.js';
import { PLACE_LAYER, LAYER_SOURCE } from '../../src/domain/layers.js';
import { resultProperty } from '../../src/domain/public-data.js';
import { INITIAL_CHOROPLETH } from '../../src/state/slices/choropleth.js';
import { PICTURE_TEMPLATE_ID, type PictureChoice } from '../../src/ui/first-view-choice.js';

/** Where `index.html` takes the picture. */
export const FIRST_VIEW_MARK = '<!-- FIRST-VIEW -->';

/** What the picture shows: the choropleth's starting choice, with no date. */
export const PICTURE_CHOICE: PictureChoice = {
  level: INITIAL_CHOROPLETH.level,
  tech: INITIAL_CHOROPLETH.choroTech,
  op: INITIAL_CHOROPLETH.choroOp,
  basis: INITIAL_CHOROPLETH.basis,
  coverageLevel: INITIAL_CHOROPLETH.coverageLevel,
};

const round2 = (v: number) => Math.round(v * 100) / 100;

/**
 * The areas with the figure `choice` shows as property `resultProperty(tech, op, basis)` (percent, two decimals;
 * absent for an area without results: "no data", as on the map), and the zones with `pass` as the map paints them
 * (`paintZones`: the zone's 5G share for the operator set within 0.01 point of its target).
 */
export function pictureLayers(
  areas: FeatureCollection,
  zones: FeatureCollection,
  results: Pick<ServiceResults, 'areas' | 'zones'>,
  choice: PictureChoice,
): { units: FeatureCollection; zones: FeatureCollection } {
  const prop = resultProperty(choice.tech, choice.op, choice.basis);
  const withValue = (f: Feature): Feature => {
    const r = results.areas[`${choice.level}|${String(f.properties?.code)}`];
    const v = r ? { [prop]: round2(coverageValue(r, choice.tech, choice.op, choice.basis, choice.coverageLevel)) } : {};
    return { ...f, properties: { ...f.properties, ...v } };
  };
  const targets = new Map(results.zones.map((z) => [z.id, z]));
  const withPass = (f: Feature): Feature => {
    const z = targets.get(String(f.properties?.id));
    const pass = z !== undefined && z.percent5g[choice.op] >= z.target - 0.01;
    return { ...f, properties: { ...f.properties, pass } };
  };
  return {
    units: { type: 'FeatureCollection', features: areas.features.map(withValue) },
    zones: { type: 'FeatureCollection', features: zones.features.map(withPass) },
  };
}

/** The picture's `<template>`: its choice in `data-*` attributes, the SVG inside (Vietnamese names, no tooltips). */
export function pictureTemplate(layers: { units: FeatureCollection; zones: FeatureCollection }, choice: PictureChoice) {
  const prop = resultProperty(choice.tech, choice.op, choice.basis);
  const svg = renderToStaticMarkup(
    createElement(FirstViewSvg, { ...layers, prop, lang: 'vi', frame: frameOf(HANOI_FIT_BOUNDS), titles: false }),
  );
  const attrs = Object.entries(choice)
    .map(([k, v]) => ` data-${k.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}="${v}"`)
    .join('');
  return `<template id="${PICTURE_TEMPLATE_ID}"${attrs}>${svg}</template>`;
}

/**
 * The picture of the data in `dataDir` (the app's `public/data`), or null with the reason when the data has no
 * stored first view (data built before it existed, or not built: the page then starts without a picture).
 */
export async function readPicture(dataDir: string, choice = PICTURE_CHOICE): Promise<string | { missing: string }> {
  const source = { getBytes: async (file: string) => new Uint8Array(fs.readFileSync(path.join(dataDir, file))) };
  if (!fs.existsSync(path.join(dataDir, 'manifest.json'))) return { missing: `${dataDir}/manifest.json` };
  const manifest = await loadManifest(source);
  const stored = manifest.stored?.firstView;
  if (!stored) return { missing: 'manifest.json: stored.firstView' };
  const layer = async (id: string) => {
    const entry = manifest.layers.find((l) => l.id === id);
    if (!entry) throw new Error(`manifest.json: no layer "${id}"`);
    return readFgb(await source.getBytes(entry.file), { name: entry.file });
  };
  const results = resultsFromJson<ServiceResults>(new TextDecoder().decode(await source.getBytes(stored.file)));
  const areas = await layer(LAYER_SOURCE[PLACE_LAYER[choice.level]]!);
  const zones = await layer(LAYER_SOURCE.zones!);
  return pictureTemplate(pictureLayers(areas, zones, results, choice), choice);
}

/**
 * `html` with the picture of `dataDir` at {@link FIRST_VIEW_MARK}: what the Vite config's `planner-first-view`
 * plugin does to `index.html` (nothing there, with a warning, when the data has no stored first view).
 */
export async function withPicture(html: string, dataDir: string): Promise<string> {
  if (!html.includes(FIRST_VIEW_MARK)) return html;
  const picture = await readPicture(dataDir);
  if (typeof picture !== 'string')
    console.warn(`planner first view: no picture (${picture.missing} missing; run \`npm run data\`)`);
  return html.replace(FIRST_VIEW_MARK, typeof picture === 'string' ? picture : '');
}
