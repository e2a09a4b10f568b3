/**
 * Interface strings of the ranked table's operators column (issue #17, operator comparison; see part.ts): how
 * many operators cover at least `{p}` percent of the area with the table's technology `{tech}` at the chosen
 * coverage level (the rule of analysis/operators-covering.ts), its short header and the rule in its tooltip.
 * Components read them through `rankedCoveringText` until `i18n.ts` merges the part.
 */
import type { Lang } from '../../domain/lang.js';
import { messagePart, partText } from './part.js';

export const RANKED_COVERING_MESSAGES = messagePart(
  {
    'rankedCovering.col': 'Nhà mạng {tech}',
    'rankedCovering.colAny': 'Số nhà mạng',
    'rankedCovering.title':
      'Số nhà mạng phủ {tech} ít nhất {p} % diện tích, ở mức phủ sóng đang chọn (quy tắc của lớp "Số nhà mạng có 5G"). Bấm để xếp theo số này.',
    'rankedCovering.titleAny':
      'Số nhà mạng phủ công nghệ của bảng ít nhất {p} % diện tích, ở mức phủ sóng đang chọn (quy tắc của lớp "Số nhà mạng có 5G"). Bấm để xếp theo số này.',
  },
  {
    'rankedCovering.col': 'Operators {tech}',
    'rankedCovering.colAny': 'Operators',
    'rankedCovering.title':
      'Operators with {tech} on at least {p} % of the area, at the chosen coverage level (the rule of the "Operators with 5G" layer). Choose to sort by it.',
    'rankedCovering.titleAny':
      'Operators with the table\'s technology on at least {p} % of the area, at the chosen coverage level (the rule of the "Operators with 5G" layer). Choose to sort by it.',
  },
);

/** A key of this part. */
export type RankedCoveringKey = keyof (typeof RANKED_COVERING_MESSAGES)['vi'];

/** The translator of this part for a language. */
export function rankedCoveringText(lang: Lang): (key: RankedCoveringKey) => string {
  return partText(RANKED_COVERING_MESSAGES, lang);
}
