/** Interface strings of the model feature (see part.ts). */
import { messagePart } from './part.js';

export const MODEL_MESSAGES = messagePart<never>({}, {});
