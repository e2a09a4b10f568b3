/**
 * Interface strings of the imported tower id (`Site.towerId`, issue #17's shared infrastructure; see part.ts): its
 * label in the column mapping, its column in the preview of imported sites and its row in the import report.
 * Components read them through `towerIdText` until `i18n.ts` merges the part.
 */
import type { Lang } from '../../domain/lang.js';
import { messagePart, partText } from './part.js';

export const TOWER_ID_MESSAGES = messagePart(
  {
    'import.field.towerId': 'Mã cột dùng chung (towerId)',
    'import.col.towerId': 'Mã cột',
    'import.towerIds': 'Mã cột',
    'import.towerIds.sites': 'trạm có mã cột',
    'import.towerIds.distinct': 'mã khác nhau',
    'import.towerIds.note': 'Các trạm của những nhà mạng khác nhau cùng một mã cột được tính là một cột dùng chung.',
  },
  {
    'import.field.towerId': 'Shared tower id (towerId)',
    'import.col.towerId': 'Tower id',
    'import.towerIds': 'Tower ids',
    'import.towerIds.sites': 'sites with a tower id',
    'import.towerIds.distinct': 'distinct',
    'import.towerIds.note': 'Sites of different operators with the same tower id count as one shared tower.',
  },
);

/** A key of this part. */
export type TowerIdKey = keyof (typeof TOWER_ID_MESSAGES)['vi'];

/** The translator of this part for a language. */
export function towerIdText(lang: Lang): (key: TowerIdKey) => string {
  return partText(TOWER_ID_MESSAGES, lang);
}
