/**
 * Interface strings of the coverage model (see part.ts): what each coverage level means for a resident, the
 * path-loss models' names for the method page, and the errors of a parameters file (params-validate.ts).
 */
import { messagePart } from './part.js';

export const MODEL_MESSAGES = messagePart(
  {
    'model.level.outdoor.meaning':
      'Ngoài trời: đứng ngoài đường, điện thoại cầm tay, có sóng ở mép vùng phủ với xác suất 90 % (đi bộ, chờ xe buýt, ngoài sân).',
    'model.level.indoor.meaning':
      'Trong nhà: ở trong một căn nhà bê tông thông thường (nhà ống, cửa kính thường), cách tường ngoài khoảng 5 m, có sóng với xác suất 90 %. Tầng hầm và nhà kính phủ kim loại có thể không có sóng.',
    'model.pathLoss.tr38901-uma-nlos': '3GPP TR 38.901 UMa NLOS (đô thị, trạm macro, dưới 1 km)',
    'model.pathLoss.tr38901-umi-nlos': '3GPP TR 38.901 UMi NLOS (trạm nhỏ, anten ≤ 15 m)',
    'model.pathLoss.tr38901-rma-nlos': '3GPP TR 38.901 RMa NLOS (nông thôn, dưới 1 km)',
    'model.pathLoss.tr38901-rma-los': '3GPP TR 38.901 RMa LOS (đất trống)',
    'model.pathLoss.okumura-hata': 'Okumura–Hata (150–1500 MHz, 1–20 km)',
    'model.pathLoss.cost231-hata': 'COST-231 Hata (1500–2000 MHz, 1–20 km)',
    'model.params.error.notObject': 'Tệp tham số phải là một đối tượng JSON.',
    'model.params.error.unknown': 'Tham số không có trong mô hình.',
    'model.params.error.type': 'Giá trị sai kiểu.',
    'model.params.error.range': 'Giá trị nằm ngoài khoảng cho phép.',
    'model.params.error.integer': 'Giá trị phải là số nguyên.',
    'model.params.error.enum': 'Giá trị không thuộc các lựa chọn cho phép.',
  },
  {
    'model.level.outdoor.meaning':
      'Outdoors: in the street with a handheld phone, with signal at the footprint’s edge 90 % of the time (walking, waiting for a bus, in a yard).',
    'model.level.indoor.meaning':
      'Indoors: inside an ordinary concrete house (a tube house with plain glass), about 5 m from the outer wall, with signal 90 % of the time. Basements and buildings with metal-coated glass may have none.',
    'model.pathLoss.tr38901-uma-nlos': '3GPP TR 38.901 UMa NLOS (urban macro, below 1 km)',
    'model.pathLoss.tr38901-umi-nlos': '3GPP TR 38.901 UMi NLOS (small cells, antenna ≤ 15 m)',
    'model.pathLoss.tr38901-rma-nlos': '3GPP TR 38.901 RMa NLOS (rural, below 1 km)',
    'model.pathLoss.tr38901-rma-los': '3GPP TR 38.901 RMa LOS (open land)',
    'model.pathLoss.okumura-hata': 'Okumura–Hata (150–1500 MHz, 1–20 km)',
    'model.pathLoss.cost231-hata': 'COST-231 Hata (1500–2000 MHz, 1–20 km)',
    'model.params.error.notObject': 'A parameters file must be a JSON object.',
    'model.params.error.unknown': 'Not a parameter of the model.',
    'model.params.error.type': 'Wrong type of value.',
    'model.params.error.range': 'Value out of the allowed range.',
    'model.params.error.integer': 'The value must be an integer.',
    'model.params.error.enum': 'Not one of the allowed choices.',
  },
);
