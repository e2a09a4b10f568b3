import type { Feature, Point } from 'geojson';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseGeoJsonLayer } from '../../src/data/geojson-input.js';
import { HANOI_DATA_DIR } from '../../test/support/data-dir.js';
import { buildZones, type ZonesBuilt } from './zones.js';
import { countByCategory, countByReason, writeZonesExcluded, zonesExcludedDoc } from './zones-left-out.js';
import { ZONE_CURATION } from './zone-curation.js';

type Raw = Feature<Point, Record<string, unknown>>;
const PZ = 'poi/priority-zones.geojson';
const HOSP = 'poi/hospitals-osm-2024.geojson';

function createPoint(properties: Record<string, unknown>, lng = 105.85, lat = 21.03): Raw {
  return { type: 'Feature', geometry: { type: 'Point', coordinates: [lng, lat] }, properties };
}

/** An OSM-like hospital feature as the raw file has it. */
function createOsm(type: string, id: number, tags: Record<string, unknown>, lng?: number, lat?: number): Raw {
  return createPoint({ osm_type: type, osm_id: id, amenity: 'hospital', ...tags }, lng, lat);
}

/** A plan point as `poi/priority-zones.geojson` has it. */
function createPlanPoint(id: string, category: string, name: string, source: string): Raw {
  return createPoint({ id, category, name, nameEn: '', area_ha: null, source, licence: 'ODbL', confidence: 'low' });
}

function build(planPoints: Raw[], hospitals: Raw[]): ZonesBuilt {
  return buildZones({ raw: planPoints, file: PZ }, { raw: hospitals, file: HOSP });
}

