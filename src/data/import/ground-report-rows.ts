/**
 * The cells of one report from the ground, as the public page writes them and as people type them, → a
 * `GroundReport` or the row's errors (every problem of the row, each naming the file, the row, the column, the value
 * and the rule; the row is refused once). Used by `ground-reports.ts` for CSV rows and GeoJSON features alike.
 *
 * | column | written | read as |
 * |---|---|---|
 * | kind | `none`, `không có sóng`, `mất sóng`, `không`, `no signal` / `weak`, `sóng yếu`, `yếu`, `weak signal` | `none` / `weak` |
 * | operator | `viettel`, `Viettel`, `VinaPhone`, `VNPT`, `MobiFone`, `Vietnamobile` (see `values.ts`) / empty, `unknown`, `không rõ` | the operator / `unknown` |
 * | technology | `4G`, `LTE` / `5G`, `NR`, `5G NR` (exactly one) | `4G` / `5G` |
 * | date | `2026-03-15`, `15/03/2026`, `15-03-2026`, `15.03.2026` | `2026-03-15` |
 * | note | any text; a spreadsheet guard `'` before `=`, `+`, `-`, `@` is removed; over 500 characters cut (warning) | the text |
 *
 * Rules: `ground-kind-invalid`, `ground-operator-invalid`, `ground-technology-invalid`, `ground-date-invalid`,
 * `ground-id-duplicate` (errors), `ground-note-long` (warning).
 */
import type { DataIssue } from '../../domain/report.js';
import {
  GROUND_REPORT_NOTE_MAX,
  type GroundReport,
  type GroundReportColumn,
  type GroundReportKind,
  type GroundReportOperator,
} from '../../domain/ground-report.js';
import { OPERATORS } from '../../domain/telecom.js';
import { searchKey } from '../../domain/text.js';
import { importIssue, quote, type Bilingual, type IssuePlace } from './issue.js';
import { normaliseDate, normaliseOperator, readTechnologies, unguardText } from './values.js';

/** The report's cells as found in a row or a feature's properties (undefined: no such column). */
export type GroundCells = Partial<Record<Exclude<GroundReportColumn, 'lng' | 'lat'>, unknown>>;

/** Where the row is: a delimited row (one-based, header = 1, with its data row) or a feature (zero-based). */
export type GroundPlace = { label: 'row' | 'feature'; n: number; dataRow?: number };

const KINDS: ReadonlyMap<string, GroundReportKind> = new Map([
  ...['none', 'no signal', 'no service', 'no', 'khong', 'khong co song', 'mat song', 'khong song'].map(
    (k) => [k, 'none'] as const,
  ),
  ...['weak', 'weak signal', 'yeu', 'song yeu'].map((k) => [k, 'weak'] as const),
]);
const UNKNOWN_OPERATOR = new Set(['', 'unknown', 'khong ro', 'khong biet', '?']);

/** Checks report rows of one file; remembers the ids seen, to refuse a second row with one. */
export class GroundRowChecker {
  private readonly seen = new Set<string>();

  /** `columns`: the name of each column (or property) as written in the file, for messages. */
  constructor(
    private readonly file: string,
    private readonly columns: Partial<Record<GroundReportColumn, string>>,
  ) {}

