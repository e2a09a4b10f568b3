/**
 * Interface strings of the reports from the ground (issue #17, part 4): the public map's form and list
 * (src/public/PublicGroundReportForm.tsx, PublicGroundReports.tsx) and the planner's section
 * (GroundReportsSection.tsx). See part.ts; `groundText` reads this part alone, so the components work before and
 * after it is merged into i18n.ts.
 */
import type { Lang } from '../../domain/lang.js';
import { messagePart, partText } from './part.js';

export const GROUND_MESSAGES = messagePart(
  {
    'ground.report': 'Báo sóng yếu / không có sóng ở đây',
    'ground.kind': 'Tình trạng',
    'ground.kind.none': 'Không có sóng',
    'ground.kind.weak': 'Sóng yếu',
    'ground.operator': 'Nhà mạng',
    'ground.operator.unknown': 'Không rõ',
    'ground.technology': 'Công nghệ',
    'ground.date': 'Ngày',
    'ground.note': 'Ghi chú (tối đa 500 ký tự)',
    'ground.save': 'Lưu báo cáo',
    'ground.cancel': 'Huỷ',
    'ground.saved': 'Đã lưu báo cáo trong trình duyệt này.',
    'ground.privacy':
      'Báo cáo chỉ được lưu trong trình duyệt của bạn, không gửi đi đâu. Hãy tải tệp về để gửi cho cơ quan quản lý.',
    'ground.dateFuture': 'Ngày báo không được sau hôm nay',
    'ground.mine': 'Báo cáo sóng của bạn',
    'ground.empty': 'Bạn chưa báo điểm nào. Nhấp vào bản đồ để báo sóng yếu hoặc không có sóng tại điểm đó.',
    'ground.delete': 'Xoá',
    'ground.show': 'Xem trên bản đồ',
    'ground.exportCsv': 'Tải CSV',
    'ground.exportGeoJson': 'Tải GeoJSON',
    'ground.storageBroken': 'Không đọc được các báo cáo đã lưu trong trình duyệt',
    'ground.storageKept': 'bản đã lưu được giữ lại dưới khoá',
    'ground.storageFailed': 'Không lưu được vào trình duyệt',
    'ground.title': 'Báo cáo sóng từ người dân',
    'ground.intro':
      'Tệp CSV hoặc GeoJSON tải từ bản đồ công khai, hoặc tự lập với các cột kinh độ, vĩ độ, tình trạng, nhà mạng, công nghệ, ngày, ghi chú. Mỗi báo cáo được so với vùng phủ của mô hình tại điểm đó, theo nhà mạng (mọi nhà mạng khi không rõ) và công nghệ của báo cáo.',
    'ground.files': 'Tệp báo cáo (CSV, GeoJSON)',
    'ground.reading': 'Đang đọc tệp…',
    'ground.analysing': 'Đang so với mô hình…',
    'ground.read': 'báo cáo đọc được',
    'ground.refused': 'dòng bị loại',
    'ground.clear': 'Bỏ các báo cáo',
    'ground.by': 'Xem theo',
    'ground.byReport': 'Từng báo cáo',
    'ground.reports': 'Báo cáo',
    'ground.conflicts': 'Mô hình có phủ, dân báo yếu / mất sóng',
    'ground.conflictsNone': 'báo mất sóng',
    'ground.conflictsWeak': 'báo sóng yếu',
    'ground.score': 'Mức mâu thuẫn (0–4)',
    'ground.modelled': 'Mô hình tại điểm',
    'ground.modelled.indoor': 'phủ cả trong nhà',
    'ground.modelled.outdoor': 'chỉ phủ ngoài trời',
    'ground.modelled.none': 'không phủ',
    'ground.area': 'Khu vực',
    'ground.total': 'Tổng số báo cáo',
    'ground.totalConflicts': 'mâu thuẫn với mô hình',
    'ground.outside': 'nằm ngoài ranh giới thành phố',
    'ground.sampleNote': 'Mô hình đang chạy trên trạm mẫu: các mâu thuẫn chỉ để minh hoạ cách làm.',
    'ground.error': 'Không so được với mô hình',
    'ground.selectHint': 'Nhấp vào một dòng để xem điểm hoặc khu vực trên bản đồ.',
  },
  {
    'ground.report': 'Report weak / no signal here',
    'ground.kind': 'What you found',
    'ground.kind.none': 'No signal',
    'ground.kind.weak': 'Weak signal',
    'ground.operator': 'Operator',
    'ground.operator.unknown': 'Unknown',
    'ground.technology': 'Technology',
    'ground.date': 'Date',
    'ground.note': 'Note (up to 500 characters)',
    'ground.save': 'Save report',
    'ground.cancel': 'Cancel',
    'ground.saved': 'Report saved in this browser.',
    'ground.privacy':
      'Reports are kept in your browser only and sent nowhere. Download the file to send it to the authority.',
    'ground.dateFuture': 'The date cannot be after today',
    'ground.mine': 'Your signal reports',
    'ground.empty': 'No reports yet. Click the map to report a weak or missing signal at that point.',
    'ground.delete': 'Delete',
    'ground.show': 'Show on the map',
    'ground.exportCsv': 'Download CSV',
    'ground.exportGeoJson': 'Download GeoJSON',
    'ground.storageBroken': 'The reports saved in this browser could not be read',
    'ground.storageKept': 'the saved text is kept under the key',
    'ground.storageFailed': 'Could not save in this browser',
    'ground.title': 'Reports from the ground',
    'ground.intro':
      "CSV or GeoJSON files downloaded from the public map, or made by hand with the columns longitude, latitude, kind, operator, technology, date, note. Each report is set against the model's coverage at its point, for the report's operator (any operator when unknown) and technology.",
    'ground.files': 'Report files (CSV, GeoJSON)',
    'ground.reading': 'Reading…',
    'ground.analysing': 'Checking against the model…',
    'ground.read': 'reports read',
    'ground.refused': 'rows refused',
    'ground.clear': 'Clear the reports',
    'ground.by': 'By',
    'ground.byReport': 'Each report',
    'ground.reports': 'Reports',
    'ground.conflicts': 'Modelled covered, reported weak / none',
    'ground.conflictsNone': 'reported none',
    'ground.conflictsWeak': 'reported weak',
    'ground.score': 'Conflict score (0–4)',
    'ground.modelled': 'Model at the point',
    'ground.modelled.indoor': 'covered indoors too',
    'ground.modelled.outdoor': 'covered outdoors only',
    'ground.modelled.none': 'not covered',
    'ground.area': 'Area',
    'ground.total': 'Reports in all',
    'ground.totalConflicts': 'in conflict with the model',
    'ground.outside': 'outside the city boundary',
    'ground.sampleNote': 'The model runs on sample sites: the conflicts only illustrate the method.',
    'ground.error': 'Could not check against the model',
    'ground.selectHint': 'Click a row to see the point or the area on the map.',
  },
);

/** A key of this part. */
export type GroundMessageKey = keyof typeof GROUND_MESSAGES.vi;

/** The translator of this part for a language. */
export function groundText(lang: Lang): (key: GroundMessageKey) => string {
  return partText(GROUND_MESSAGES, lang);
}
