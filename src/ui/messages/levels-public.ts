/**
 * Interface strings of the coverage levels on the public map (its outdoor / indoor choice, legend, point answer)
 * and of the figures marked as computed with earlier model parameters in the planner (see part.ts).
 */
import type { Lang } from '../../domain/lang.js';
import { messagePart } from './part.js';

export const LEVELS_PUBLIC_MESSAGES = messagePart(
  {
    'pubLevel.hint':
      'Ngoài trời: người đứng ngoài đường. Trong nhà: thêm suy hao khi sóng đi qua tường và kính (3GPP TR 38.901), nên vùng phủ trong nhà nhỏ hơn.',
    'pubLevel.publicSource':
      'Bản đồ công khai trả lời từ vùng phủ đã tính sẵn theo ô 1 km: 4G và 5G của mọi nhà mạng, ngoài trời hoặc trong nhà theo lựa chọn. Chi tiết theo nhà mạng, trạm gần nhất và tốc độ đo có trong ứng dụng quy hoạch.',
    'pubLevel.figuresAt': 'Số liệu',
    'paramsStale.compare': 'Số liệu so sánh được tính với tham số mô hình trước đó; chọn lại ngày so sánh để tính lại.',
    'paramsStale.footprints': 'Vùng phủ của trạm dự kiến tô xám được tính với tham số mô hình trước đó.',
  },
  {
    'pubLevel.hint':
      'Outdoor: a person in the street. Indoor: adds the loss of walls and windows (3GPP TR 38.901), so indoor coverage is smaller.',
    'pubLevel.publicSource':
      'The public map answers from the coverage computed in advance per 1 km tile: 4G and 5G of any operator, outdoors or indoors as chosen. Per operator, the nearest sites and measured speeds are in the planning app.',
    'pubLevel.figuresAt': 'Figures',
    'paramsStale.compare':
      'The comparison was computed with the earlier model parameters; choose the date again to recompute it.',
    'paramsStale.footprints': 'Candidate footprints drawn grey were computed with the earlier model parameters.',
  },
);

/** A key of this part. */
export type LevelsPublicKey = keyof (typeof LEVELS_PUBLIC_MESSAGES)['vi'];

/** A string of this part in `lang` (read directly, so the part works before and after `i18n.ts` merges it). */
export const levelsText = (lang: Lang, key: LevelsPublicKey): string => LEVELS_PUBLIC_MESSAGES[lang][key];
