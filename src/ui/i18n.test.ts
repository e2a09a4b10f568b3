import { describe, expect, it } from 'vitest';
import { MESSAGES, formatNumber, translator, type MessageKey } from './i18n.js';

/**
 * Keys whose Vietnamese is rightly the same text as the English, each with its reason. Anything else equal in both
 * languages is an untranslated leftover.
 */
const SAME_IN_BOTH: ReadonlySet<string> = new Set([
  // File format names.
  'import.format.geojson',
  'import.format.flatgeobuf',
  // A technology and a unit: "5G (%)".
  'zones.percent',
  // Statistical symbols with their unit: "σ (dB)", "RMSE (dB)".
  'calibration.sigma',
  'calibration.rmse',
  // Propagation models named after their authors, with their ranges: "Okumura–Hata (150–1500 MHz, 1–20 km)".
  'model.pathLoss.okumura-hata',
  'model.pathLoss.cost231-hata',
]);

/**
 * English words that Vietnamese never uses, matched as whole words (Unicode letters around them do not count,
 * so "To" in "Toàn" is no match). Text in parentheses is left out first: it names the file's columns, the
 * English term beside its Vietnamese ("quan hệ (relation)") or a format.
 */
const ENGLISH_WORDS =
  /(?<!\p{L})(the|of|and|is|are|not|with|from|for|by|data|sample|site|sites|area|zone|zones|coverage|speed|file|rows|please|click|loading|error)(?!\p{L})/iu;

/** Letters only Vietnamese uses among Latin scripts: ă â đ ê ô ơ ư and the tone-marked vowels U+1EA0–U+1EF9. */
const VIETNAMESE_LETTERS = /[ăâđêôơưạ-ỹ]/iu;

/** Vietnamese proper names an English text may hold as they are written. */
const PROPER_NAMES = /Hà Nội|Bệnh viện|Hoàn Kiếm|Tiếng Việt/gu;

const keys = Object.keys(MESSAGES.vi) as MessageKey[];

describe('the interface strings', () => {
  it('hold the same keys in both languages', () => {
    expect(Object.keys(MESSAGES.en).sort()).toEqual([...keys].sort());
  });

  it('give every key a text that is not empty, in both languages', () => {
    const empty = keys.flatMap((k) =>
      (['vi', 'en'] as const).filter((l) => (MESSAGES[l][k] ?? '').trim() === '').map((l) => `${l}:${k}`),
    );
    expect(empty).toEqual([]);
  });

  it('translate every key: a Vietnamese text equal to its English is only one of the listed names', () => {
    const same = keys.filter((k) => MESSAGES.vi[k] === MESSAGES.en[k] && !SAME_IN_BOTH.has(k));
    expect(same).toEqual([]);
  });

  it('leave no English words in the Vietnamese texts', () => {
    const english = keys
      .map((k) => [k, ENGLISH_WORDS.exec(MESSAGES.vi[k].replace(/\([^)]*\)|\{[^}]*\}/g, ''))?.[0]] as const)
      .filter(([, word]) => word !== undefined)
      .map(([k, word]) => `${k}: ${word}`);
    expect(english).toEqual([]);
  });

  it('leave no Vietnamese in the English texts but proper names', () => {
    const vietnamese = keys.filter((k) => VIETNAMESE_LETTERS.test(MESSAGES.en[k].replace(PROPER_NAMES, '')));
    expect(vietnamese).toEqual([]);
  });

  it('translator returns the text of the chosen language', () => {
    expect(translator('vi')('legend')).toBe('Chú giải');
    expect(translator('en')('legend')).toBe('Legend');
  });
});

describe('formatNumber', () => {
  it('writes thousands and decimals as each language does', () => {
    expect(formatNumber('vi', 1234.5, 1)).toBe('1.234,5');
    expect(formatNumber('en', 1234.5, 1)).toBe('1,234.5');
    expect(formatNumber('vi', 68979)).toBe('68.979');
  });

  it('writes a negative number with the minus sign U+2212, never the hyphen-minus', () => {
    expect(formatNumber('vi', -0.7, 1)).toBe('\u22120,7');
    expect(formatNumber('en', -1234.5, 1)).toBe('\u22121,234.5');
  });

  it('writes a negative number that rounds to nothing as 0', () => {
    expect(formatNumber('vi', -0.04, 1)).toBe('0');
    expect(formatNumber('vi', -0)).toBe('0');
  });
});
