import { describe, expect, it } from 'vitest';
import { buildSearchIndex, normaliseForSearch, search } from './search.js';
import type { SearchEntry } from '../domain/places.js';

function createEntry(over: Partial<SearchEntry> & Pick<SearchEntry, 'level' | 'id' | 'name'>): SearchEntry {
  return { nameEn: over.name, fullName: over.name, context: null, ...over };
}

/** Small hand-made entries of both layouts and the zones. "Hòa" is written H\u00f2a, "Hoà" Ho\u00e0. */
function createEntries(): SearchEntry[] {
  return [
    createEntry({
      level: 'district2019',
      id: '002',
      name: 'Hoàn Kiếm',
      fullName: 'Quận Hoàn Kiếm',
      nameEn: 'Hoan Kiem District',
    }),
    createEntry({
      level: 'unit2025',
      id: '00070',
      name: 'Hoàn Kiếm',
      fullName: 'Phường Hoàn Kiếm',
      nameEn: 'Hoan Kiem Ward',
    }),
    createEntry({
      level: 'ward2019',
      id: '00037',
      name: 'Hàng Bạc',
      fullName: 'Phường Hàng Bạc',
      nameEn: 'Hang Bac Ward',
      context: 'Quận Hoàn Kiếm',
    }),
    createEntry({
      level: 'unit2025',
      id: '09000',
      name: 'H\u00f2a Bình',
      fullName: 'Xã H\u00f2a Bình',
      nameEn: 'Hoa Binh Commune',
    }),
    createEntry({
      level: 'ward2019',
      id: '09001',
      name: 'Ho\u00e0 Bình',
      fullName: 'Xã Ho\u00e0 Bình',
      nameEn: 'Hoa Binh Commune',
      context: 'Huyện Thường Tín',
    }),
    createEntry({
      level: 'unit2025',
      id: '00200',
      name: 'Đống Đa',
      fullName: 'Phường Đống Đa',
      nameEn: 'Dong Da Ward',
    }),
    createEntry({
      level: 'district2019',
      id: '006',
      name: 'Đống Đa',
      fullName: 'Quận Đống Đa',
      nameEn: 'Dong Da District',
    }),
    createEntry({
      level: 'unit2025',
      id: '00600',
      name: 'Thượng Cát',
      fullName: 'Phường Thượng Cát',
      nameEn: 'Thuong Cat Ward',
    }),
    createEntry({
      level: 'ward2019',
      id: '00601',
      name: 'Cát Linh',
      fullName: 'Phường Cát Linh',
      nameEn: 'Cat Linh Ward',
      context: 'Quận Đống Đa',
    }),
    createEntry({
      level: 'unit2025',
      id: '00700',
      name: 'Hoàng Mai',
      fullName: 'Phường Hoàng Mai',
      nameEn: 'Hoang Mai Ward',
    }),
    createEntry({
      level: 'unit2025',
      id: '00800',
      name: 'Phú Thượng',
      fullName: 'Phường Phú Thượng',
      nameEn: 'Phu Thuong Ward',
    }),
    createEntry({
      level: 'zone',
      id: 'z-noibai',
      name: 'Cảng hàng không quốc tế Nội Bài',
      nameEn: 'Noi Bai International Airport',
      context: 'Cảng hàng không',
    }),
  ];
}

const ids = (r: SearchEntry[]) => r.map((e) => `${e.level}:${e.id}`);

