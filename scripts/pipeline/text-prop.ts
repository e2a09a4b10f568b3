/**
 * A raw property as display text: strings as they are, null/undefined as '', anything else stringified;
 * always NFC, because MapLibre draws a letter made of several code points with the system font, not our glyphs.
 */
export const textProp = (v: unknown): string =>
  (typeof v === 'string' ? v : v == null ? '' : String(v)).normalize('NFC');
