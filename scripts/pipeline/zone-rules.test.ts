import { describe, expect, it } from 'vitest';
import {
  findDuplicates,
  judgeHospitalName,
  nameKey,
  osmSourceText,
  readableSource,
  taggedHospital,
  type HospitalNameRules,
} from './zone-rules.js';
import { ZONE_CURATION } from './zone-curation.js';

/** Small rules, written out so that each case can be read against them. */
const RULES: HospitalNameRules = {
  hospitalWords: ['bệnh viện'],
  institutePrefixes: ['viện'],
  otherKinds: [
    { kind: 'pharmacy', words: ['nhà thuốc'] },
    { kind: 'clinic', words: ['phòng khám'] },
    { kind: 'preventive-medicine centre', words: ['dự phòng'] },
    { kind: 'tattoo shop', words: ['tattoo'] },
  ],
  genericWords: ['bệnh viện', 'hospital', 'district', 'đa khoa'],
};

describe('nameKey', () => {
  it('ignores case, diacritics, đ and punctuation', () => {
    expect(nameKey('Bệnh viện Đa khoa Xanh Pôn')).toBe('benh vien da khoa xanh pon');
    expect(nameKey('  BỆNH VIỆN  Tai-Mũi-Họng (cơ sở 2) ')).toBe('benh vien tai mui hong co so 2');
  });

  it('gives old and new tone-mark placement the same key', () => {
    expect(nameKey('Hoà')).toBe(nameKey('Hòa'));
  });
});

describe('judgeHospitalName', () => {
  it('keeps a name that says Bệnh viện', () => {
    expect(judgeHospitalName('Bệnh viện Bạch Mai', RULES)).toEqual({ keep: true });
  });

  it('keeps a medical institute ("Viện …") that names no other kind', () => {
    expect(judgeHospitalName('Viện Huyết học - Truyền máu Trung ương', RULES)).toEqual({ keep: true });
  });

  it('leaves out a missing name', () => {
    expect(judgeHospitalName('', RULES)).toEqual({ keep: false, reason: 'no-name', detail: 'no name:vi or name' });
  });

  it('leaves out a name that is only generic words', () => {
    expect(judgeHospitalName('District Hospital', RULES)).toMatchObject({ keep: false, reason: 'generic-name' });
    expect(judgeHospitalName('Bệnh viện Đa khoa', RULES)).toMatchObject({ keep: false, reason: 'generic-name' });
  });

  it('leaves out a placeholder name made from the OSM id', () => {
    expect(judgeHospitalName('Bệnh viện (OSM node/5620874321)', RULES)).toMatchObject({
      keep: false,
      reason: 'generic-name',
    });
  });

  it('leaves out a tattoo shop', () => {
    expect(judgeHospitalName('Tattoo 1984', RULES)).toEqual({
      keep: false,
      reason: 'other-facility',
      detail: '"Tattoo 1984" is a tattoo shop',
    });
  });

  it('leaves out a pharmacy, even one named after a hospital (the kind named first wins)', () => {
    expect(judgeHospitalName('Nhà thuốc đông y Bùi Tộc', RULES)).toMatchObject({ reason: 'other-facility' });
    expect(judgeHospitalName('Nhà thuốc Bệnh viện Bạch Mai', RULES)).toEqual({
      keep: false,
      reason: 'other-facility',
      detail: '"Nhà thuốc Bệnh viện Bạch Mai" is a pharmacy',
    });
  });

  it('keeps a hospital whose name goes on to mention a clinic', () => {
    expect(judgeHospitalName('Bệnh viện Hồng Ngọc - Phòng khám Tây Hồ', RULES)).toEqual({ keep: true });
  });

  it('leaves out an institute that names another kind (preventive medicine)', () => {
    expect(judgeHospitalName('Viện Y học dự phòng Quân đội', RULES)).toMatchObject({ reason: 'other-facility' });
  });

  it('matches whole words only: "Phòng không" is not "phòng khám"', () => {
    expect(judgeHospitalName('Viện Y học Phòng không - Không quân', RULES)).toEqual({ keep: true });
  });

  it('leaves out a name that does not say it is a hospital', () => {
    expect(judgeHospitalName('Paris Miki Vietnam', RULES)).toEqual({
      keep: false,
      reason: 'not-named-hospital',
      detail: '"Paris Miki Vietnam" does not say Bệnh viện or Viện',
    });
  });

  it('does not take "viện" inside a name for an institute ("Học viện")', () => {
    expect(judgeHospitalName('Học viện Quân y', RULES)).toMatchObject({ reason: 'not-named-hospital' });
  });
});

describe('taggedHospital', () => {
  it('takes amenity=hospital or healthcare=hospital', () => {
    expect(taggedHospital({ amenity: 'hospital' })).toBe(true);
    expect(taggedHospital({ healthcare: 'hospital' })).toBe(true);
    expect(taggedHospital({ amenity: 'hospital', healthcare: 'hospital' })).toBe(true);
  });

  it('refuses other tags, and a hospital amenity with another healthcare value', () => {
    expect(taggedHospital({ amenity: 'pharmacy' })).toBe(false);
    expect(taggedHospital({ amenity: 'hospital', healthcare: 'pharmacy' })).toBe(false);
  });
});

