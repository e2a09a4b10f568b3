/**
 * Reads a row's position as WGS84 degrees or VN-2000 metres, and explains the choice for the report (English and
 * Vietnamese). A pair with either value beyond ±1000 is projected metres (no degree is that large; Hà Nội's VN-2000
 * eastings are about 540 000–610 000 m and northings 2 270 000–2 370 000 m); any other pair is degrees `[lng, lat]`.
 *
 * What happens to a row, by the file's declaration and the caller's mode:
 *
 * | declared (GeoJSON `crs`) | mode | degrees | metres |
 * |---|---|---|---|
 * | none | `auto` | read as WGS84 | **held**: not converted, `read` gives null (the file does not say which system: the importer asks) |
 * | none | `vn2000` | read as WGS84 (the report says `mixed`) | converted from VN-2000 Hà Nội's zone (EPSG:5897) |
 * | none | `wgs84` | read as WGS84 | passed as they are (`checkSites` then names them as outside Hà Nội) |
 * | WGS84 / CRS84 / EPSG:4756 | any | read (EPSG:4756 converted) | error `coords-not-declared-crs`, `read` gives null |
 * | a VN-2000 projection | any | error `coords-not-declared-crs`, `read` gives null | converted with the declared system |
 *
 * A declaration wins over the caller's mode. For every null from `read`, `heldIssue` gives the row's error; callers
 * reject the row with it. Held rows are counted in the report (`heldRows`, `heldSample`); the
 * `coords-not-declared-crs` rows only in its reason.
 *
 * Vietnamese surveying order: survey tables name the northing X and the easting Y, so a metre row whose lng/x
 * column holds the larger value is read as (northing, easting). Everywhere in Vietnam the northing (over 900 000 m)
 * exceeds a TM-3 or UTM easting (under 850 000 m), so the order is never ambiguous.
 */
import type { DataIssue } from '../../domain/report.js';
import { declaredUnit, EPSG_4326_NAME, type DeclaredCrs } from './crs.js';
import { importIssue, type Bilingual } from './issue.js';
import type { CoordinateMode, CoordinateReport } from './types.js';
import { looksProjected, VN2000_HANOI_NAME, VN2000_HANOI_NAME_VI, vn2000ToWgs84 } from './vn2000.js';

/** How many held row numbers the report keeps. */
export const HELD_SAMPLE_SIZE = 20;

/** Formats a number as written in the report (up to 4 decimals, trailing zeros dropped). */
const fmt = (v: number): string => String(Math.round(v * 1e4) / 1e4);

type Held = { a: number; b: number; why: 'undeclared' | 'not-declared-unit' };

/** Reads positions and counts how; one per imported file. */
export class CoordinateReader {
  private wgs84Rows = 0;
  private vn2000Rows = 0;
  private northingFirstRows = 0;
  private heldRows = 0;
  private heldNorthingFirst = 0;
  private readonly heldSample: number[] = [];
  private mismatchRows = 0;
  private readonly mismatchSample: number[] = [];
  private readonly pending = new Map<number, Held>();
  private firstWgs84: string | null = null;
  private firstVn2000: string | null = null;

  /**
   * `label` names a row in messages: `row` (delimited text) or `feature` (GeoJSON). `declared` is the system the
   * file declares (see `crs.ts`), which wins over `mode`. `source` is the file name used in `heldIssue`.
   */
  constructor(
    private readonly mode: CoordinateMode,
    private readonly label: 'row' | 'feature' = 'row',
    private readonly declared: DeclaredCrs | null = null,
    private readonly source = '',
  ) {}

  /**
   * `[lng, lat]` WGS84 degrees of the pair `(a, b)` as found in the lng/x and lat/y columns of row (or feature)
   * `n`; null when the row is held or contradicts the declared system (then `heldIssue(n, id)` gives its error).
   */
  read(a: number, b: number, n: number): [number, number] | null {
    const metres = looksProjected(a, b);
    const declared = this.declared;
    if (declared) {
      if ((declaredUnit(declared) === 'metre') !== metres) return this.hold(n, a, b, 'not-declared-unit');
      if (declared.kind === 'wgs84') return this.degrees(a, b, n);
      if (!metres) return this.converted(declared.toWgs84(a, b), a, b, n);
    } else if (!metres || this.mode === 'wgs84') return this.degrees(a, b, n);
    else if (this.mode === 'auto') {
      if (a > b) this.heldNorthingFirst++;
      return this.hold(n, a, b, 'undeclared');
    }
    const convert = declared ? declared.toWgs84 : vn2000ToWgs84;
    if (a > b) this.northingFirstRows++;
    return this.converted(a > b ? convert(b, a) : convert(a, b), a, b, n);
  }

