/**
 * Interface strings of the road block of the area panel (issue #17, coverage along roads; see part.ts): its title,
 * the columns and rows, the OSM road classes, what is measured and the states while the worker measures. Components
 * read them through `areaRoadsText` until `i18n.ts` merges the part.
 */
import type { Lang } from '../../domain/lang.js';
import { messagePart, partText } from './part.js';

export const AREA_ROADS_MESSAGES = messagePart(
  {
    'areaRoads.title': 'Đường giao thông',
    'areaRoads.class': 'Loại đường',
    'areaRoads.km': 'Dài (km)',
    'areaRoads.covered': 'Được phủ (%)',
    'areaRoads.motorway': 'Cao tốc',
    'areaRoads.trunk': 'Quốc lộ, trục chính',
    'areaRoads.primary': 'Đường chính',
    'areaRoads.secondary': 'Đường cấp 2',
    'areaRoads.tertiary': 'Đường cấp 3',
    'areaRoads.total': 'Cộng',
    'areaRoads.city': 'Toàn thành phố',
    'areaRoads.note':
      'Đường OSM từ cao tốc đến đường cấp 3 (motorway–tertiary), km trắc địa; phần được phủ theo công nghệ, nhà mạng và mức phủ sóng đang chọn, gồm cả trạm dự kiến của kế hoạch; cùng cách tính với roads.csv.',
    'areaRoads.noArea': 'Đường không được đo theo ô lưới: chỉ có số liệu toàn thành phố.',
    'areaRoads.computing': 'Đang tính…',
    'areaRoads.error': 'Không tính được độ phủ dọc đường',
  },
  {
    'areaRoads.title': 'Roads',
    'areaRoads.class': 'Road class',
    'areaRoads.km': 'Length (km)',
    'areaRoads.covered': 'Covered (%)',
    'areaRoads.motorway': 'Motorway',
    'areaRoads.trunk': 'Trunk',
    'areaRoads.primary': 'Primary',
    'areaRoads.secondary': 'Secondary',
    'areaRoads.tertiary': 'Tertiary',
    'areaRoads.total': 'Total',
    'areaRoads.city': 'Whole city',
    'areaRoads.note':
      "OSM roads from motorway to tertiary, geodesic km; the covered part for the chosen technology, operator and coverage level, the plan's candidate sites included; computed as roads.csv is.",
    'areaRoads.noArea': 'Roads are not measured per grid cell: only the whole city is shown.',
    'areaRoads.computing': 'Computing…',
    'areaRoads.error': 'Could not measure coverage along roads',
  },
);

/** A key of this part. */
export type AreaRoadsKey = keyof (typeof AREA_ROADS_MESSAGES)['vi'];

/** The translator of this part for a language. */
export function areaRoadsText(lang: Lang): (key: AreaRoadsKey) => string {
  return partText(AREA_ROADS_MESSAGES, lang);
}