describe('search: diacritics, case and tone-mark placement', () => {
  const index = buildSearchIndex(createEntries());

  it.each(['hoan kiem', 'Hoàn Kiếm', 'HOÀN KIẾM', '  hoàn   kiếm ', 'Ho\u0061\u0300n Kie\u0302\u0301m'])(
    '"%s" finds both Hoàn Kiếm',
    (q) => {
      expect(ids(search(index, q)).slice(0, 2)).toEqual(['unit2025:00070', 'district2019:002']);
    },
  );

  it('"Hòa" (mark on o) and "Hoà" (mark on a) are different code points after NFC', () => {
    expect('H\u00f2a'.normalize('NFC')).not.toBe('Ho\u00e0'.normalize('NFC'));
  });

  it.each(['H\u00f2a Bình', 'Ho\u00e0 Bình', 'hoa binh', 'HOA BINH'])('"%s" finds both Hòa Bình and Hoà Bình', (q) => {
    expect(ids(search(index, q))).toEqual(['unit2025:09000', 'ward2019:09001']);
  });

  it('the normalised keys of Hòa, Hoà and combining a + grave are all "hoa"', () => {
    expect(new Set(['H\u00f2a', 'Ho\u00e0', 'Hoa\u0300', 'HO\u00c0'].map(normaliseForSearch))).toEqual(
      new Set(['hoa']),
    );
  });

  it.each(['Đống Đa', 'dong da', 'ĐỐNG ĐA', '\u00d0ống \u00d0a'])('"%s" finds Đống Đa (đ = d, Latin eth too)', (q) => {
    expect(ids(search(index, q))).toEqual(['unit2025:00200', 'district2019:006']);
  });

  it('"thuong cat" finds Thượng Cát', () => {
    expect(ids(search(index, 'thuong cat'))).toEqual(['unit2025:00600']);
  });

  it('punctuation in a query counts as a space', () => {
    expect(ids(search(index, 'hoan-kiem,'))[0]).toBe('unit2025:00070');
  });
});

describe('search: both layouts', () => {
  const index = buildSearchIndex(createEntries());

  it('returns the 2025 unit and the 2019 district of the same name, told apart by level', () => {
    const r = search(index, 'Hoàn Kiếm').slice(0, 2);
    expect(r.map((e) => e.name)).toEqual(['Hoàn Kiếm', 'Hoàn Kiếm']);
    expect(r.map((e) => e.level)).toEqual(['unit2025', 'district2019']);
  });

  it('finds a legacy ward with its district as context', () => {
    const [hit] = search(index, 'hang bac');
    expect(hit).toMatchObject({ level: 'ward2019', id: '00037', context: 'Quận Hoàn Kiếm' });
  });

  it('finds a zone by a word of its name', () => {
    expect(ids(search(index, 'noi bai'))).toEqual(['zone:z-noibai']);
  });
});

describe('search: English names and full names', () => {
  const index = buildSearchIndex(createEntries());

  it('"Hoan Kiem Ward" finds the 2025 unit first (exact English name)', () => {
    expect(ids(search(index, 'Hoan Kiem Ward'))).toEqual(['unit2025:00070']);
  });

  it('"hoan kiem district" finds the 2019 district', () => {
    expect(ids(search(index, 'hoan kiem district'))).toEqual(['district2019:002']);
  });

  it('"airport" finds Nội Bài', () => {
    expect(ids(search(index, 'airport'))).toEqual(['zone:z-noibai']);
  });

  it('"quan dong da" finds the district by its Vietnamese full name', () => {
    expect(ids(search(index, 'quan dong da'))).toEqual(['district2019:006']);
  });
});

