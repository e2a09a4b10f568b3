/**
 * Loads the engine's real inputs (areas and census wards) and the sample sites from the generated data
 * folder (`npm run data` first), for benchmarks and checks.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { MultiPolygon, Point, Polygon, Feature } from 'geojson';
import { readFgb } from '../../src/data/fgb-read.js';
import { featureToSite, type SiteProps } from '../../src/data/site-codec.js';
import type { EngineArea, PopulationUnit } from '../../src/analysis/engine/types.js';
import type { Site } from '../../src/domain/telecom.js';

type Poly = Polygon | MultiPolygon;

async function layer(dir: string, id: string) {
  const file = path.join(dir, `${id}.fgb`);
  if (!fs.existsSync(file)) throw new Error(`${file} is missing: run \`npm run data\` first`);
  return readFgb(new Uint8Array(fs.readFileSync(file)), { name: `${id}.fgb` });
}

export type RealInputs = { areas: EngineArea[]; population: PopulationUnit[]; sites: Site[] };

export async function loadRealInputs(dir: string): Promise<RealInputs> {
  const areas: EngineArea[] = [];
  const levels = [
    ['units-2025', 'unit2025', 'code'],
    ['districts-2019', 'district2019', 'code'],
    ['wards-2019', 'ward2019', 'code'],
    ['zones', 'zone', 'id'],
  ] as const;
  let population: PopulationUnit[] = [];
  for (const [id, level, key] of levels) {
    const fc = await layer(dir, id);
    for (const f of fc.features) areas.push({ id: String(f.properties![key]), level, geometry: f.geometry as Poly });
    if (level === 'ward2019')
      population = fc.features.map((f) => ({
        id: String(f.properties!.code),
        population: Number(f.properties!.population),
        geometry: f.geometry as Poly,
      }));
  }
  const sites = (await layer(dir, 'sites')).features.map((f) => featureToSite(f as Feature<Point, SiteProps>));
  return { areas, population, sites };
}
