/**
 * Bands as people write them → the canonical bands of `BANDS` (`../../domain/telecom.ts`) with their technology.
 *
 * A cell holds one or more items separated by `;`, `,`, `|`, `/`, `+`, `&` or spaces ("B3 n78", "1800/2100",
 * "L1800, NR3500"). Words that only name a technology (`4G`, `LTE`, `5G`, `NR`, `5G NR`) join the next word, units
 * (`MHz`, `GHz`) and brackets join the previous one, so "4G 1800", "5G 3.5 GHz" and "n78 (3500)" are one item each.
 * A comma between one digit and one or two digits is a decimal comma ("3,5 GHz" is 3.5 GHz; "1800,2100" is two
 * items). Case never matters.
 *
 * | written | read as |
 * |---|---|
 * | `B3`, `b3`, `n78`, `N78` (3GPP TS 36.101 / TS 38.101-1 band names) | that band, if modelled |
 * | `1800`, `1800MHz`, `1.8 GHz`, `1,8 GHz`, `3.5`, `3,5 GHz` (a number below 10 is GHz) | the modelled band whose frequencies hold it, see below |
 * | `LTE1800`, `L1800`, `4G 1800`, `LTE-1800` | the 4G band of that frequency |
 * | `NR3500`, `5G 3.5GHz`, `5G NR 3500`, `NR700` | the 5G band of that frequency |
 * | `n78 (3500)`, `B3 (1800 MHz)` | the band; the bracketed frequency must lie in it |
 *
 * Frequencies, MHz, of the modelled bands (3GPP TS 36.101 Table 5.5-1, TS 38.101-1 Table 5.2-1, nominal names as
 * operators write them):
 *
 * | MHz written | 4G (LTE) | 5G (NR) |
 * |---|---|---|
 * | 700–803 (700) | B28 | n28 |
 * | 880–960 (900) | B8 | not modelled (n8) |
 * | 1710–1880 (1800) | B3 | not modelled (n3) |
 * | 1920–2170 (2100) | B1 | not modelled (n1) |
 * | 2496–2690 (2600) | not modelled (B7) | n41 |
 * | 3300–3800 (3500, 3700) | — | n78 |
 *
 * A frequency that two technologies share (700 MHz: B28 or n28) is decided by the item's own technology
 * (`L700`, `NR700`), else by the row's technologies; when neither decides, the item is `ambiguous`. Not modelled
 * (`not-modelled`, an error naming the 3GPP band): 800–894 MHz (850: LTE B5/B20), 2300–2400 MHz (LTE B40, NR n40),
 * 3800–4200 MHz beyond n78 (NR n77), 4400–5000 MHz (n79), LTE at 2600 MHz (B7), NR at 900/1800/2100 MHz, and
 * those 3GPP names (also B38, B41, B42: LTE TDD bands, by name only). The 4G model (Hata family, `path-loss.ts`) is valid from 150 to 2000 MHz (2100 MHz is
 * extrapolated), so no LTE band above it is added to `BANDS`; the bands listed are those in use in Vietnam.
 * Anything else is `unknown`. Whether a band's technology is one the row lists is judged by the caller.
 */
import { BANDS, TECHNOLOGIES, type Band, type Technology } from '../../domain/telecom.js';
import type { Bilingual } from './issue.js';

/** A modelled band with the frequencies, MHz, a person may write for it. */
const MODELLED: readonly { band: Band; fromMhz: number; toMhz: number }[] = [
  { band: 'B28', fromMhz: 700, toMhz: 803 },
  { band: 'n28', fromMhz: 700, toMhz: 803 },
  { band: 'B8', fromMhz: 880, toMhz: 960 },
  { band: 'B3', fromMhz: 1710, toMhz: 1880 },
  { band: 'B1', fromMhz: 1920, toMhz: 2170 },
  { band: 'n41', fromMhz: 2496, toMhz: 2690 },
  { band: 'n78', fromMhz: 3300, toMhz: 3800 },
];

/**
 * 3GPP bands people write that the coverage model does not know: name, technology, frequencies (MHz). `byName`:
 * only a 3GPP name means it (LTE TDD bands not used in Vietnam), a frequency is not read as it.
 */
