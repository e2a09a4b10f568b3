/**
 * The header of a speed-test file (`speedtest-csv`, see `speed-import.ts`): which columns are required, and the
 * file-level issues the header earns (`speed-column-missing`, `speed-unit-assumed`, `speed-network-option`).
 *
 * Split from `speed-import.ts`, which reads records in order; this module decides once, from the header, whether
 * the rows can be read at all and how.
 */
import { importIssue, type Bilingual, type IssuePlace } from './issue.js';
import { mapSpeedColumns, speedVariantsOf, type SpeedColumns, type SpeedField } from './speed-columns.js';
import type { SpeedCollector } from './speed-report.js';
import type { SpeedImportOptions } from './speed-types.js';

const REQUIRED: readonly SpeedField[] = ['time', 'lat', 'lng', 'down'];
const FIELD_NAMES: Readonly<Record<SpeedField, Bilingual>> = {
  time: { en: 'the time', vi: 'thời gian' },
  lat: { en: 'the latitude', vi: 'vĩ độ' },
  lng: { en: 'the longitude', vi: 'kinh độ' },
  down: { en: 'the download', vi: 'tốc độ tải xuống' },
  up: { en: 'the upload', vi: 'tốc độ tải lên' },
  latency: { en: 'the latency', vi: 'độ trễ' },
  operator: { en: 'the operator', vi: 'nhà mạng' },
  network: { en: 'the network type', vi: 'loại mạng' },
  id: { en: 'the id', vi: 'mã' },
};

/**
 * Maps the columns of a speed-test header and reports what it lacks or assumes into `out`: `stop` is true when a
 * required column is missing (the rows are then counted but not read).
 */
export function readSpeedTestHeader(
  header: string[],
  options: SpeedImportOptions,
  out: SpeedCollector,
): { cols: SpeedColumns; stop: boolean } {
  const { source } = options;
  const file: IssuePlace = { label: 'file' };
  let stop = false;
  const cols = mapSpeedColumns(header);
  const needed =
    cols.columns.network === null && options.speedTech === undefined ? [...REQUIRED, 'network' as const] : REQUIRED;
  for (const f of needed.filter((f) => cols.columns[f] === null)) {
    stop = true;
    out.fileErrors.push(
      importIssue(
        'error',
        'speed-column-missing',
        source,
        file,
        {
          en: `no column for ${FIELD_NAMES[f].en} (header: ${header.join(', ')})`,
          vi: `không có cột ${FIELD_NAMES[f].vi} (tiêu đề: ${header.join(', ')})`,
        },
        {
          en: `name it one of ${speedVariantsOf(f)}${f === 'network' ? ', or choose the technology' : ''}`,
          vi: `đặt tên cột là một trong ${speedVariantsOf(f)}${f === 'network' ? ', hoặc chọn công nghệ' : ''}`,
        },
      ),
    );
  }
  if (stop) return { cols, stop };
  for (const f of cols.units.assumed) {
    const name = header[cols.columns[f]!]!;
    const unit = cols.units[f];
    out.warnings.push(
      importIssue(
        'warning',
        'speed-unit-assumed',
        source,
        file,
        {
          en: `column "${name}" names no unit: read as ${unit}`,
          vi: `cột "${name}" không ghi đơn vị: đọc là ${unit}`,
        },
        cols.speedtestApp
          ? {
              en: "the Speedtest app's export (with its ConnType column) writes kbit/s",
              vi: 'tệp xuất của ứng dụng Speedtest (có cột ConnType) ghi theo kbit/s',
            }
          : {
              en: `name it ${f === 'down' ? 'download' : 'upload'}_mbps or ${f === 'down' ? 'download' : 'upload'}_kbps to say which`,
              vi: `đặt tên ${f === 'down' ? 'download' : 'upload'}_mbps hoặc ${f === 'down' ? 'download' : 'upload'}_kbps để nói rõ`,
            },
        { column: name },
      ),
    );
  }
  if (cols.columns.network === null) {
    out.warnings.push(
      importIssue(
        'warning',
        'speed-network-option',
        source,
        file,
        {
          en: `no network-type column: every test is read as ${options.speedTech}, as chosen`,
          vi: `không có cột loại mạng: mọi lượt đo được đọc là ${options.speedTech} theo lựa chọn`,
        },
        {
          en: 'a column such as network_type (LTE, NR) would let each test say',
          vi: 'một cột như network_type (LTE, NR) sẽ cho biết công nghệ của từng lượt đo',
        },
      ),
    );
  }
  return { cols, stop };
}
