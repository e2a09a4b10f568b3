import { describe, expect, it } from 'vitest';
import { OP_SETS } from '../../src/analysis/engine/types.js';
import {
  ROAD_CLASSES,
  type RoadAreaRow,
  type RoadClass,
  type RoadCoverage,
  type RoadKm,
} from '../../src/analysis/roads.js';
import { TECHNOLOGIES } from '../../src/domain/telecom.js';
import { ROADS_COLUMNS, roadsCsv } from './roads-csv.js';

/** Road lengths with `coveredKm` for 5G Viettel and any, nothing for the rest. */
function createRoadKm(km: number, coveredKm = 0): RoadKm {
  const covered = {} as RoadKm['covered'];
  for (const tech of TECHNOLOGIES) {
    covered[tech] = {} as RoadKm['covered']['4G'];
    for (const op of OP_SETS) {
      const c = tech === '5G' && (op === 'viettel' || op === 'any') ? coveredKm : 0;
      covered[tech][op] = { km: c, percent: km > 0 ? (100 * c) / km : 0 };
    }
  }
  // Indoors nothing, so that a row of the wrong level shows.
  const indoor = JSON.parse(JSON.stringify(covered, (k, v: unknown) => (k === 'km' ? 0 : v))) as typeof covered;
  return { km, covered, byLevel: { outdoor: covered, indoor } };
}

/** 1.23456 km of primary road with 0.5 km covered; no road of the other classes. */
const primaryOnly = (c: RoadClass) => (c === 'primary' ? createRoadKm(1.23456, 0.5) : createRoadKm(0));

function createCoverage(): RoadCoverage {
  const areas: RoadAreaRow[] = [];
  for (const [level, code] of [
    ['unit2025', '00004'],
    ['district2019', '001'],
    ['ward2019', '00001'],
  ] as const)
    for (const roadClass of ROAD_CLASSES) areas.push({ level, code, roadClass, ...primaryOnly(roadClass) });
  const city = Object.fromEntries(ROAD_CLASSES.map((c) => [c, primaryOnly(c)]));
  return {
    areas,
    city: city as Record<RoadClass, RoadKm>,
    named: [],
    totalKm: 1.23456,
    skipped: { otherClass: 0, noLine: 0 },
  };
}

describe('roadsCsv', () => {
  const lines = roadsCsv(createCoverage()).split('\r\n');

  it('starts with a byte-order mark and the header, and ends with a line break', () => {
    expect(lines[0]).toBe(`\uFEFF${ROADS_COLUMNS.join(',')}`);
    expect(lines[0]).toBe('\uFEFFlevel,code,road_class,technology,operator,km,covered_km,coverage_level');
    expect(lines[lines.length - 1]).toBe('');
  });

  it('has a row per level, code, class, technology, operator and coverage level, the city first', () => {
    const rows = lines.slice(1, -1);
    expect(rows).toHaveLength(2 * 4 * ROAD_CLASSES.length * TECHNOLOGIES.length * OP_SETS.length);
    expect(rows[0]).toBe('city,01,motorway,4G,viettel,0.000,0.000,outdoor');
    expect(rows.filter((r) => r.startsWith('city,01,')).length).toBe(2 * ROAD_CLASSES.length * 10);
    expect(new Set(rows.map((r) => [...r.split(',').slice(0, 5), r.split(',')[7]].join(','))).size).toBe(rows.length);
  });

  it('writes every outdoor row before the first indoor row', () => {
    const at = lines.slice(1, -1).map((r) => r.split(',')[7]);
    expect(at.lastIndexOf('outdoor')).toBeLessThan(at.indexOf('indoor'));
  });

  it('writes GSO codes as text with their leading zeros and km to the metre', () => {
    expect(lines).toContain('unit2025,00004,primary,5G,viettel,1.235,0.500,outdoor');
    expect(lines).toContain('unit2025,00004,primary,5G,viettel,1.235,0.000,indoor');
    expect(lines).toContain('ward2019,00001,primary,4G,any,1.235,0.000,outdoor');
    expect(lines).toContain('district2019,001,tertiary,5G,any,0.000,0.000,outdoor');
  });
});
