/**
 * Interface strings of issue #17's figures (see part.ts): the operator comparison in the area panel and the ranked
 * table, the sharing figures and named roads. Components read them through `figuresText` until `i18n.ts` merges
 * the part.
 */
import type { Lang } from '../../domain/lang.js';
import { messagePart, partText } from './part.js';

export const FIGURES_MESSAGES = messagePart(
  {
    'figures.leadTitle': 'Nhà mạng dẫn đầu',
    'figures.byArea': 'theo diện tích phủ',
    'figures.byPopulation': 'theo dân số được phủ',
    'figures.covering5g': 'Số nhà mạng phủ 5G ít nhất {p} % diện tích',
    'figures.none': 'không nhà mạng nào',
    'figures.tieNote': 'Dấu „=”: các nhà mạng ngang nhau (chênh không quá 0,01 điểm %).',
    'figures.level': 'Mức phủ sóng',
    'figures.col.lead': 'Dẫn đầu (%)',
    'figures.csv.lead': 'Nhà mạng dẫn đầu',
    'figures.csv.leadPct': 'Tỷ lệ của nhà mạng dẫn đầu (%)',
    'figures.csv.covering': 'Số nhà mạng phủ công nghệ này trên ít nhất {p} % diện tích',
    'figures.csv.level': 'Mức phủ sóng',
  },
  {
    'figures.leadTitle': 'Leading operator',
    'figures.byArea': 'by area covered',
    'figures.byPopulation': 'by residents covered',
    'figures.covering5g': 'Operators with 5G on at least {p} % of the area',
    'figures.none': 'no operator',
    'figures.tieNote': '"=": operators tied (within 0.01 percentage points).',
    'figures.level': 'Coverage level',
    'figures.col.lead': 'Leader (%)',
    'figures.csv.lead': 'Leading operator',
    'figures.csv.leadPct': 'Share of the leading operator (%)',
    'figures.csv.covering': 'Operators with this technology on at least {p} % of the area',
    'figures.csv.level': 'Coverage level',
  },
);

/** A key of this part. */
export type FiguresKey = keyof (typeof FIGURES_MESSAGES)['vi'];

/** The translator of this part for a language. */
export function figuresText(lang: Lang): (key: FiguresKey) => string {
  return partText(FIGURES_MESSAGES, lang);
}