describe('buildZones on hand-made points', () => {
  const plan = [
    createPlanPoint(
      'ip-a',
      'industrial_park',
      'Khu công nghiệp A',
      'shared/data/hanoi/poi/bus-stops-osm-2025.geojson (OpenStreetMap node 42 "Cổng KCN A")',
    ),
    createPlanPoint('bus-a', 'bus_station', 'Bến xe A', 'x'),
  ];
  const hospitals = [
    createOsm('node', 1, { name: 'Tattoo 1984' }),
    createOsm('node', 2, { name: 'Nhà thuốc đông y Bùi Tộc', healthcare: 'hospital' }),
    createOsm('node', 3, {}),
    createOsm('way', 4, { name: 'Bệnh viện Sông Hồng' }, 105.92318, 20.98324),
    createOsm('way', 5, { name: 'Bệnh viện sông Hồng', healthcare: 'hospital' }, 105.92176, 20.98258),
    createOsm('way', 6, { name: 'Bach Mai Hospital', 'name:vi': 'Bệnh viện Bạch Mai', 'name:en': 'Bach Mai Hospital' }),
    createOsm('node', 7, { amenity: 'clinic', name: 'Bệnh viện X' }),
  ];
  const built = build(plan, hospitals);

  it('keeps the industrial park and the two real hospitals, the tagged one of a duplicate pair', () => {
    expect(built.zones.map((z) => z.properties.id)).toEqual(['ip-a', 'hospital-way-5', 'hospital-way-6']);
    expect(built.issues).toEqual([]);
  });

  it('names a hospital in Vietnamese (name:vi before name) and its source as "OpenStreetMap way N"', () => {
    const bachMai = built.zones.find((z) => z.properties.id === 'hospital-way-6')!.properties;
    expect(bachMai).toMatchObject({
      name: 'Bệnh viện Bạch Mai',
      nameEn: 'Bach Mai Hospital',
      category: 'hospital',
      confidence: 'high',
      source: 'OpenStreetMap way 6',
      radiusM: 150,
    });
  });

  it('shows the OSM node of a plan point, not the raw file path', () => {
    expect(built.zones[0]!.properties.source).toBe('OpenStreetMap node 42 "Cổng KCN A"');
  });

  it('records every point left out with its id and reason', () => {
    expect(built.leftOut.map((z) => [z.id, z.reason])).toEqual([
      ['bus-a', 'not-plan-category'],
      ['node/1', 'other-facility'],
      ['node/2', 'other-facility'],
      ['node/3', 'no-name'],
      ['node/7', 'not-tagged-hospital'],
      ['way/4', 'duplicate'],
    ]);
  });

  it('says which kept zone a duplicate repeats, and how far away (about 165 m)', () => {
    const dup = built.leftOut.find((z) => z.reason === 'duplicate')!;
    expect(dup).toMatchObject({ file: HOSP, index: 3, name: 'Bệnh viện Sông Hồng' });
    expect(dup.detail).toMatch(/^same place as "Bệnh viện sông Hồng" \(OpenStreetMap way 5\), 16\d m away$/);
  });

  it('counts per reason and per category, every key present', () => {
    expect(countByReason(built.leftOut)).toEqual({
      'not-plan-category': 1,
      'not-tagged-hospital': 1,
      'no-name': 1,
      'generic-name': 0,
      'other-facility': 2,
      'not-named-hospital': 0,
      duplicate: 1,
    });
    expect(countByCategory(built.zones)).toMatchObject({ industrial_park: 1, hospital: 2, airport: 0 });
  });

  it('writes zones-excluded.json with the counts, the reasons and the items sorted by reason', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zones-excluded-'));
    try {
      const entry = writeZonesExcluded(dir, zonesExcludedDoc(built, [PZ, HOSP]));
      expect(entry).toMatchObject({ file: 'zones-excluded.json', count: 6 });
      const doc = JSON.parse(fs.readFileSync(path.join(dir, 'zones-excluded.json'), 'utf8'));
      expect(fs.statSync(path.join(dir, 'zones-excluded.json')).size).toBe(entry.bytes);
      expect(doc.kept.total).toBe(3);
      expect(doc.leftOut.byReason.duplicate).toBe(1);
      expect(doc.why['no-name']).toBe(ZONE_CURATION.leftOut.why['no-name']);
      expect(doc.items.map((i: { id: string }) => i.id)).toEqual([
        'bus-a',
        'node/7',
        'node/3',
        'node/1',
        'node/2',
        'way/4',
      ]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('buildZones errors', () => {
  it("reports a category that is neither the plan's nor listed as left out, and leaves the point out", () => {
    const built = build([createPlanPoint('x-1', 'stadium', 'Sân vận động', 's')], []);
    expect(built.zones).toEqual([]);
    expect(built.issues.map((i) => i.message)).toEqual([
      'poi/priority-zones.geojson: feature 0 (id "x-1"): category "stadium" is not one of hi_tech_park, it_park, rnd_centre, industrial_park, airport, railway_station, admin_centre, heritage_site, university, hospital',
    ]);
  });

  it('warns about a raw file path the curation does not describe', () => {
    const built = build([createPlanPoint('u-1', 'university', 'Đại học A', 'shared/data/hanoi/poi/new.geojson')], []);
    expect(built.zones).toHaveLength(1);
    expect(built.issues).toMatchObject([{ severity: 'warning', rule: 'zone-source-path', key: 'u-1' }]);
  });
});

const hasData = fs.existsSync(path.join(HANOI_DATA_DIR, PZ));

describe.skipIf(!hasData)('buildZones on the real raw files', () => {
  const read = (file: string, keyProperty: string) =>
    parseGeoJsonLayer(fs.readFileSync(path.join(HANOI_DATA_DIR, file), 'utf8'), {
      file,
      geometryTypes: ['Point'],
      keyProperty,
    }).features as Raw[];
  const built = buildZones(
    { raw: read(ZONE_CURATION.priorityZones.file, 'id'), file: ZONE_CURATION.priorityZones.file },
    { raw: read(ZONE_CURATION.hospitals.file, 'osm_id'), file: ZONE_CURATION.hospitals.file },
  );

  it('keeps only the plan categories: 38 plan zones and 108 hospitals of 53 + 157 points', () => {
    expect(built.issues).toEqual([]);
    expect(countByCategory(built.zones)).toEqual({
      hi_tech_park: 1,
      it_park: 2,
      rnd_centre: 1,
      industrial_park: 8,
      airport: 1,
      railway_station: 3,
      admin_centre: 4,
      heritage_site: 6,
      university: 12,
      hospital: 108,
    });
  });

  it('leaves out 64 points, each for one reason', () => {
    expect(countByReason(built.leftOut)).toEqual({
      'not-plan-category': 15,
      'not-tagged-hospital': 0,
      'no-name': 7,
      'generic-name': 2,
      'other-facility': 32,
      'not-named-hospital': 7,
      duplicate: 1,
    });
    expect(built.leftOut.find((z) => z.name === 'Tattoo 1984')).toMatchObject({ id: 'node/5585952421' });
  });

  it('shows no raw file path and no placeholder name', () => {
    for (const { properties: p } of built.zones) {
      expect(p.source).not.toMatch(/shared\/data|\.geojson/);
      expect(p.name).not.toMatch(/\(OSM/);
      if (p.category === 'hospital') expect(p.source).toMatch(/^OpenStreetMap (node|way|relation) \d+$/);
    }
  });
});