describe('osmSourceText', () => {
  it('names the element type and id without a slash', () => {
    expect(osmSourceText('node', '5585952421')).toBe('OpenStreetMap node 5585952421');
    expect(osmSourceText('relation', '9790506')).toBe('OpenStreetMap relation 9790506');
  });
});

describe('readableSource', () => {
  const labels = { 'admin/wards-2019-lowres.geojson': 'the 2019 commune boundaries' };

  it('keeps the OSM ids of a bus-stop source and drops the file path, with names holding parentheses', () => {
    const src =
      'shared/data/hanoi/poi/bus-stops-osm-2025.geojson (OpenStreetMap nodes 7629327424 "Đại học Thuỷ Lợi (cột trước)", 8770739205 "x"); stop opposite';
    expect(readableSource(src, labels)).toEqual({
      text: 'OpenStreetMap nodes 7629327424 "Đại học Thuỷ Lợi (cột trước)", 8770739205 "x"; stop opposite',
      unknown: [],
    });
  });

  it('replaces another raw file by its description', () => {
    const src = 'centroid of commune Phú Nghĩa in shared/data/hanoi/admin/wards-2019-lowres.geojson (MIT)';
    expect(readableSource(src, labels).text).toBe('centroid of commune Phú Nghĩa in the 2019 commune boundaries (MIT)');
  });

  it('returns a path it cannot describe, unchanged in the text', () => {
    expect(readableSource('from shared/data/hanoi/roads/x.geojson.', labels)).toEqual({
      text: 'from shared/data/hanoi/roads/x.geojson.',
      unknown: ['roads/x.geojson'],
    });
  });

  it('leaves a source without a raw path as it is', () => {
    const src =
      'https://en.wikipedia.org/wiki/Noi_Bai_International_Airport (infobox coordinates 21.214000, 105.803000)';
    expect(readableSource(src, labels)).toEqual({ text: src, unknown: [] });
  });
});

describe('findDuplicates', () => {
  // 0.001° of latitude at 21° N is 110.7 m on the WGS84 ellipsoid (meridian radius of curvature 6,343 km).
  const at = (dLat: number): [number, number] => [105.8, 21 + dLat];

  it('finds the same name (other case, other diacritics placement) 111 m away and keeps the first', () => {
    const dups = findDuplicates(
      [
        { category: 'hospital', name: 'Bệnh viện sông Hồng', point: at(0) },
        { category: 'hospital', name: 'Bệnh Viện Sông Hồng', point: at(0.001) },
      ],
      300,
      RULES.genericWords,
    );
    expect(dups).toHaveLength(1);
    expect(dups[0]).toMatchObject({ index: 1, of: 0 });
    expect(dups[0]!.distanceM).toBeGreaterThan(110.5);
    expect(dups[0]!.distanceM).toBeLessThan(111);
  });

  it('takes names equal once the generic words are gone as the same place', () => {
    const dups = findDuplicates(
      [
        { category: 'hospital', name: 'Bệnh viện Đa khoa Thăng Long', point: at(0) },
        { category: 'hospital', name: 'Bệnh viện Thăng Long', point: at(0.001) },
      ],
      300,
      RULES.genericWords,
    );
    expect(dups.map((d) => d.index)).toEqual([1]);
  });

  it('keeps two campuses of one name farther apart than the limit (0.003° ≈ 332 m > 300 m)', () => {
    const items = [
      { category: 'hospital', name: 'Bệnh viện Tim Hà Nội', point: at(0) },
      { category: 'hospital', name: 'Bệnh viện Tim Hà Nội', point: at(0.003) },
    ];
    expect(findDuplicates(items, 300, RULES.genericWords)).toEqual([]);
  });

  it('keeps a branch with another name, and the same name in another category', () => {
    const items = [
      { category: 'hospital', name: 'Bệnh viện K', point: at(0) },
      { category: 'hospital', name: 'Bệnh viện K (cơ sở 2)', point: at(0.0005) },
      { category: 'university', name: 'Bệnh viện K', point: at(0.0005) },
    ];
    expect(findDuplicates(items, 300, RULES.genericWords)).toEqual([]);
  });
});

describe('the curation', () => {
  it('judges names with the shipped rules as the tests above do', () => {
    const h = ZONE_CURATION.hospitals;
    expect(judgeHospitalName('Tattoo 1984', h)).toMatchObject({ reason: 'other-facility' });
    expect(judgeHospitalName('Trạm y tế phường Hàng Mã', h)).toMatchObject({ reason: 'other-facility' });
    expect(judgeHospitalName('Nha Khoa', h)).toMatchObject({ reason: 'generic-name' });
    expect(judgeHospitalName('Bệnh viện Hữu nghị Việt Đức', h)).toEqual({ keep: true });
    // Two other kinds named: the first one ("trung tâm y tế") is the verdict.
    expect(judgeHospitalName('Trung tâm y tế dự phòng quận Hà Đông', h)).toMatchObject({
      detail: '"Trung tâm y tế dự phòng quận Hà Đông" is a district health centre (trung tâm y tế)',
    });
  });
});
