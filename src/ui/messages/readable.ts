/**
 * Interface strings of issue #18's readability work (see part.ts): the public map's area panel and table with the
 * unit of every figure in its heading, and the window of the measured speeds.
 */
import { messagePart } from './part.js';

export const READABLE_MESSAGES = messagePart(
  {
    'readable.areaName': 'Tên khu vực',
    'readable.coveredArea': 'Tỷ lệ phủ (% diện tích)',
    'readable.coveredPopulation': 'Tỷ lệ phủ (% dân số)',
    'readable.covered4g': 'Vùng phủ 4G (% diện tích)',
    'readable.covered5g': 'Vùng phủ 5G (% diện tích)',
    'readable.population5g': 'Dân số có 5G (% dân số)',
    'readable.speed': 'Tốc độ tải xuống trung bình đo được {tech} (Mbit/s)',
    'readable.cables': 'Cáp ngầm hóa (km)',
    'readable.cablesPlanned': 'theo kế hoạch',
    'readable.speedWindow': 'Tốc độ: trung bình các số đo từ {from} đến {to}',
    'readable.speedAllData': 'Tốc độ: trung bình mọi số đo của dữ liệu, không lọc theo ngày',
  },
  {
    'readable.areaName': 'Area',
    'readable.coveredArea': 'Covered (% of area)',
    'readable.coveredPopulation': 'Covered (% of residents)',
    'readable.covered4g': '4G coverage (% of area)',
    'readable.covered5g': '5G coverage (% of area)',
    'readable.population5g': 'Residents with 5G (%)',
    'readable.speed': 'Measured mean {tech} download (Mbit/s)',
    'readable.cables': 'Underground cables (km)',
    'readable.cablesPlanned': 'planned',
    'readable.speedWindow': 'Speeds: the mean of the measurements from {from} to {to}',
    'readable.speedAllData': 'Speeds: the mean of every measurement in the data, no date filter',
  },
);

/** A readable string in `lang`, until `i18n.ts` merges this part into the interface's dictionary. */
export function readableText(lang: 'vi' | 'en', key: keyof (typeof READABLE_MESSAGES)['vi']): string {
  return READABLE_MESSAGES[lang][key];
}