  /**
   * The report of a row whose position was read (`[lng, lat]` degrees), or null with its errors; warnings either
   * way.
   */
  check(
    cells: GroundCells,
    lngLat: [number, number],
    place: GroundPlace,
  ): { report: GroundReport | null; issues: DataIssue[] } {
    const rawId = typeof cells.id === 'string' || typeof cells.id === 'number' ? String(cells.id).trim() : '';
    const id = rawId === '' ? `${this.file}:${place.n}` : rawId;
    const errors: DataIssue[] = [];
    const warnings: DataIssue[] = [];
    const at: IssuePlace = { label: place.label, n: place.n, id: rawId === '' ? null : rawId };
    const fail = (column: GroundReportColumn, value: unknown, what: Bilingual, why: Bilingual, rule: string) =>
      errors.push(this.issue('error', rule, at, place, column, value, what, why));

    if (this.seen.has(id))
      fail(
        'id',
        rawId,
        { en: `id ${quote(rawId)} is used by an earlier row`, vi: `mã ${quote(rawId, 'vi')} đã có ở một dòng trước` },
        { en: 'every report needs its own id', vi: 'mỗi báo cáo cần một mã riêng' },
        'ground-id-duplicate',
      );
    const kind = KINDS.get(searchKey(String(cells.kind ?? '')));
    if (kind === undefined)
      fail(
        'kind',
        cells.kind,
        {
          en: `kind ${quote(cells.kind)} is neither none nor weak`,
          vi: `loại ${quote(cells.kind, 'vi')} không phải "không có sóng" hay "sóng yếu"`,
        },
        {
          en: 'write none (no signal) or weak (weak signal)',
          vi: 'hãy ghi none (không có sóng) hoặc weak (sóng yếu)',
        },
        'ground-kind-invalid',
      );
    const operator = this.operatorOf(cells.operator);
    if (operator === null)
      fail(
        'operator',
        cells.operator,
        {
          en: `operator ${quote(cells.operator)} is not an operator of Hà Nội`,
          vi: `nhà mạng ${quote(cells.operator, 'vi')} không phải nhà mạng ở Hà Nội`,
        },
        {
          en: `write one of ${OPERATORS.join(', ')}, or unknown`,
          vi: `hãy ghi một trong ${OPERATORS.join(', ')}, hoặc unknown (không rõ)`,
        },
        'ground-operator-invalid',
      );
    const tech = readTechnologies(typeof cells.technology === 'string' ? cells.technology : '').technologies;
    if (tech === null || tech.length !== 1)
      fail(
        'technology',
        cells.technology,
        {
          en: `technology ${quote(cells.technology)} is not one of 4G, 5G`,
          vi: `công nghệ ${quote(cells.technology, 'vi')} không phải một trong 4G, 5G`,
        },
        { en: 'write 4G or 5G, one per report', vi: 'hãy ghi 4G hoặc 5G, mỗi báo cáo một công nghệ' },
        'ground-technology-invalid',
      );
    const date = typeof cells.date === 'string' ? normaliseDate(cells.date) : undefined;
    if (typeof date !== 'string')
      fail(
        'date',
        cells.date,
        { en: `date ${quote(cells.date)} is not a day`, vi: `ngày ${quote(cells.date, 'vi')} không phải một ngày` },
        {
          en: 'write the day as YYYY-MM-DD or DD/MM/YYYY',
          vi: 'hãy ghi ngày theo dạng YYYY-MM-DD hoặc DD/MM/YYYY',
        },
        'ground-date-invalid',
      );
    let note = cells.note === undefined || cells.note === null ? '' : unguardText(String(cells.note).trim());
    if (note.length > GROUND_REPORT_NOTE_MAX) {
      warnings.push(
        this.issue(
          'warning',
          'ground-note-long',
          at,
          place,
          'note',
          note,
          {
            en: `the note has ${note.length} characters`,
            vi: `ghi chú có ${note.length} ký tự`,
          },
          {
            en: `cut to the first ${GROUND_REPORT_NOTE_MAX}`,
            vi: `chỉ giữ ${GROUND_REPORT_NOTE_MAX} ký tự đầu`,
          },
        ),
      );
      note = note.slice(0, GROUND_REPORT_NOTE_MAX);
    }
    this.seen.add(id);
    if (errors.length > 0 || kind === undefined || operator === null || !tech || typeof date !== 'string')
      return { report: null, issues: [...errors, ...warnings] };
    const [lng, lat] = lngLat;
    return { report: { id, lng, lat, kind, operator, technology: tech[0]!, date, note }, issues: warnings };
  }

  /** A message about `column` of the row, naming the column as the file writes it. */
  issue(
    severity: DataIssue['severity'],
    rule: string,
    at: IssuePlace,
    place: GroundPlace,
    column: GroundReportColumn,
    value: unknown,
    what: Bilingual,
    why: Bilingual,
  ): DataIssue {
    const detail = {
      column: this.columns[column] ?? column,
      value: value === undefined ? '' : value,
      ...(place.label === 'row' ? { line: place.n } : {}),
      ...(place.dataRow !== undefined ? { dataRow: place.dataRow } : {}),
    };
    return importIssue(severity, rule, this.file, at, what, why, detail);
  }

  private operatorOf(raw: unknown): GroundReportOperator | null {
    if (raw === undefined || raw === null || UNKNOWN_OPERATOR.has(searchKey(String(raw)))) return 'unknown';
    const op = normaliseOperator(String(raw));
    return (OPERATORS as readonly unknown[]).includes(op) ? (op as GroundReportOperator) : null;
  }
}