  /** The error of row (or feature) `n`, for which `read` returned null; `id` is the row's id, when known. */
  heldIssue(n: number, id: string | null): DataIssue {
    const held = this.pending.get(n);
    if (!held) throw new Error(`CoordinateReader.heldIssue: ${this.label} ${n} was not held`);
    this.pending.delete(n);
    const place = { label: this.label, n, id };
    const value = `${fmt(held.a)}, ${fmt(held.b)}`;
    const detail = { value };
    if (held.why === 'undeclared') {
      const order =
        held.a > held.b
          ? {
              en: ' (X = northing first, as Vietnamese surveys write it)',
              vi: ' (X = tọa độ bắc đứng trước, theo cách ghi trắc địa Việt Nam)',
            }
          : { en: '', vi: '' };
      return importIssue(
        'error',
        'coords-crs-undeclared',
        this.source,
        place,
        {
          en: `position ${value}${order.en} is in projected metres (beyond ±1000) and the file does not say which system`,
          vi: `tọa độ ${value}${order.vi} tính bằng mét theo một hệ tọa độ phẳng (vượt quá ±1000) nhưng tệp không cho biết đó là hệ nào`,
        },
        {
          en: `metres are converted only when the system is known: choose VN-2000 in the dialog, or --crs vn2000 on the command line, to read them as ${VN2000_HANOI_NAME}`,
          vi: `chỉ chuyển đổi tọa độ mét khi biết hệ tọa độ: hãy chọn VN-2000 trong hộp thoại, hoặc --crs vn2000 trên dòng lệnh, để đọc theo ${VN2000_HANOI_NAME_VI}`,
        },
        detail,
      );
    }
    const name = this.declared?.name ?? '';
    const inDegrees = !looksProjected(held.a, held.b);
    const what: Bilingual = inDegrees
      ? {
          en: `position ${value} is in degrees (within ±1000), not metres`,
          vi: `tọa độ ${value} ở dạng độ (trong khoảng ±1000), không phải mét`,
        }
      : {
          en: `position ${value} is in metres (beyond ±1000), not degrees`,
          vi: `tọa độ ${value} ở dạng mét (vượt quá ±1000), không phải độ`,
        };
    const why: Bilingual = inDegrees
      ? {
          en: `the file's crs member declares ${name}, in metres — set the crs member to the system the positions are in (EPSG:4326 or CRS84 for degrees), or remove it`,
          vi: `thành phần crs của tệp khai báo ${name}, tính bằng mét — hãy sửa crs cho đúng hệ của tọa độ (EPSG:4326 hoặc CRS84 cho độ), hoặc bỏ crs`,
        }
      : {
          en: `the file's crs member declares ${name}, in degrees — set the crs member to the system the positions are in (e.g. EPSG:5897 for VN-2000 metres of Hà Nội), or remove it and choose the system in the dialog (--crs on the command line)`,
          vi: `thành phần crs của tệp khai báo ${name}, tính bằng độ — hãy sửa crs cho đúng hệ của tọa độ (ví dụ EPSG:5897 cho mét VN-2000 của Hà Nội), hoặc bỏ crs và chọn hệ tọa độ trong hộp thoại (--crs trên dòng lệnh)`,
        };
    return importIssue('error', 'coords-not-declared-crs', this.source, place, what, why, detail);
  }

