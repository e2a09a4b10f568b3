/**
 * Character encodings of imported text files: what the report says about them, in English and Vietnamese, and
 * double-encoded UTF-8 ("mojibake": `HoÃ n Kiáº¿m` for `Hoàn Kiếm`, UTF-8 bytes read as Windows-1252 and saved again
 * as UTF-8), found and optionally repaired. The byte side (detection, streaming decode) is `text-input.ts`.
 *
 * Messages (rule: example):
 *
 * | rule | example |
 * |---|---|
 * | `encoding-windows-1258` | `s.csv: read as Windows-1258, not UTF-8 (line 2, byte offset 37: E0 20) — …` |
 * | `encoding-utf16-no-bom` | `s.csv: read as UTF-16LE without a byte-order mark (…) — …` |
 * | `encoding-double-utf8` | `s.csv: 2 double-encoded UTF-8 sequences on 1 line (line 2: "HoÃ n" → "Hoàn") — …` |
 * | `encoding-double-utf8-repaired` | `s.csv: 2 double-encoded UTF-8 sequences on 1 line repaired (…) — …` |
 * | `encoding-replacement-char` | `s.csv: 3 U+FFFD replacement characters, first on line 4 — …` |
 * | `encoding-invalid` | `s.csv: line 5 (byte offset 1234: FF FE) is not valid UTF-8 — …` (thrown) |
 */
import type { DataIssue } from '../../domain/report.js';
import { importIssue, type Bilingual } from './issue.js';

/** Encodings an imported text file may be in. */
export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1258';

/** One double-encoded run in context: its field (up to 40 characters each side) before and after the repair. */
export type MojibakeExample = { line: number; before: string; after: string };

/** Double-encoded UTF-8 found in a file. */
export type MojibakeReport = {
  /** Runs of double-encoded characters (one per damaged word part). */
  count: number;
  /** Lines (one-based, physical) holding at least one run. */
  lines: number;
  /** At most {@link MAX_MOJIBAKE_EXAMPLES}, one per line, in file order. */
  examples: MojibakeExample[];
};

/** How a file's bytes were decoded, with the reason in both languages. */
export type EncodingReport = {
  encoding: TextEncodingName;
  /** Whether the file began with a byte-order mark. */
  bom: boolean;
  reason: Bilingual;
  /** Double-encoded UTF-8 found (repaired or not); null when none. */
  mojibake: MojibakeReport | null;
  /** Runs repaired (`repairMojibake`); 0 when the repair was not asked for or nothing needed it. */
  repaired: number;
  /** U+FFFD characters already in the file (damage done before it reached us); null when none. */
  replacement: { count: number; firstLine: number } | null;
  /** Whether some text held combining marks and was composed to Unicode NFC (`Hà Nội` as one code point each). */
  composed: boolean;
};

/** Options of the text loader. */
export type DecodeOptions = {
  /** Repair double-encoded UTF-8 runs (see {@link repairRun}). @default false */
  repairMojibake?: boolean;
};

/** Defaults of {@link DecodeOptions}. */
export const DECODE_DEFAULTS = { repairMojibake: false } as const satisfies Required<DecodeOptions>;

/** Most examples kept in a {@link MojibakeReport}. */
export const MAX_MOJIBAKE_EXAMPLES = 3;

const HEX = (bytes: ArrayLike<number>): string =>
  Array.from(bytes, (b) => b.toString(16).toUpperCase().padStart(2, '0')).join(' ');

/** Where a byte-level problem sits: the one-based line, the zero-based byte offset and the bytes from there. */
export type BytePlace = { line: number; offset: number; bytes: Uint8Array };

const placeEn = (p: BytePlace): string => `line ${p.line} (byte offset ${p.offset}: ${HEX(p.bytes)})`;
const placeVi = (p: BytePlace): string => `dòng ${p.line} (vị trí byte ${p.offset}: ${HEX(p.bytes)})`;

const WIN1258_EN = 'Windows-1258, the Vietnamese ANSI code page that Excel uses on Vietnamese Windows';
const WIN1258_VI = 'Windows-1258, bảng mã ANSI tiếng Việt mà Excel dùng trên Windows tiếng Việt';

/** Why the file was decoded as it was: one of the detection outcomes of `text-input.ts`. */
export type Detection =
  | { by: 'bom'; encoding: 'utf-8' | 'utf-16le' | 'utf-16be' }
  | { by: 'nul-pattern'; encoding: 'utf-16le' | 'utf-16be'; zeroPairs: number; pairs: number }
  | { by: 'utf-8-valid' }
  | { by: 'fallback'; at: BytePlace };

