/**
 * Interface strings of the calibration against measurements (see part.ts; the section is `CalibrationSection.tsx`,
 * the fit `analysis/calibration/fit.ts`). Environment class names are the environment part's `env.*`.
 */
import { messagePart } from './part.js';

export const CALIBRATION_MESSAGES = messagePart(
  {
    'calibration.title': 'Hiệu chỉnh theo số đo',
    'calibration.intro':
      'Tệp đo sóng (đo kiểm lưu động, đo tốc độ có trường tín hiệu; CSV hoặc GeoJSON): vĩ độ, kinh độ, RSRP hoặc SS-RSRP, nhà mạng; băng tần, công nghệ, thời gian nếu có. Mỗi số đo được so với trạm phục vụ mạnh nhất theo mô hình; mỗi loại môi trường nhận một độ bù (dB) khớp theo bình phương tối thiểu.',
    'calibration.file': 'Tệp số đo',
    'calibration.reading': 'Đang đọc tệp và khớp mô hình…',
    'calibration.failed': 'Không hiệu chỉnh được',
    'calibration.env': 'Môi trường',
    'calibration.n': 'Số đo',
    'calibration.offset': 'Độ bù (dB)',
    'calibration.sigma': 'σ (dB)',
    'calibration.notFitted': 'quá ít số đo, giữ nguyên',
    'calibration.stage': 'Mô hình',
    'calibration.before': 'Trước hiệu chỉnh',
    'calibration.after': 'Sau hiệu chỉnh',
    'calibration.mean': 'Sai số trung bình (dB)',
    'calibration.rmse': 'RMSE (dB)',
    'calibration.inside': 'Khớp mức dự báo',
    'calibration.errorNote':
      'Sai số = dự báo − đo. “Khớp mức dự báo”: số đo và dự báo cùng đạt, hoặc cùng không đạt, ngưỡng phủ sóng.',
    'calibration.noServer': 'số đo không có trạm cùng nhà mạng trong bán kính tìm, không dùng để khớp',
    'calibration.rejected': 'dòng bị loại',
    'calibration.apply': 'Áp dụng',
    'calibration.applied': 'Hiệu chỉnh đang dùng',
    'calibration.none': 'Chưa hiệu chỉnh: độ bù bằng 0 dB.',
    'calibration.source': 'Tệp',
    'calibration.measured': 'Thời gian đo',
    'calibration.fitDate': 'Ngày khớp',
    'calibration.offsets': 'Độ bù',
  },
  {
    'calibration.title': 'Calibration against measurements',
    'calibration.intro':
      'A file of signal measurements (drive tests, speed tests with signal fields; CSV or GeoJSON): latitude, longitude, RSRP or SS-RSRP, operator; band, technology and time when known. Each measurement is compared with the strongest predicted server; each environment class gets one offset (dB) fitted by least squares.',
    'calibration.file': 'Measurement file',
    'calibration.reading': 'Reading the file and fitting the model…',
    'calibration.failed': 'Calibration failed',
    'calibration.env': 'Environment',
    'calibration.n': 'Measurements',
    'calibration.offset': 'Offset (dB)',
    'calibration.sigma': 'σ (dB)',
    'calibration.notFitted': 'too few measurements, kept',
    'calibration.stage': 'Model',
    'calibration.before': 'Before calibration',
    'calibration.after': 'After calibration',
    'calibration.mean': 'Mean error (dB)',
    'calibration.rmse': 'RMSE (dB)',
    'calibration.inside': 'Inside predicted level',
    'calibration.errorNote':
      'Error = predicted − measured. “Inside predicted level”: measurement and prediction both reach the coverage threshold, or both fall short.',
    'calibration.noServer': 'measurements without a site of their operator within the search radius, not fitted',
    'calibration.rejected': 'rows rejected',
    'calibration.apply': 'Apply',
    'calibration.applied': 'Calibration in use',
    'calibration.none': 'Not calibrated: offsets are 0 dB.',
    'calibration.source': 'File',
    'calibration.measured': 'Measured',
    'calibration.fitDate': 'Fitted on',
    'calibration.offsets': 'Offsets',
  },
);