  /** The coordinate part of the import report. */
  report(): CoordinateReport {
    const { wgs84Rows, vn2000Rows, heldRows } = this;
    const vn = vn2000Rows + heldRows;
    const system = wgs84Rows > 0 && vn > 0 ? 'mixed' : wgs84Rows > 0 ? 'wgs84' : vn > 0 ? 'vn2000' : 'none';
    const { en, vi } = this.reason();
    return {
      system,
      forced: this.declared === null && this.mode !== 'auto',
      reason: en,
      reasonVi: vi,
      wgs84Rows,
      vn2000Rows,
      northingFirstRows: this.northingFirstRows,
      heldRows,
      heldSample: [...this.heldSample],
      declared: this.declared?.name ?? null,
    };
  }

  // The first row's text is built once: a million-row file must not build a string per row.
  private degrees(a: number, b: number, n: number): [number, number] {
    this.wgs84Rows++;
    this.firstWgs84 ??= `${this.label} ${n}: ${fmt(a)}, ${fmt(b)}`;
    return [a, b];
  }

  private converted(p: [number, number], a: number, b: number, n: number): [number, number] {
    this.vn2000Rows++;
    this.firstVn2000 ??= `${this.label} ${n}: ${fmt(a)}, ${fmt(b)}`;
    return p;
  }

  private hold(n: number, a: number, b: number, why: Held['why']): null {
    this.pending.set(n, { a, b, why });
    const [count, sample] =
      why === 'undeclared'
        ? (['heldRows', this.heldSample] as const)
        : (['mismatchRows', this.mismatchSample] as const);
    this[count]++;
    if (sample.length < HELD_SAMPLE_SIZE) sample.push(n);
    return null;
  }