/** The report's reason for a detection, in both languages. */
export function encodingReason(d: Detection): Bilingual {
  switch (d.by) {
    case 'bom': {
      const mark = d.encoding === 'utf-8' ? 'EF BB BF' : d.encoding === 'utf-16le' ? 'FF FE' : 'FE FF';
      const name = d.encoding.toUpperCase();
      const excelEn = d.encoding === 'utf-16le' ? ', as Excel writes "Unicode Text"' : '';
      const excelVi = d.encoding === 'utf-16le' ? ', như Excel ghi khi lưu "Unicode Text"' : '';
      return {
        en: `${name}: the file starts with the ${name} byte-order mark (${mark})${excelEn}`,
        vi: `${name}: tệp bắt đầu bằng dấu thứ tự byte (BOM) của ${name} (${mark})${excelVi}`,
      };
    }
    case 'nul-pattern': {
      const name = d.encoding.toUpperCase();
      const which = d.encoding === 'utf-16le' ? ['second', 'thứ hai'] : ['first', 'thứ nhất'];
      return {
        en: `${name}: no byte-order mark, but in ${d.zeroPairs} of the first ${d.pairs} byte pairs the ${which[0]} byte is 0, as in ASCII text written in ${name}`,
        vi: `${name}: không có dấu thứ tự byte (BOM), nhưng ở ${d.zeroPairs} trên ${d.pairs} cặp byte đầu tiên, byte ${which[1]} bằng 0, như chữ ASCII viết bằng ${name}`,
      };
    }
    case 'utf-8-valid':
      return {
        en: 'UTF-8: no byte-order mark, and every byte is valid UTF-8',
        vi: 'UTF-8: không có dấu thứ tự byte (BOM), và mọi byte đều hợp lệ theo UTF-8',
      };
    case 'fallback':
      return {
        en: `Windows-1258: no byte-order mark, and ${placeEn(d.at)} is not valid UTF-8, so the file was read as ${WIN1258_EN}`,
        vi: `Windows-1258: không có dấu thứ tự byte (BOM), và ${placeVi(d.at)} không hợp lệ theo UTF-8, nên tệp được đọc theo ${WIN1258_VI}`,
      };
  }
}

/** The error thrown when a file's bytes cannot be decoded in the encoding its byte-order mark names. */
export class TextDecodeError extends Error {
  constructor(readonly issue: DataIssue) {
    super(issue.message);
    this.name = 'TextDecodeError';
  }
}

/** The error for bytes that are not valid in the encoding named by the file's byte-order mark. */
export function invalidBytesError(
  file: string,
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be',
  at: BytePlace,
): TextDecodeError {
  const name = encoding.toUpperCase();
  const unit =
    encoding === 'utf-8'
      ? ['every byte must be valid UTF-8', 'mọi byte phải hợp lệ theo UTF-8']
      : [
          'every character must be a whole UTF-16 code unit or surrogate pair',
          'mọi ký tự phải là một đơn vị mã UTF-16 trọn vẹn hoặc một cặp thay thế (surrogate pair)',
        ];
  return new TextDecodeError(
    importIssue(
      'error',
      'encoding-invalid',
      file,
      { label: 'file' },
      { en: `${placeEn(at)} is not valid ${name}`, vi: `${placeVi(at)} không hợp lệ theo ${name}` },
      {
        en: `the file starts with the ${name} byte-order mark, so ${unit[0]}; save it again from its program`,
        vi: `tệp bắt đầu bằng dấu thứ tự byte (BOM) của ${name}, nên ${unit[1]}; hãy lưu lại tệp từ chương trình đã tạo ra nó`,
      },
      { line: at.line },
    ),
  );
}

const examplesText = (m: MojibakeReport): string =>
  m.examples.map((e) => `${e.line}: "${e.before}" → "${e.after}"`).join('; ');

