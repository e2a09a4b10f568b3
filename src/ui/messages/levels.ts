/** Interface strings of the coverage levels (outdoor, indoor; see domain/coverage-level.ts and part.ts). */
import { messagePart } from './part.js';

export const LEVELS_MESSAGES = messagePart(
  {
    'coverageLevel.label': 'Mức phủ sóng',
    'coverageLevel.outdoor': 'Ngoài trời',
    'coverageLevel.indoor': 'Trong nhà',
    'coverageLevel.hint':
      'Ngoài trời: người đứng ngoài đường. Trong nhà: thêm suy hao khi sóng đi qua tường và kính (3GPP TR 38.901).',
    'coverageLevel.popTargetOutdoor': 'Dân số có 5G ngoài trời',
    'coverageLevel.popTargetIndoor': 'Dân số có 5G trong nhà',
  },
  {
    'coverageLevel.label': 'Coverage level',
    'coverageLevel.outdoor': 'Outdoor',
    'coverageLevel.indoor': 'Indoor',
    'coverageLevel.hint':
      'Outdoor: a person in the street. Indoor: adds the loss of walls and windows (3GPP TR 38.901).',
    'coverageLevel.popTargetOutdoor': 'Residents with 5G outdoors',
    'coverageLevel.popTargetIndoor': 'Residents with 5G indoors',
  },
);
