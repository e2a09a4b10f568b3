/**
 * Interface strings of the shared-infrastructure block of the area panel (issue #17, part 1; see part.ts): its
 * title, the four figures, how towers are found and which sites are counted. `{m}` is the tower distance in
 * metres and `{date}` the map's date, both filled in by the component. Components read them through
 * `sharingPanelText` until `i18n.ts` merges the part.
 */
import type { Lang } from '../../domain/lang.js';
import { messagePart, partText } from './part.js';

export const SHARING_PANEL_MESSAGES = messagePart(
  {
    'sharingPanel.title': 'Hạ tầng dùng chung',
    'sharingPanel.towers': 'Số cột',
    'sharingPanel.shared': 'Cột dùng chung',
    'sharingPanel.sitesShared': 'Trạm trên cột dùng chung',
    'sharingPanel.perTower': 'Số nhà mạng trung bình mỗi cột',
    'sharingPanel.sites': 'trạm',
    'sharingPanel.note':
      'Cột: các trạm cùng mã cột ("tower_id") của tệp nhập; trạm không có mã gộp thành một cột khi cách nhau không quá {m} m.',
    'sharingPanel.asOf': 'Trạm phát sóng đến ngày {date}; không tính trạm dự kiến của kế hoạch.',
    'sharingPanel.allData': 'Mọi trạm đang dùng; không tính trạm dự kiến của kế hoạch.',
    'sharingPanel.computing': 'Đang đếm cột dùng chung…',
    'sharingPanel.error': 'Không đếm được cột dùng chung',
  },
  {
    'sharingPanel.title': 'Shared infrastructure',
    'sharingPanel.towers': 'Towers',
    'sharingPanel.shared': 'Shared towers',
    'sharingPanel.sitesShared': 'Sites on shared towers',
    'sharingPanel.perTower': 'Mean operators per tower',
    'sharingPanel.sites': 'sites',
    'sharingPanel.note':
      'Towers: sites with the same tower id ("tower_id") in an imported file; sites without one form a tower when within {m} m of each other.',
    'sharingPanel.asOf': "Sites on air by {date}; the plan's candidate sites are not counted.",
    'sharingPanel.allData': "Every site in use; the plan's candidate sites are not counted.",
    'sharingPanel.computing': 'Counting shared towers…',
    'sharingPanel.error': 'Could not count shared towers',
  },
);

/** A key of this part. */
export type SharingPanelKey = keyof (typeof SHARING_PANEL_MESSAGES)['vi'];

/** The translator of this part for a language. */
export function sharingPanelText(lang: Lang): (key: SharingPanelKey) => string {
  return partText(SHARING_PANEL_MESSAGES, lang);
}
