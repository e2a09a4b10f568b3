/**
 * Interface strings of the method page (see part.ts; the page is `MethodPage.tsx`): its sections, the parameter
 * table's headings, the model-use table and the reset button. The level meanings and path-loss model names are the
 * model part's (`model.*`), the calibration section's the calibration part's.
 */
import { messagePart } from './part.js';

export const METHOD_MESSAGES = messagePart(
  {
    'method.tab': 'Phương pháp',
    'method.title': 'Phương pháp tính vùng phủ',
    'method.intro':
      'Vùng phủ của mỗi trạm được tính từ quỹ đường truyền, mô hình suy hao đường truyền theo môi trường quanh trạm và búp sóng anten sector. Mọi tham số dưới đây có thể sửa; số liệu, bản đồ, bảng và báo cáo được tính lại theo tham số mới. Tham số khác mặc định đi kèm liên kết chia sẻ và tệp xuất.',
    'method.levels': 'Mỗi mức phủ sóng nghĩa là gì với người dân',
    'method.levels.now': 'Với tham số hiện tại: xác suất có sóng ở mép vùng phủ',
    'method.levels.depth': 'độ sâu trong nhà',
    'method.models': 'Mô hình nào được dùng ở đâu (— : ngoài khoảng hợp lệ)',
    'method.models.intro':
      'Suy hao đường truyền theo môi trường của trạm (anten cao 30 m) và khoảng cách. Dưới 1 km dùng mô hình 3GPP TR 38.901; từ 1 km, với tần số 150–2000 MHz, chuyển dần sang mô hình họ Hata (trọng số tăng theo log khoảng cách, trọn vẹn từ 5 km). Mỗi mô hình chỉ dùng trong khoảng khoảng cách hợp lệ của nó; bán kính bị giới hạn ở đó.',
    'method.models.band': 'Băng tần',
    'method.models.env': 'Môi trường',
    'method.params': 'Tham số của mô hình',
    'method.param': 'Tham số',
    'method.value': 'Giá trị',
    'method.unit': 'Đơn vị',
    'method.default': 'Mặc định',
    'method.range': 'Khoảng hợp lệ',
    'method.source': 'Nguồn',
    'method.changed': 'đã sửa',
    'method.reset': 'Đặt lại mặc định',
    'method.resetNote': 'Đang dùng tham số mặc định.',
    'method.customNote':
      'Đang dùng tham số khác mặc định: số liệu dựng sẵn không được dùng, mọi số liệu được tính lại.',
    'method.invalid': 'Giá trị không hợp lệ',
    'method.group.linkBudget': 'Quỹ đường truyền',
    'method.group.edgeProbability': 'Xác suất ở mép vùng phủ',
    'method.group.shadowSigmaDb': 'Che khuất (phân bố log-chuẩn)',
    'method.group.buildingLoss': 'Suy hao vào trong nhà (mức trong nhà)',
    'method.group.antenna': 'Anten sector',
    'method.group.envOffsetDb': 'Hiệu chỉnh theo môi trường',
    'method.group.circleVertices': 'Hình học vùng phủ',
    'method.group.minRangeM': 'Giới hạn bán kính',
    'method.group.maxRangeM': 'Giới hạn bán kính',
    'stage.params': 'tham số mô hình mới',
  },
  {
    'method.tab': 'Method',
    'method.title': 'How coverage is computed',
    'method.intro':
      "Each site's footprint comes from a link budget, a path-loss model chosen by the site's surroundings and the sector antennas' pattern. Every parameter below can be edited; the figures, map, tables and report are computed again with the new values. Parameters other than the defaults travel with shared links and exports.",
    'method.levels': 'What each coverage level means for a resident',
    'method.levels.now': 'With the current parameters: probability of signal at the footprint’s edge',
    'method.levels.depth': 'depth indoors',
    'method.models': 'Which model is used where (—: beyond its valid range)',
    'method.models.intro':
      "Path loss by the site's environment (antenna at 30 m) and distance. Below 1 km the 3GPP TR 38.901 models; from 1 km, for 150–2000 MHz, a gradual move to the Hata family (weight rising with the log of distance, whole from 5 km). Each model is used only within its valid distance; ranges are clamped there.",
    'method.models.band': 'Band',
    'method.models.env': 'Environment',
    'method.params': 'Parameters of the model',
    'method.param': 'Parameter',
    'method.value': 'Value',
    'method.unit': 'Unit',
    'method.default': 'Default',
    'method.range': 'Valid range',
    'method.source': 'Source',
    'method.changed': 'edited',
    'method.reset': 'Reset to defaults',
    'method.resetNote': 'The default parameters are in use.',
    'method.customNote':
      'Parameters other than the defaults are in use: stored figures are not used, everything is computed again.',
    'method.invalid': 'Invalid value',
    'method.group.linkBudget': 'Link budget',
    'method.group.edgeProbability': 'Edge probability',
    'method.group.shadowSigmaDb': 'Shadowing (log-normal)',
    'method.group.buildingLoss': 'Building-entry loss (indoor level)',
    'method.group.antenna': 'Sector antenna',
    'method.group.envOffsetDb': 'Offsets by environment',
    'method.group.circleVertices': 'Footprint geometry',
    'method.group.minRangeM': 'Range limits',
    'method.group.maxRangeM': 'Range limits',
    'stage.params': 'new model parameters',
  },
);

/** A key of the method page's strings. */
export type MethodKey = keyof typeof METHOD_MESSAGES.vi;
