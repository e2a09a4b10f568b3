/**
 * Interface strings of the public map's point answer beyond any operator (PublicPointAnswer.tsx) and of its load
 * errors (PublicApp.tsx); see part.ts.
 */
import { messagePart } from './part.js';

export const POINT_PUBLIC_MESSAGES = messagePart(
  {
    'pointPublic.sample': 'Trạm và lượt đo tốc độ là dữ liệu mẫu.',
    'pointPublic.detailsError': 'Không đọc được chi tiết theo nhà mạng',
    'pointPublic.loadError': 'Không đọc được tệp',
    'pointPublic.streetsError': 'Không đọc được danh sách đường phố',
  },
  {
    'pointPublic.sample': 'Sites and speed tests are sample data.',
    'pointPublic.detailsError': 'The per-operator details could not be read',
    'pointPublic.loadError': 'Could not read the file',
    'pointPublic.streetsError': 'The street names could not be read',
  },
);