  private reason(): Bilingual {
    const { wgs84Rows, vn2000Rows, heldRows, northingFirstRows, heldNorthingFirst, mismatchRows, declared, mode } =
      this;
    const L = this.label;
    const Lv = L === 'row' ? 'dòng' : 'đối tượng';
    const n = (k: number): Bilingual => ({ en: `${k} ${L}${k === 1 ? '' : 's'}`, vi: `${k} ${Lv}` });
    const list = (sample: number[], total: number): Bilingual => {
      const more = total > sample.length;
      return {
        en: `${L}${sample.length === 1 ? '' : 's'} ${sample.join(', ')}${more ? `, … (first ${sample.length} of ${total})` : ''}`,
        vi: `${Lv} ${sample.join(', ')}${more ? `, … (${sample.length} ${Lv} đầu trong ${total})` : ''}`,
      };
    };
    const parts: Bilingual[] = [];
    const add = (en: string, vi: string): number => parts.push({ en, vi });
    const wgsAt = `(first: ${this.firstWgs84})`;
    const wgsAtVi = `(đầu tiên: ${this.firstWgs84?.replace(/^(row|feature)/, Lv)})`;
    const vnAt = `(first: ${this.firstVn2000})`;
    const vnAtVi = `(đầu tiên: ${this.firstVn2000?.replace(/^(row|feature)/, Lv)})`;

    if (declared) {
      const overridden =
        mode === 'auto'
          ? { en: '', vi: '' }
          : {
              en: ` (used instead of the caller's choice "${mode}")`,
              vi: ` (dùng thay cho lựa chọn "${mode}" của người nhập)`,
            };
      add(
        `declared by the file's crs member: ${declared.name}${overridden.en}`,
        `do thành phần crs của tệp khai báo: ${declared.name}${overridden.vi}`,
      );
      if (declared.name === EPSG_4326_NAME) {
        add(
          'EPSG:4326 positions are read longitude first, as GDAL writes GeoJSON (the EPSG axis order is latitude first)',
          'tọa độ EPSG:4326 được đọc kinh độ trước, như GDAL ghi GeoJSON (thứ tự trục của EPSG là vĩ độ trước)',
        );
      }
      if (wgs84Rows > 0)
        add(
          `${n(wgs84Rows).en} read as WGS84 [lng, lat] degrees ${wgsAt}`,
          `${n(wgs84Rows).vi} được đọc là độ WGS84 [kinh độ, vĩ độ] ${wgsAtVi}`,
        );
      if (vn2000Rows > 0)
        add(
          `${n(vn2000Rows).en} converted with it (datum shift EPSG:6960) to WGS84 [lng, lat] degrees ${vnAt}`,
          `${n(vn2000Rows).vi} được chuyển theo hệ này (chuyển đổi datum EPSG:6960) sang độ WGS84 [kinh độ, vĩ độ] ${vnAtVi}`,
        );
      if (mismatchRows > 0) {
        const unit =
          declaredUnit(declared) === 'metre'
            ? { en: 'in degrees, not the declared metres', vi: 'ở dạng độ, không phải mét như đã khai báo' }
            : { en: 'in metres, not the declared degrees', vi: 'ở dạng mét, không phải độ như đã khai báo' };
        const at = list(this.mismatchSample, mismatchRows);
        add(
          `${n(mismatchRows).en} ${unit.en}, rejected (${at.en})`,
          `${n(mismatchRows).vi} ${unit.vi}, bị loại (${at.vi})`,
        );
      }
    } else if (wgs84Rows + vn2000Rows + heldRows === 0) {
      add(`no ${L} had a numeric position`, `không ${Lv} nào có tọa độ dạng số`);
    } else if (mode === 'wgs84') {
      add(
        'forced by the caller: every position read as WGS84 [lng, lat] degrees',
        'do người nhập chọn: mọi tọa độ được đọc là độ WGS84 [kinh độ, vĩ độ]',
      );
    } else if (mode === 'auto' && heldRows === 0) {
      add(
        `every position is within ±1000 ${wgsAt}, so read as WGS84 [lng, lat] degrees`,
        `mọi tọa độ đều trong khoảng ±1000 ${wgsAtVi} nên được đọc là độ WGS84 [kinh độ, vĩ độ]`,
      );
    } else {
      if (mode === 'vn2000') add('VN-2000 chosen by the caller', 'người nhập chọn VN-2000');
      if (wgs84Rows > 0) {
        add(
          `${n(wgs84Rows).en} within ±1000 read as WGS84 [lng, lat] degrees ${wgsAt}`,
          `${n(wgs84Rows).vi} trong khoảng ±1000 được đọc là độ WGS84 [kinh độ, vĩ độ] ${wgsAtVi}`,
        );
      }
      if (vn2000Rows > 0) {
        add(
          `${n(vn2000Rows).en} beyond ±1000 read as ${VN2000_HANOI_NAME} and converted to WGS84 ${vnAt}`,
          `${n(vn2000Rows).vi} vượt quá ±1000 được đọc theo ${VN2000_HANOI_NAME_VI} và chuyển sang WGS84 ${vnAtVi}`,
        );
      }
      if (heldRows > 0) {
        const at = list(this.heldSample, heldRows);
        const nf =
          heldNorthingFirst > 0
            ? {
                en: `; ${heldNorthingFirst} of them with X = northing first`,
                vi: `; trong đó ${heldNorthingFirst} ${Lv} ghi X = tọa độ bắc trước`,
              }
            : { en: '', vi: '' };
        add(
          `${n(heldRows).en} beyond ±1000 are projected metres and the file does not say which system: held, not converted (${at.en}${nf.en}) — choose VN-2000 in the import dialog, or --crs vn2000 on the command line, to read them as ${VN2000_HANOI_NAME}`,
          `${n(heldRows).vi} vượt quá ±1000 là tọa độ phẳng tính bằng mét và tệp không cho biết đó là hệ nào: bị giữ lại, chưa chuyển đổi (${at.vi}${nf.vi}) — hãy chọn VN-2000 trong hộp thoại nhập, hoặc --crs vn2000 trên dòng lệnh, để đọc theo ${VN2000_HANOI_NAME_VI}`,
        );
      }
      if (wgs84Rows > 0 && vn2000Rows + heldRows > 0)
        add(`each ${L} was read by its own values`, `mỗi ${Lv} được đọc theo giá trị của chính nó`);
    }
    if (northingFirstRows > 0) {
      add(
        `${n(northingFirstRows).en} wrote X = northing before Y = easting (Vietnamese surveying order) and ${northingFirstRows === 1 ? 'was' : 'were'} read so`,
        `${n(northingFirstRows).vi} ghi X = tọa độ bắc trước Y = tọa độ đông (thứ tự trắc địa Việt Nam) và được đọc theo thứ tự đó`,
      );
    }
    return { en: parts.map((p) => p.en).join('; '), vi: parts.map((p) => p.vi).join('; ') };
  }
}
