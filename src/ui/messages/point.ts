/** Interface strings of the point feature (see part.ts). */
import { messagePart } from './part.js';

export const POINT_MESSAGES = messagePart<never>({}, {});
