import { describe, expect, it } from 'vitest';
import sourcesJson from '../../data/sources.json' with { type: 'json' };
import { DATA_ATTRIBUTIONS, LAYER_TEXTS, layerLicence, layerName, layerSource, vintageText } from './attributions.js';

const layers = sourcesJson.layers as Record<string, { source: string; licence: string; vintage: string }>;

describe('DATA_ATTRIBUTIONS', () => {
  it('keeps the OpenStreetMap, dvhcvn, MIT and census licences, each source named in both languages', () => {
    const licences = DATA_ATTRIBUTIONS.map((a) => a.licence);
    for (const l of ['ODbL 1.0', 'GPL-3.0', 'MIT', 'GSO']) expect(licences).toContain(l);
    const osm = DATA_ATTRIBUTIONS.find((a) => a.licence === 'ODbL 1.0')!;
    expect(osm.name.vi).toContain('OpenStreetMap contributors');
    expect(osm.name.en).toContain('© OpenStreetMap contributors');
    for (const a of DATA_ATTRIBUTIONS) {
      expect(a.name.vi.length).toBeGreaterThan(0);
      expect(a.name.en.length).toBeGreaterThan(0);
    }
  });

  it('writes the 2025 date in each language’s order', () => {
    const units = DATA_ATTRIBUTIONS.find((a) => a.name.en.startsWith('vietnamese-provinces-database'))!;
    expect(units.name.vi).toContain('01/07/2025');
    expect(units.name.en).toContain('2025-07-01');
  });
});

describe('LAYER_TEXTS', () => {
  it('translates the source and licence of every layer in data/sources.json, word for word as the manifest has them', () => {
    expect(Object.keys(LAYER_TEXTS).sort()).toEqual(Object.keys(layers).sort());
    for (const [id, l] of Object.entries(layers)) {
      expect(LAYER_TEXTS[id]!.source.en, id).toBe(l.source);
      expect(LAYER_TEXTS[id]!.licence.en, id).toBe(l.licence);
    }
  });

  it('gives every layer a name of its own in both languages', () => {
    for (const id of Object.keys(layers)) {
      expect(layerName(id, 'vi'), id).not.toBe(id);
      expect(layerName(id, 'en'), id).not.toBe(id);
    }
    expect(layerName('units-2025', 'vi')).toBe('Xã, phường (126, từ 2025)');
    expect(layerName('units-2025', 'en')).toBe('Communes and wards (126, since 2025)');
    expect(layerName('city', 'vi')).toBe('Ranh giới thành phố');
    expect(layerName('not-a-layer', 'vi')).toBe('not-a-layer');
  });
});

describe('layerSource and layerLicence', () => {
  it('show the Vietnamese of a known text, and the manifest’s text in English', () => {
    const city = { id: 'city', source: layers.city!.source, licence: layers.city!.licence };
    expect(layerSource(city, 'vi')).toBe(
      'Quan hệ (relation) OpenStreetMap 1903516, © những người đóng góp OpenStreetMap',
    );
    expect(layerSource(city, 'en')).toBe('OpenStreetMap relation 1903516, © OpenStreetMap contributors');
    const units = { id: 'units-2025', source: layers['units-2025']!.source, licence: 'MIT; census: GSO' };
    expect(layerLicence(units, 'vi')).toBe('MIT; điều tra dân số: GSO');
    expect(layerLicence(units, 'en')).toBe('MIT; census: GSO');
  });

  it('fall back to the manifest’s text where it differs from the translated one', () => {
    const changed = { id: 'city', source: 'OpenStreetMap relation 1, newer text', licence: 'ODbL 1.0' };
    expect(layerSource(changed, 'vi')).toBe('OpenStreetMap relation 1, newer text');
  });
});

describe('vintageText', () => {
  it('writes days and months as dd/mm/yyyy and mm/yyyy in Vietnamese, keeps ISO in English, and names sample data', () => {
    expect(vintageText('2025-07-01', 'vi')).toBe('01/07/2025');
    expect(vintageText('2025-08', 'vi')).toBe('08/2025');
    expect(vintageText('2025', 'vi')).toBe('2025');
    expect(vintageText('2025-07-01', 'en')).toBe('2025-07-01');
    expect(vintageText('sample', 'vi')).toBe('mẫu');
    expect(vintageText('sample', 'en')).toBe('sample');
  });
});
