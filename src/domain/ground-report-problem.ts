/**
 * {@link groundReportProblem} in both languages: the first rule of `ground-report.ts` a value breaks, said in
 * English (the same text as `groundReportProblem`, which a test checks) and in Vietnamese, for messages a person
 * reads (the public page's form and its stored reports). The values are quoted as the report holds them.
 */
import { HANOI_BBOX } from './geo.js';
import {
  GROUND_REPORT_KINDS,
  GROUND_REPORT_NOTE_MAX,
  GROUND_REPORT_OPERATORS,
  inHanoiBox,
  isIsoDay,
} from './ground-report.js';
import { TECHNOLOGIES } from './telecom.js';

/** A broken rule in English (`en`, as `groundReportProblem` says it) and Vietnamese. */
export type GroundReportProblemTexts = { en: string; vi: string };

/** Why a value is not a valid report, in English and Vietnamese; null when it is one. */
export function groundReportProblemTexts(v: unknown): GroundReportProblemTexts | null {
  if (typeof v !== 'object' || v === null || Array.isArray(v))
    return { en: 'not an object', vi: 'không phải một đối tượng' };
  const r = v as Record<string, unknown>;
  if (typeof r['id'] !== 'string' || r['id'] === '')
    return { en: 'id is not a non-empty text', vi: 'mã không phải một văn bản không rỗng' };
  if (typeof r['lng'] !== 'number' || typeof r['lat'] !== 'number' || !inHanoiBox(r['lng'], r['lat'])) {
    const at = `${String(r['lng'])}, ${String(r['lat'])}`;
    const box = HANOI_BBOX.join(', ');
    return { en: `position ${at} is not in Hà Nội's box ${box}`, vi: `vị trí ${at} nằm ngoài khung Hà Nội ${box}` };
  }
  const oneOf = (name: string, nameVi: string, value: unknown, list: readonly string[]) => ({
    en: `${name} ${JSON.stringify(value)} is not one of ${list.join(', ')}`,
    vi: `${nameVi} ${JSON.stringify(value)} không thuộc ${list.join(', ')}`,
  });
  if (!(GROUND_REPORT_KINDS as readonly unknown[]).includes(r['kind']))
    return oneOf('kind', 'tình trạng', r['kind'], GROUND_REPORT_KINDS);
  if (!(GROUND_REPORT_OPERATORS as readonly unknown[]).includes(r['operator']))
    return oneOf('operator', 'nhà mạng', r['operator'], GROUND_REPORT_OPERATORS);
  if (!(TECHNOLOGIES as readonly unknown[]).includes(r['technology']))
    return oneOf('technology', 'công nghệ', r['technology'], TECHNOLOGIES);
  if (typeof r['date'] !== 'string' || !isIsoDay(r['date']))
    return {
      en: `date ${JSON.stringify(r['date'])} is not a day written YYYY-MM-DD`,
      vi: `ngày ${JSON.stringify(r['date'])} không phải một ngày viết theo YYYY-MM-DD`,
    };
  if (typeof r['note'] !== 'string') return { en: 'note is not a text', vi: 'ghi chú không phải văn bản' };
  if (r['note'].length > GROUND_REPORT_NOTE_MAX)
    return {
      en: `note has ${r['note'].length} characters, more than ${GROUND_REPORT_NOTE_MAX}`,
      vi: `ghi chú có ${r['note'].length} ký tự, nhiều hơn ${GROUND_REPORT_NOTE_MAX}`,
    };
  return null;
}
