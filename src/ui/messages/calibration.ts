/** Interface strings of the calibration feature (see part.ts). */
import { messagePart } from './part.js';

export const CALIBRATION_MESSAGES = messagePart<never>({}, {});
