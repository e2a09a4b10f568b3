/**
 * Character encodings of imported text files (to be completed: detection by byte-order mark, strict UTF-8, the
 * Windows-1258 fallback and double-encoded UTF-8).
 */
import type { Bilingual } from './issue';

/** Encodings an imported text file may be in. */
export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1258';

/** How a file's bytes were decoded, with the reason in both languages. */
export type EncodingReport = {
  encoding: TextEncodingName;
  /** Whether the file began with a byte-order mark. */
  bom: boolean;
  reason: Bilingual;
};
