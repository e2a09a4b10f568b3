/**
 * {@link problemOf} of `record-checks.ts` in both languages: the first field of a stored record that breaks its
 * check, said in English (the same text as `problemOf`) and in Vietnamese. The checks' `expected` texts are written
 * in English in the tables; {@link expectedVi} says each in Vietnamese (a fixed table, then the patterns
 * `one of …`, `a list of …`, `… or null`), and a test walks every table so that a new check cannot go unsaid.
 */
import type { Bilingual } from '../import/issue.js';
import { isObject, show, type Checks } from './record-checks.js';

/** The fixed `expected` texts of the check tables, in Vietnamese. */
const EXPECTED_VI: Readonly<Record<string, string>> = {
  'a string': 'một chuỗi',
  'a finite number': 'một số hữu hạn',
  'a list of numbers': 'một danh sách số',
  'a date string': 'một chuỗi ngày',
  'a date string or null': 'một chuỗi ngày hoặc null',
  'a finite number or null': 'một số hữu hạn hoặc null',
  'true or false': 'true hoặc false',
  'absent or a non-empty string': 'vắng mặt hoặc một chuỗi không rỗng',
  'a list of valid sites': 'một danh sách trạm hợp lệ',
  'a Polygon or MultiPolygon of [lng, lat] positions': 'một Polygon hoặc MultiPolygon gồm các vị trí [kinh độ, vĩ độ]',
  'a LineString of [lng, lat] positions': 'một LineString gồm các vị trí [kinh độ, vĩ độ]',
  'a Point at [lng, lat]': 'một Point tại [kinh độ, vĩ độ]',
  'valid cable properties': 'các thuộc tính tuyến cáp hợp lệ',
  'valid speed-test properties': 'các thuộc tính đo tốc độ hợp lệ',
  'a number of tests ≥ 1': 'một số lần đo ≥ 1',
  'test or tile': 'test hoặc tile',
  'replace or join': 'replace hoặc join',
  'an ISO date': 'một ngày ISO',
  'an object': 'một đối tượng',
  'an object or null': 'một đối tượng hoặc null',
  'a list': 'một danh sách',
  '"Feature"': '"Feature"',
};

/** An `expected` text of a check table in Vietnamese; a text no rule knows is returned as written. */
export function expectedVi(en: string): string {
  const fixed = EXPECTED_VI[en];
  if (fixed !== undefined) return fixed;
  const orNull = /^(.*) or null$/.exec(en);
  if (orNull) return `${expectedVi(orNull[1]!)} hoặc null`;
  const oneOf = /^one of (.*)$/.exec(en);
  if (oneOf) return `một trong ${oneOf[1]}`;
  const listOf = /^a list of (.*)$/.exec(en);
  if (listOf) return `một danh sách gồm ${listOf[1]}`;
  // A bare list of names (`sites, coverage, cables, speeds`): one of them.
  if (/^[\w-]+(, [\w-]+)+$/.test(en)) return `một trong ${en}`;
  return en;
}

/** What is wrong with `value` against `checks` (the first broken field) in both languages, or null. */
export function problemTexts(value: unknown, checks: Checks): Bilingual | null {
  if (!isObject(value))
    return { en: `is ${show(value)}, not an object`, vi: `là ${show(value)}, không phải một đối tượng` };
  for (const [field, [check, expected]] of Object.entries(checks)) {
    if (!(field in value)) {
      if (check(undefined)) continue;
      return { en: `field "${field}" is missing`, vi: `thiếu trường "${field}"` };
    }
    if (!check(value[field]))
      return {
        en: `field "${field}" is ${show(value[field])}, not ${expected}`,
        vi: `trường "${field}" là ${show(value[field])}, không phải ${expectedVi(expected)}`,
      };
  }
  return null;
}