const NOT_MODELLED: readonly { name: string; tech: Technology; fromMhz: number; toMhz: number; byName?: true }[] = [
  { name: 'B5', tech: '4G', fromMhz: 824, toMhz: 894 },
  { name: 'B20', tech: '4G', fromMhz: 791, toMhz: 862 },
  { name: 'B7', tech: '4G', fromMhz: 2500, toMhz: 2690 },
  { name: 'B38', tech: '4G', fromMhz: 2570, toMhz: 2620, byName: true },
  { name: 'B40', tech: '4G', fromMhz: 2300, toMhz: 2400 },
  { name: 'B41', tech: '4G', fromMhz: 2496, toMhz: 2690, byName: true },
  { name: 'B42', tech: '4G', fromMhz: 3400, toMhz: 3600, byName: true },
  { name: 'n1', tech: '5G', fromMhz: 1920, toMhz: 2170 },
  { name: 'n3', tech: '5G', fromMhz: 1710, toMhz: 1880 },
  { name: 'n5', tech: '5G', fromMhz: 824, toMhz: 894 },
  { name: 'n7', tech: '5G', fromMhz: 2500, toMhz: 2690 },
  { name: 'n8', tech: '5G', fromMhz: 880, toMhz: 960 },
  { name: 'n40', tech: '5G', fromMhz: 2300, toMhz: 2400 },
  { name: 'n77', tech: '5G', fromMhz: 3300, toMhz: 4200 },
  { name: 'n79', tech: '5G', fromMhz: 4400, toMhz: 5000 },
];

/** What the coverage model knows, for messages. */
const MODELLED_TEXT: Bilingual = {
  en: 'the coverage model knows B28 700, B8 900, B3 1800, B1 2100 MHz (4G) and n28 700, n41 2600, n78 3500 MHz (5G)',
  vi: 'mô hình vùng phủ chỉ có B28 700, B8 900, B3 1800, B1 2100 MHz (4G) và n28 700, n41 2600, n78 3500 MHz (5G)',
};

/** One band item as written and what it is. */
export type BandItem =
  | { kind: 'band'; written: string; band: Band }
  | { kind: 'unknown' | 'ambiguous' | 'not-modelled' | 'mismatch'; written: string; what: Bilingual; why: Bilingual };

/** The bands of one cell: the items read (in order, repeats dropped) and the technologies they imply. */
export type BandCell = {
  items: BandItem[];
  /** Bands read, in order, without repeats. */
  bands: Band[];
  /** The text each band was written as, parallel to `bands`. */
  written: string[];
  /** Technologies of `bands`, in `TECHNOLOGIES` order. */
  technologies: Technology[];
  /** Whether any item is not a band. */
  bad: boolean;
};

/** An item's parse, independent of the row's technologies. */
type Parsed =
  | { kind: 'name'; written: string; name: string; tech: Technology; number: number; bracketMhz: number | null }
  | { kind: 'mhz'; written: string; mhz: number; tech: Technology | null }
  | { kind: 'unknown'; written: string };

const ITEM = /^(lte|l|4g|5gnr|nr|5g)?-?(b|n)?(\d+(?:\.\d+)?)(mhz|ghz|g)?(?:\((\d+(?:\.\d+)?)(mhz|ghz|g)?\))?$/;
const TECH_WORD = /^(lte|4g|5g|nr|5gnr)$/;
const DECIMAL_COMMA = /(?<![\d.,])(\d),(\d{1,2})(?!\d)/g;
/** Stands for a decimal comma while a cell is split at commas (a character no cell holds). */
const COMMA_MARK = '\u{E000}';

const toMhz = (value: number, unit: string | undefined): number | null => {
  if (unit === 'ghz' || unit === 'g') return value * 1000;
  if (unit === 'mhz') return value;
  if (!Number.isInteger(value) && value < 10) return value * 1000;
  return Number.isInteger(value) && value >= 400 ? value : null;
};

