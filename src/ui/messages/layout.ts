/** Interface strings of the layout feature (see part.ts). */
import { messagePart } from './part.js';

export const LAYOUT_MESSAGES = messagePart<never>({}, {});
