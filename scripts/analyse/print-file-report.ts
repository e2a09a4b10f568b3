/**
 * The stderr account of `npm run analyse` for each input file, in English or Vietnamese: a summary line (kind,
 * format, encoding, counts), why the encoding and the coordinate system were chosen, hints for the options that
 * would help (`--crs`, `--repair-mojibake`), then the first messages. Every message is in `import-report.json`.
 */
import type { DataIssue } from '../../src/domain/report.js';
import { issueText } from '../../src/domain/report.js';
import type { Lang } from './args.js';
import type { FileReport } from './import-report.js';
import { isObject, num, str } from './result-scan.js';

/** How many messages of a file are printed to stderr; all of them are in `import-report.json`. */
export const PRINTED_MESSAGES = 8;

const T = {
  en: {
    rows: 'rows',
    kept: 'kept',
    repaired: 'repaired',
    rejected: 'rejected',
    errors: 'error(s)',
    warnings: 'warning(s)',
    refused: 'REFUSED: nothing kept',
    more: (n: number, f: string) => `… and ${n} more in ${f}`,
    held: (n: number) =>
      `${n} rows hold projected metres in a file that does not say which system: pass --crs vn2000 (VN-2000 metres) or --crs wgs84`,
    crs: 'CRS',
    encoding: 'encoding',
    mojibake: 'names look double-encoded: pass --repair-mojibake to read the file again with the repair',
  },
  vi: {
    rows: 'dòng',
    kept: 'giữ',
    repaired: 'sửa',
    rejected: 'loại',
    errors: 'lỗi',
    warnings: 'cảnh báo',
    refused: 'BỊ TỪ CHỐI: không giữ được dòng nào',
    more: (n: number, f: string) => `… và ${n} thông báo nữa trong ${f}`,
    held: (n: number) =>
      `${n} dòng có toạ độ mét mà tệp không nói hệ nào: thêm --crs vn2000 (mét VN-2000) hoặc --crs wgs84`,
    crs: 'Hệ toạ độ',
    encoding: 'Bảng mã',
    mojibake: 'tên có vẻ bị mã hoá UTF-8 hai lần: thêm --repair-mojibake để đọc lại tệp và sửa',
  },
} as const;

/** A compact account of one file for stderr: a summary line, then the first messages. */
export function printFileReport(r: FileReport, lang: Lang, reportName: string): string[] {
  const t = T[lang];
  const c = r.counts;
  const what = [
    r.kind ?? r.requested,
    r.format,
    encodingName(r.encoding),
    r.delimiter === null ? null : `delimiter ${JSON.stringify(r.delimiter)}`,
    r.decimalMark === ',' ? 'decimal ","' : null,
  ].filter((x) => x !== null);
  const lines = [
    `${r.file}: ${what.join(', ')}; ${c.read ?? '?'} ${t.rows}: ${c.kept} ${t.kept}, ${c.repaired} ${t.repaired}, ${c.rejected} ${t.rejected}; ${c.errors} ${t.errors}, ${c.warnings} ${t.warnings}${r.refused ? ` — ${t.refused}` : ''}`,
  ];
  // Anything but UTF-8 was a guess or a byte-order mark: say why.
  const enc = isObject(r.encoding) ? r.encoding : null;
  const encReason = enc && enc.encoding !== 'utf-8' && isObject(enc.reason) ? str(enc.reason[lang]) : null;
  if (encReason) lines.push(`  ${t.encoding}: ${encReason}`);
  const crs = isObject(r.crs) ? r.crs : null;
  if (crs) {
    const reason = str(lang === 'vi' ? crs.reasonVi : crs.reason) ?? str(crs.reason);
    if (reason) lines.push(`  ${t.crs}: ${String(crs.system)} — ${reason}`);
    const held = num(crs.heldRows) ?? 0;
    if (held > 0) lines.push(`  ${t.held(held)}`);
  }
  if (r.messages.some((m) => m.rule === 'encoding-double-utf8')) lines.push(`  ${t.mojibake}`);
  const issues: Pick<DataIssue, 'message' | 'vi'>[] = r.messages;
  for (const [i, m] of r.messages.slice(0, PRINTED_MESSAGES).entries())
    lines.push(`  ${m.severity}: ${issueText(issues[i]!, lang)}`);
  if (r.messages.length > PRINTED_MESSAGES) lines.push(`  ${t.more(r.messages.length - PRINTED_MESSAGES, reportName)}`);
  return lines;
}

function encodingName(e: unknown): string | null {
  if (!isObject(e)) return null;
  const name = str(e.encoding);
  return name === null ? null : e.bom === true ? `${name} (BOM)` : name;
}