function parseItem(written: string): Parsed {
  const m = ITEM.exec(written.toLowerCase().replace(/\s+/g, '').replace(',', '.'));
  if (m === null) return { kind: 'unknown', written };
  const [, prefix, letter, digits, unit, bracket, bracketUnit] = m;
  const prefixTech: Technology | null =
    prefix === undefined ? null : prefix === 'lte' || prefix === 'l' || prefix === '4g' ? '4G' : '5G';
  const value = Number(digits);
  const bracketMhz = bracket === undefined ? null : toMhz(Number(bracket), bracketUnit ?? 'mhz');
  if (letter !== undefined) {
    const tech: Technology = letter === 'b' ? '4G' : '5G';
    if (!Number.isInteger(value) || unit !== undefined || (prefixTech !== null && prefixTech !== tech))
      return { kind: 'unknown', written };
    return { kind: 'name', written, name: `${letter === 'b' ? 'B' : 'n'}${value}`, tech, number: value, bracketMhz };
  }
  const mhz = toMhz(value, unit);
  if (mhz === null || bracket !== undefined) return { kind: 'unknown', written };
  return { kind: 'mhz', written, mhz, tech: prefixTech };
}

/** Splits a cell into written items (see the module comment). */
export function splitBandItems(cell: string): string[] {
  const pieces = cell.replace(DECIMAL_COMMA, `$1${COMMA_MARK}$2`).split(/[;,|/+&\n]+/);
  const items: string[] = [];
  for (const piece of pieces) {
    const words = piece
      .replace(/\s*\(\s*/g, ' (')
      .replace(/\s*\)/g, ')')
      .trim()
      .split(/\s+/)
      .filter(Boolean);
    let current = '';
    let joinNext = false;
    for (const word of words) {
      const lower = word.toLowerCase();
      const openBracket = current.includes('(') && !current.includes(')');
      const attach = joinNext || (current !== '' && (/^(mhz|ghz)$/.test(lower) || word.startsWith('(') || openBracket));
      if (attach) current += ` ${word}`;
      else {
        if (current !== '') items.push(current);
        current = word;
      }
      joinNext = TECH_WORD.test(current.toLowerCase().replace(/\s+/g, ''));
    }
    if (current !== '') items.push(current);
  }
  return items.map((i) => i.replaceAll(COMMA_MARK, ','));
}

const rangeText = (fromMhz: number, toMhz: number): string => `${fromMhz}–${toMhz} MHz`;

function notModelled(written: string, names: string[], mhz: string): BandItem {
  const where = `${names.join(' / ')}, ${mhz}`;
  return {
    kind: 'not-modelled',
    written,
    what: {
      en: `band "${written}" (${where}) is not modelled`,
      vi: `băng tần "${written}" (${where}) không có trong mô hình`,
    },
    why: MODELLED_TEXT,
  };
}

const unknown = (written: string): BandItem => ({
  kind: 'unknown',
  written,
  what: { en: `band "${written}" is not recognised`, vi: `băng tần "${written}" không nhận ra` },
  why: {
    en: 'write a 3GPP band (B3, n78), a frequency in MHz (1800, 3500) or a label such as L1800, NR3500 or 5G 3.5GHz',
    vi: 'hãy ghi băng tần 3GPP (B3, n78), tần số MHz (1800, 3500) hoặc nhãn như L1800, NR3500, 5G 3.5GHz',
  },
});

const techName = (t: Technology): string => (t === '4G' ? 'LTE' : 'NR');

