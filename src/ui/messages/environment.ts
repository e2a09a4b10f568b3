/** Interface strings of the environment feature (see part.ts). */
import { messagePart } from './part.js';

export const ENVIRONMENT_MESSAGES = messagePart<never>({}, {});
