/**
 * Interface strings of the named lines (issue #17, "coverage along roads"): the search box's line options, the
 * line's panel (LinePanel.tsx) and the import section for line files (LineImportSection.tsx). See part.ts.
 */
import type { Lang } from '../../domain/lang.js';
import { messagePart, partText } from './part.js';

export const LINES_MESSAGES = messagePart(
  {
    'line.kind.road': 'Tuyến đường',
    'line.kind.railway': 'Đường sắt',
    'line.kind.metro': 'Đường sắt đô thị',
    'line.title': 'Vùng phủ dọc tuyến',
    'line.length': 'Chiều dài',
    'line.segments': 'đoạn',
    'line.loading': 'Đang đo vùng phủ dọc tuyến…',
    'line.error': 'Không đo được tuyến này',
    'line.level': 'Mức phủ sóng',
    'line.operator': 'Nhà mạng',
    'line.anyOperator': 'Bất kỳ nhà mạng',
    'line.coveredKm': 'Có sóng (km)',
    'line.coveredPct': 'Có sóng (%)',
    'line.areas': 'Theo xã, phường (từ 2025)',
    'line.area': 'Xã, phường',
    'line.km': 'Dài (km)',
    'line.covered5g': 'Có 5G (%)',
    'line.method':
      'Chiều dài đo trên elipxoit WGS84; phần có sóng là phần tuyến nằm trong vùng phủ của mô hình tại ngày của bản đồ, kể cả trạm dự kiến.',
    'line.sample': 'Vùng phủ tính từ dữ liệu trạm mẫu.',
    'line.source': 'Nguồn',
    'line.builtInSource': 'đường phố trung tâm Hà Nội năm 2017, © Những người đóng góp OpenStreetMap (ODbL)',
    'line.import.title': 'Tuyến có tên (đường, đường sắt, metro)',
    'line.import.hint':
      'Tệp GeoJSON hoặc FlatGeobuf gồm các đường (LineString): tên lấy từ name / ten / tên / ten_duong / ref. Các đoạn cùng tên là một tuyến; tìm tuyến trong ô tìm kiếm để xem vùng phủ dọc tuyến.',
    'line.import.file': 'Tệp tuyến',
    'line.import.kind': 'Nhập như',
    'line.import.auto': 'Theo thẻ OSM (highway, railway)',
    'line.import.reading': 'Đang đọc',
    'line.import.result': '{lines} tuyến từ {accepted}/{features} đối tượng',
    'line.import.remove': 'Gỡ',
    'line.import.saved': '{lines} tuyến, đã lưu trong trình duyệt',
    'line.import.issues': 'Lỗi và cảnh báo',
    'line.import.read': 'Đọc tệp',
    'line.import.bom': 'có BOM',
  },
  {
    'line.kind.road': 'Road',
    'line.kind.railway': 'Railway',
    'line.kind.metro': 'Metro line',
    'line.title': 'Coverage along the line',
    'line.length': 'Length',
    'line.segments': 'segments',
    'line.loading': 'Measuring the coverage along the line…',
    'line.error': 'This line could not be measured',
    'line.level': 'Coverage level',
    'line.operator': 'Operator',
    'line.anyOperator': 'Any operator',
    'line.coveredKm': 'Covered (km)',
    'line.coveredPct': 'Covered (%)',
    'line.areas': 'By commune and ward (2025)',
    'line.area': 'Commune, ward',
    'line.km': 'Length (km)',
    'line.covered5g': '5G covered (%)',
    'line.method':
      'Lengths on the WGS84 ellipsoid; the covered part is the part of the line inside the modelled coverage at the map’s date, planned sites included.',
    'line.sample': 'Coverage computed from sample sites.',
    'line.source': 'Source',
    'line.builtInSource': 'central Hà Nội streets, 2017, © OpenStreetMap contributors (ODbL)',
    'line.import.title': 'Named lines (roads, railways, metro)',
    'line.import.hint':
      'A GeoJSON or FlatGeobuf file of lines (LineString): the name from name / ten / ten_duong / ref. Segments of one name are one line; find a line in the search box to see its coverage.',
    'line.import.file': 'Line file',
    'line.import.kind': 'Import as',
    'line.import.auto': 'By OSM tags (highway, railway)',
    'line.import.reading': 'Reading',
    'line.import.result': '{lines} lines from {accepted}/{features} features',
    'line.import.remove': 'Remove',
    'line.import.saved': '{lines} lines, saved in this browser',
    'line.import.issues': 'Errors and warnings',
    'line.import.read': 'Read as',
    'line.import.bom': 'with BOM',
  },
);

/** A key of this part. */
export type LinesMessageKey = keyof typeof LINES_MESSAGES.vi;

/** The translator of this part for a language. */
export function linesText(lang: Lang): (key: LinesMessageKey) => string {
  return partText(LINES_MESSAGES, lang);
}
