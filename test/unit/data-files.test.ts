/**
 * The checks of the curated files in `data/`: the shipped files pass, and a file that breaks a rule is refused with
 * an error naming the file, the entry, the value and the rule.
 */
import { describe, expect, it } from 'vitest';
import sourcesJson from '../../data/sources.json' with { type: 'json' };
import zonesJson from '../../data/zones.json' with { type: 'json' };
import bandsJson from '../../data/ocid-bands.json' with { type: 'json' };
import calibrationJson from '../../data/calibration.json' with { type: 'json' };
import { checkLayerSources, LAYER_SOURCES } from '../../scripts/pipeline/sources.js';
import { checkZoneCuration, ZONE_CURATION } from '../../scripts/pipeline/zone-curation.js';
import { checkCalibration, SITE_BUILD_OUT_KNOTS } from '../../scripts/sample/figures.js';
import { OCID_DEFAULT_BANDS, parseBandTableFile } from '../../src/data/import/opencellid-bands.js';

/** A deep copy of a JSON value, to break one field of it. */
const copy = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

describe('data/sources.json', () => {
  it('gives every layer its licence', () => {
    expect(Object.keys(LAYER_SOURCES)).toHaveLength(13);
    expect(LAYER_SOURCES.city).toEqual({
      id: 'city',
      inputs: ['admin/province-2025-osm.geojson'],
      vintage: '2025',
      source: 'OpenStreetMap relation 1903516, © OpenStreetMap contributors',
      licence: 'ODbL 1.0',
      sample: false,
    });
  });

  it('refuses a layer whose sample flag is not a boolean', () => {
    const bad = copy(sourcesJson) as { layers: Record<string, Record<string, unknown>> };
    bad.layers.city!.sample = 'no';
    expect(() => checkLayerSources(bad)).toThrow('data/sources.json: layers.city.sample: "no" — must be true or false');
  });

  it('refuses a layer without a licence', () => {
    const bad = copy(sourcesJson) as { layers: Record<string, Record<string, unknown>> };
    delete bad.layers.roads!.licence;
    expect(() => checkLayerSources(bad)).toThrow(
      'data/sources.json: layers.roads.licence: missing — must be a non-empty string',
    );
  });
});

describe('data/zones.json', () => {
  it('states the curation the pipeline applies', () => {
    expect(ZONE_CURATION.hospitals.confidenceByOsmType).toEqual({ node: 'medium', way: 'high', relation: 'high' });
    expect(ZONE_CURATION.defaultRadiusM.airport).toBe(1600);
    expect(ZONE_CURATION.sampleHospitalConfidences).toEqual(['high']);
  });

  it('refuses an unknown confidence', () => {
    const bad = copy(zonesJson);
    bad.priorityZones.confidences = ['high', 'certain'];
    expect(() => checkZoneCuration(bad)).toThrow(
      'data/zones.json: priorityZones.confidences[1]: "certain" — must be one of high, medium, low',
    );
  });

  it('refuses a category without a default radius', () => {
    const bad = copy(zonesJson) as { defaultRadiusM: Record<string, number> };
    delete bad.defaultRadiusM.university;
    expect(() => checkZoneCuration(bad)).toThrow(
      'data/zones.json: defaultRadiusM.university: missing — must be a number ≥ 1',
    );
  });
});

describe('data/ocid-bands.json', () => {
  it('is the default band table', () => {
    expect(OCID_DEFAULT_BANDS.LTE.vietnamobile).toBe('B3');
    expect(OCID_DEFAULT_BANDS.NR.viettel).toBe('n41');
  });

  it('refuses a table that leaves an operator out', () => {
    const bad = copy(bandsJson) as { table: { NR: Record<string, unknown> } };
    delete bad.table.NR.mobifone;
    expect(() => parseBandTableFile(bad)).toThrow(
      'data/ocid-bands.json: table.NR.mobifone is missing — the default table gives a band, or null, for every radio and operator',
    );
  });

  it('refuses a band of the other radio', () => {
    const bad = copy(bandsJson) as { table: { LTE: Record<string, unknown> } };
    bad.table.LTE.vnpt = 'n78';
    expect(() => parseBandTableFile(bad)).toThrow(
      'data/ocid-bands.json (table): LTE.vnpt: band "n78" is not a modelled 4G band',
    );
  });
});

describe('data/calibration.json', () => {
  it('places the build-out knots at their dates', () => {
    expect(SITE_BUILD_OUT_KNOTS).toEqual([
      { date: '2013-01-01', count: 0 },
      { date: '2015-07-01', count: 6340 },
      { date: '2019-01-15', count: 9300 },
      { date: '2026-01-01', count: 12500 },
    ]);
  });

  it('refuses a negative count', () => {
    const bad = copy(calibrationJson);
    bad.fiveGNational.value[1]!.count = -5;
    expect(() => checkCalibration(bad)).toThrow(
      'data/calibration.json: fiveGNational.value[1].count: -5 — must be a number ≥ 0',
    );
  });

  it('refuses a figure without its source', () => {
    const bad = copy(calibrationJson) as Record<string, Record<string, unknown>>;
    delete bad.ooklaHanoiMobileMedianMbps!.source;
    expect(() => checkCalibration(bad)).toThrow(
      'data/calibration.json: ooklaHanoiMobileMedianMbps.source: missing — must be a non-empty string',
    );
  });
});