/** The warnings a decoded file gets: guesses (no byte-order mark), double-encoded UTF-8, U+FFFD in the text. */
export function encodingIssues(report: EncodingReport, file: string): DataIssue[] {
  const out: DataIssue[] = [];
  const whole = { label: 'file' } as const;
  if (report.encoding === 'windows-1258') {
    out.push(
      importIssue(
        'warning',
        'encoding-windows-1258',
        file,
        whole,
        { en: 'read as Windows-1258, not UTF-8', vi: 'đã đọc theo Windows-1258, không phải UTF-8' },
        {
          en: `${report.reason.en}; if names look wrong, save the file as "CSV UTF-8" in Excel`,
          vi: `${report.reason.vi}; nếu tên hiển thị sai, hãy lưu tệp dạng "CSV UTF-8" trong Excel`,
        },
      ),
    );
  } else if (!report.bom && report.encoding !== 'utf-8') {
    const name = report.encoding.toUpperCase();
    out.push(
      importIssue(
        'warning',
        'encoding-utf16-no-bom',
        file,
        whole,
        {
          en: `read as ${name} without a byte-order mark`,
          vi: `đã đọc theo ${name} dù không có dấu thứ tự byte (BOM)`,
        },
        { en: report.reason.en, vi: report.reason.vi },
      ),
    );
  }
  const m = report.mojibake;
  if (m !== null) {
    const what = {
      en: `${m.count} double-encoded UTF-8 sequence${m.count === 1 ? '' : 's'} on ${m.lines} line${m.lines === 1 ? '' : 's'}`,
      vi: `${m.count} chuỗi UTF-8 bị mã hoá hai lần trên ${m.lines} dòng`,
    };
    const ex = { en: ` (line ${examplesText(m)})`, vi: ` (dòng ${examplesText(m)})` };
    const cause = {
      en: 'UTF-8 text was read as Windows-1252 and saved again as UTF-8',
      vi: 'văn bản UTF-8 đã bị đọc nhầm theo Windows-1252 rồi lưu lại bằng UTF-8',
    };
    if (report.repaired > 0) {
      out.push(
        importIssue(
          'warning',
          'encoding-double-utf8-repaired',
          file,
          whole,
          { en: `${what.en} repaired${ex.en}`, vi: `đã sửa ${what.vi}${ex.vi}` },
          {
            en: `${cause.en}; each was turned back into the Windows-1252 bytes and read as UTF-8`,
            vi: `${cause.vi}; mỗi chuỗi đã được đổi lại thành byte Windows-1252 và đọc theo UTF-8`,
          },
        ),
      );
    } else {
      out.push(
        importIssue(
          'warning',
          'encoding-double-utf8',
          file,
          whole,
          { en: `${what.en}${ex.en}`, vi: `${what.vi}${ex.vi}` },
          {
            en: `${cause.en}; choose "Repair" to read the file again with the repair`,
            vi: `${cause.vi}; chọn "Sửa" để đọc lại tệp và sửa các chuỗi này`,
          },
        ),
      );
    }
  }
  const r = report.replacement;
  if (r !== null) {
    out.push(
      importIssue(
        'warning',
        'encoding-replacement-char',
        file,
        whole,
        {
          en: `${r.count} U+FFFD replacement character${r.count === 1 ? '' : 's'} (�), first on line ${r.firstLine}`,
          vi: `${r.count} ký tự thay thế U+FFFD (�), đầu tiên ở dòng ${r.firstLine}`,
        },
        {
          en: 'the file already held them: characters were lost when a program before this one could not decode them; take the data from its original source',
          vi: 'tệp đã chứa sẵn các ký tự này: một chương trình trước đó không giải mã được nên đã làm mất ký tự; hãy lấy dữ liệu từ nguồn gốc',
        },
        { line: r.firstLine },
      ),
    );
  }
  return out;
}

/**
 * Windows-1252 bytes 0x80–0x9F (WHATWG index-windows-1252, https://encoding.spec.whatwg.org/index-windows-1252.txt).
 * Written out because Node's `TextDecoder('windows-1252')` reads these bytes as ISO-8859-1 controls.
 */
export const WINDOWS_1252_80_9F =
  '\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178';

/** Windows-1252 (and ISO-8859-1) characters → their byte: U+0080–U+00FF as themselves, plus Windows-1252's 0x80–0x9F. */
const CP1252_BYTE = new Map<string, number>();
for (let b = 0x80; b <= 0xff; b++) CP1252_BYTE.set(String.fromCharCode(b), b);
[...WINDOWS_1252_80_9F].forEach((ch, i) => CP1252_BYTE.set(ch, 0x80 + i));

/** Characters that Windows-1252 or ISO-8859-1 give for a UTF-8 continuation byte (0x80–0xBF). */
const CONT = `[\\u0080-\\u00BF${[...CP1252_BYTE]
  .filter(([ch, b]) => b < 0xa0 && ch.charCodeAt(0) > 0xff)
  .map(([ch]) => ch)
  .join('')}]`;

/**
 * A run of double-encoded UTF-8: lead bytes 0xC2–0xF4 as Windows-1252 (`Â`–`ô`) each followed by as many
 * continuation bytes as UTF-8 needs (RFC 3629 §4). Legitimate Vietnamese or Latin-1 text rarely matches: `à` is
 * followed by a letter, not by `º`, `»` or `‚`.
 */
export const MOJIBAKE_RUN = new RegExp(
  `(?:[\\u00C2-\\u00DF]${CONT}|[\\u00E0-\\u00EF]${CONT}{2}|[\\u00F0-\\u00F4]${CONT}{3})+`,
  'g',
);

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** A run turned back into its Windows-1252 bytes and read as UTF-8; null when those bytes are not valid UTF-8. */
export function repairRun(run: string): string | null {
  const bytes = Uint8Array.from(run, (ch) => CP1252_BYTE.get(ch) ?? 0);
  try {
    return utf8.decode(bytes);
  } catch {
    return null;
  }
}
