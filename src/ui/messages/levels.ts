/** Interface strings of the coverage levels (outdoor, indoor; see domain/coverage-level.ts and part.ts). */
import { messagePart } from './part.js';

export const LEVELS_MESSAGES = messagePart(
  { 'coverageLevel.outdoor': 'Ngoài trời' },
  { 'coverageLevel.outdoor': 'Outdoor' },
);
