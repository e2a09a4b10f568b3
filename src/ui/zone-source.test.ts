import { describe, expect, it } from 'vitest';
import { zoneSource } from './zone-source.js';

describe('zoneSource', () => {
  it('puts an OpenStreetMap element in words of the language', () => {
    expect(zoneSource('OpenStreetMap way 992670662', 'vi')).toEqual({
      value: 'OpenStreetMap, đường (way) 992670662',
      note: null,
    });
    expect(zoneSource('OpenStreetMap node 5585952421', 'en')).toEqual({
      value: 'OpenStreetMap node 5585952421',
      note: null,
    });
  });

  it('says a named node is a bus stop and keeps the curator’s English note apart', () => {
    const src =
      'OpenStreetMap node 738813535 "Tòa nhà Indochina Tower - Đối diện ĐHQG Hà Nội"; stop opposite the campus';
    expect(zoneSource(src, 'vi')).toEqual({
      value:
        'OpenStreetMap, điểm (node) 738813535 "Tòa nhà Indochina Tower - Đối diện ĐHQG Hà Nội" (điểm dừng xe buýt)',
      note: 'Ghi chú của người biên soạn (tiếng Anh): stop opposite the campus',
    });
    expect(zoneSource(src, 'en').value).toBe(
      'OpenStreetMap node 738813535 "Tòa nhà Indochina Tower - Đối diện ĐHQG Hà Nội" (bus stop)',
    );
  });

  it('reads several nodes', () => {
    const src = 'OpenStreetMap nodes 738815674 "Đại Học Y Hà Nội", 8349461381 "20 Tôn Thất Tùng"';
    expect(zoneSource(src, 'vi').value).toBe(
      'OpenStreetMap, điểm (node) 738815674 "Đại Học Y Hà Nội", 8349461381 "20 Tôn Thất Tùng" (điểm dừng xe buýt)',
    );
  });

  it('names a commune centre in the language, the rest as the note', () => {
    const src =
      'centroid of commune Phú Nghĩa (Chương Mỹ) in the 2019 commune boundaries (github.com/choisy/vietnam63, MIT); location stated by http://example.vn/kcn (xã Phú Nghĩa, ~170 ha)';
    expect(zoneSource(src, 'vi')).toEqual({
      value: 'Tâm xã Phú Nghĩa (Chương Mỹ), theo ranh giới xã, phường năm 2019 (github.com/choisy/vietnam63, MIT)',
      note: 'Ghi chú của người biên soạn (tiếng Anh): location stated by http://example.vn/kcn (xã Phú Nghĩa, ~170 ha)',
    });
  });

  it('gives a web page its address, and what follows it as the note', () => {
    const src = 'https://it.wikipedia.org/wiki/Stazione_di_Hanoi (coordinates 21.02417, 105.84083)';
    expect(zoneSource(src, 'vi')).toEqual({
      value: 'Trang web https://it.wikipedia.org/wiki/Stazione_di_Hanoi',
      note: 'Ghi chú của người biên soạn (tiếng Anh): coordinates 21.02417, 105.84083',
    });
    expect(zoneSource("github.com/Aurelie81/cartoweb layers/p_sites_touristiques_4.js ('mausolée')", 'en')).toEqual({
      value: 'Web page github.com/Aurelie81/cartoweb',
      note: "Curator's note: layers/p_sites_touristiques_4.js ('mausolée')",
    });
  });

  it('shows a source of no known shape whole, as the note', () => {
    expect(zoneSource('general knowledge', 'vi')).toEqual({
      value: '—',
      note: 'Ghi chú của người biên soạn (tiếng Anh): general knowledge',
    });
  });
});
