/**
 * A part of the interface strings, kept in its own file so that a feature brings its words with it. `i18n.ts`
 * merges every part into one dictionary per language; a key missing in either language is a type error.
 */
export type MessagePart<K extends string> = {
  readonly vi: Readonly<Record<K, string>>;
  readonly en: Readonly<Record<K, string>>;
};

/** A part from its Vietnamese and English strings (the same keys in both, checked by the compiler). */
export function messagePart<K extends string>(vi: Record<K, string>, en: Record<K, string>): MessagePart<K> {
  return { vi, en };
}

/** The strings of a part in one language, as a function of the key (what each part's `xxxText(lang)` answers). */
export function partText<K extends string>(part: MessagePart<K>, lang: 'vi' | 'en'): (key: K) => string {
  const m = part[lang];
  return (key) => m[key];
}