describe('search: word prefixes and ranking', () => {
  const index = buildSearchIndex(createEntries());

  it('"hoan k" finds Hoàn Kiếm (prefix of the name)', () => {
    expect(ids(search(index, 'hoan k'))).toEqual(['unit2025:00070', 'district2019:002']);
  });

  it('"kiem" finds Hoàn Kiếm (prefix of a later word)', () => {
    expect(ids(search(index, 'kiem'))).toEqual(['unit2025:00070', 'district2019:002']);
  });

  it('query words match word prefixes in any order ("ward kiem")', () => {
    expect(ids(search(index, 'ward kiem'))).toEqual(['unit2025:00070']);
  });

  it('ranks exact, then name prefix, then word prefix, then substring; ties by level, then alphabet', () => {
    const extra = buildSearchIndex([
      createEntry({ level: 'zone', id: 'sub', name: 'Phòng khám' }), // substring: p-hong
      createEntry({ level: 'ward2019', id: 'wp', name: 'Xuân Hồng' }), // word prefix, 2019 ward
      createEntry({ level: 'unit2025', id: 'sub2', name: 'Thông Đạt' }), // substring: t-hong, 2025 unit
      createEntry({ level: 'unit2025', id: 'pre', name: 'Hồng Hà' }), // name prefix
      createEntry({ level: 'district2019', id: 'ex', name: 'Hồng' }), // exact, though a 2019 district
      createEntry({ level: 'unit2025', id: 'wp2', name: 'Yên Hồng' }), // word prefix, 2025 unit
      createEntry({ level: 'unit2025', id: 'wp3', name: 'An Hồng' }), // word prefix, 2025 unit, "an" < "yen"
    ]);
    expect(search(extra, 'hong').map((e) => e.id)).toEqual(['ex', 'pre', 'wp3', 'wp2', 'wp', 'sub2', 'sub']);
  });

  it('ranks units of 2025 before districts, wards and zones when the match is equal', () => {
    const extra = buildSearchIndex([
      createEntry({ level: 'zone', id: 'z', name: 'Tây Hồ' }),
      createEntry({ level: 'ward2019', id: 'w', name: 'Tây Hồ' }),
      createEntry({ level: 'district2019', id: 'd', name: 'Tây Hồ' }),
      createEntry({ level: 'unit2025', id: 'u', name: 'Tây Hồ' }),
    ]);
    expect(search(extra, 'tay ho').map((e) => e.id)).toEqual(['u', 'd', 'w', 'z']);
  });

  it('a name prefix comes before a later-word prefix ("thuong": Thượng Cát, then Phú Thượng)', () => {
    expect(ids(search(index, 'thuong'))).toEqual(['unit2025:00600', 'unit2025:00800']);
  });

  it('does not search the context (the 2019 ward in "Huyện Thường Tín" is not found by "thuong tin")', () => {
    expect(search(index, 'thuong tin')).toEqual([]);
  });
});

describe('search: limit and empty queries', () => {
  const index = buildSearchIndex(createEntries());

  it('returns at most `limit` entries', () => {
    expect(search(index, 'phuong', 3)).toHaveLength(3);
  });

  it('returns at most 10 entries by default', () => {
    const many = buildSearchIndex(
      Array.from({ length: 25 }, (_, i) =>
        createEntry({ level: 'ward2019', id: String(i).padStart(5, '0'), name: `Phường ${i}` }),
      ),
    );
    expect(search(many, 'phuong')).toHaveLength(10);
  });

  it('a limit of 0 gives []', () => {
    expect(search(index, 'hoan kiem', 0)).toEqual([]);
  });

  it.each(['', '   ', '\u0300', '—'])('an empty query (%j) gives []', (q) => {
    expect(search(index, q)).toEqual([]);
  });

  it('a query matching nothing gives []', () => {
    expect(search(index, 'zzz')).toEqual([]);
  });
});

describe('search by H3 cell id', () => {
  const index = buildSearchIndex(createEntries());

  it('an H3 index of resolution 8 or 9 finds that cell of its grid level, in any case and with spaces', () => {
    expect(search(index, '8941aa1c8c3ffff')).toEqual([
      {
        level: 'h3r9',
        id: '8941aa1c8c3ffff',
        name: '8941aa1c8c3ffff',
        fullName: 'Ô lưới H3 8941aa1c8c3ffff (độ phân giải 9)',
        nameEn: 'H3 cell 8941aa1c8c3ffff (resolution 9)',
        context: null,
      },
    ]);
    expect(ids(search(index, '  8841AA1C8DFFFFF '))).toEqual(['h3r8:8841aa1c8dfffff']);
  });

  it('other resolutions and near misses are not cell ids', () => {
    expect(search(index, '8741aa1c8ffffff')).toEqual([]);
    expect(search(index, '8941aa1c8c3fff')).toEqual([]);
    expect(search(index, '8941aa1c8c3fffg')).toEqual([]);
  });
});