/** Resolves one parsed item for a row listing `rowTechs` (empty: the row names none). */
function resolve(p: Parsed, rowTechs: readonly Technology[]): BandItem {
  const { written } = p;
  if (p.kind === 'unknown') return unknown(written);
  if (p.kind === 'name') {
    const band = Object.hasOwn(BANDS, p.name) ? (p.name as Band) : null;
    if (band === null) {
      const known = NOT_MODELLED.find((b) => b.name === p.name);
      return known
        ? notModelled(written, [`${techName(known.tech)} ${known.name}`], rangeText(known.fromMhz, known.toMhz))
        : unknown(written);
    }
    const range = MODELLED.find((m) => m.band === band)!;
    if (p.bracketMhz !== null && (p.bracketMhz < range.fromMhz || p.bracketMhz > range.toMhz)) {
      return {
        kind: 'mismatch',
        written,
        what: {
          en: `band "${written}": ${band} is ${rangeText(range.fromMhz, range.toMhz)}, not ${p.bracketMhz} MHz`,
          vi: `băng tần "${written}": ${band} là ${rangeText(range.fromMhz, range.toMhz)}, không phải ${p.bracketMhz} MHz`,
        },
        why: { en: 'the frequency in brackets must lie in the band', vi: 'tần số trong ngoặc phải nằm trong băng tần' },
      };
    }
    return { kind: 'band', written, band };
  }
  const { mhz } = p;
  const holds = (m: { fromMhz: number; toMhz: number }): boolean => mhz >= m.fromMhz && mhz <= m.toMhz;
  const all = MODELLED.filter(holds).map((m) => m.band);
  const decide = p.tech !== null ? [p.tech] : rowTechs;
  const fitting = decide.length > 0 ? all.filter((b) => decide.includes(BANDS[b].tech)) : all;
  if (fitting.length === 1) return { kind: 'band', written, band: fitting[0]! };
  if (fitting.length > 1) {
    const list = fitting.map((b) => `${b} (${BANDS[b].tech})`).join(' or ');
    const listVi = fitting.map((b) => `${b} (${BANDS[b].tech})`).join(' hay ');
    const labels = fitting
      .map((b) => `${techName(BANDS[b].tech) === 'LTE' ? 'L' : 'NR'}${Math.round(mhz)}`)
      .join(' or ');
    const names = fitting.join(' or ');
    return {
      kind: 'ambiguous',
      written,
      what: { en: `band "${written}" is ambiguous: ${list}`, vi: `băng tần "${written}" không rõ: ${listVi}` },
      why:
        rowTechs.length === 0
          ? {
              en: `the row names no technology: write ${names} (or ${labels}), or fill in the technology`,
              vi: `dòng không ghi công nghệ: hãy ghi ${fitting.join(' hoặc ')} (hoặc ${labels.replace(' or ', ' hoặc ')}), hoặc điền công nghệ`,
            }
          : {
              en: `the site has both technologies: write ${names} (or ${labels})`,
              vi: `trạm có cả hai công nghệ: hãy ghi ${fitting.join(' hoặc ')} (hoặc ${labels.replace(' or ', ' hoặc ')})`,
            },
    };
  }
  const techs = decide.length > 0 ? decide : TECHNOLOGIES;
  // One 3GPP band per technology names the frequency (the first listed: B5 for 850, B7 for 2600 MHz).
  const others = techs.flatMap((t) => {
    const b = NOT_MODELLED.find((x) => !x.byName && x.tech === t && holds(x));
    return b ? [`${techName(t)} ${b.name}`] : [];
  });
  if (others.length > 0) return notModelled(written, others, `${mhz} MHz`);
  // A frequency of one modelled band, on a technology the row does not list: the caller names the conflict.
  if (all.length === 1) return { kind: 'band', written, band: all[0]! };
  return unknown(written);
}

/** Parsed cells, by text (a file repeats a few band texts many times). */
const parsedCells = new Map<string, Parsed[]>();
/** Resolved cells, by text and the row's technologies. */
const resolvedCells = new Map<string, BandCell>();
const MEMO_ENTRIES = 4096;

/** Reads a band cell for a row listing `rowTechs` (empty when the row names no technology or an unknown one). */
export function readBandCell(cell: string, rowTechs: readonly Technology[]): BandCell {
  const key = `${rowTechs.join('')}|${cell}`;
  const hit = resolvedCells.get(key);
  if (hit !== undefined) return hit;
  let parsed = parsedCells.get(cell);
  if (parsed === undefined) {
    parsed = splitBandItems(cell).map(parseItem);
    if (parsedCells.size < MEMO_ENTRIES) parsedCells.set(cell, parsed);
  }
  const items = parsed.map((p) => resolve(p, rowTechs));
  const bands: Band[] = [];
  const written: string[] = [];
  for (const item of items) {
    if (item.kind === 'band' && !bands.includes(item.band)) {
      bands.push(item.band);
      written.push(item.written);
    }
  }
  const technologies = TECHNOLOGIES.filter((t) => bands.some((b) => BANDS[b].tech === t));
  const result: BandCell = { items, bands, written, technologies, bad: items.some((i) => i.kind !== 'band') };
  if (resolvedCells.size < MEMO_ENTRIES) resolvedCells.set(key, result);
  return result;
}
