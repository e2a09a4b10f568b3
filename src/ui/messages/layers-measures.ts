/**
 * Interface strings of the measure layers (see part.ts): coverage along roads, the shared towers, the operators
 * with 5G per H3 cell, and the meaning of the propagation environment's classes (their names are in
 * environment.ts). `{n}`, `{m}` and `{p}` are filled with numbers formatted in the interface language.
 */
import { messagePart } from './part.js';

export const LAYERS_MEASURES_MESSAGES = messagePart(
  {
    'layer.roadCoverage': 'Phủ sóng dọc đường',
    'layer.towers': 'Cột anten dùng chung',
    'layer.ops5g': 'Số nhà mạng có 5G (H3 độ phân giải 8)',
    'roadCover.covered': 'Có phủ sóng',
    'roadCover.uncovered': 'Chưa phủ sóng',
    'roadCover.note': 'Đường cao tốc đến đường cấp 3 (OSM) trong Hà Nội, theo công nghệ, nhà mạng và mức phủ đã chọn.',
    'roadCover.status': 'Phủ sóng',
    'roadCover.for': 'Theo lựa chọn',
    'towers.count1': 'Cột của 1 nhà mạng',
    'towers.count2': 'Cột dùng chung 2 nhà mạng',
    'towers.count3': 'Cột dùng chung 3–4 nhà mạng',
    'towers.note': 'Một cột: các trạm cách nhau không quá {n} m, hoặc cùng mã cột trong tệp nhập.',
    'towers.tower': 'Cột anten',
    'towers.operators': 'Nhà mạng',
    'towers.sites': 'Trạm trên cột',
    'towers.siteIds': 'Mã trạm',
    'towers.by': 'Xác định theo',
    'towers.byDistance': 'khoảng cách (≤ {n} m)',
    'towers.byTowerId': 'mã cột',
    'ops5g.one': '1 nhà mạng',
    'ops5g.count': '{n} nhà mạng',
    'ops5g.rule': 'Một nhà mạng được tính khi phủ 5G ít nhất {p} % diện tích ô (phần trong Hà Nội), mức phủ: {level}.',
    'ops5g.pending': 'Ô chưa tô màu: lưới đang được phân tích.',
    'envMeaning.dense-urban': 'từ {n} người/km²',
    'envMeaning.urban': 'từ {n} người/km², hoặc từ {m} người/km² có mạng đường phố',
    'envMeaning.suburban': 'từ {m} người/km², khu công nghiệp, hoặc làng dọc đường chính',
    'envMeaning.rural': 'làng xen đồng ruộng',
    'envMeaning.open': 'không nhà, không cây cao (cần dữ liệu lớp phủ mặt đất)',
  },
  {
    'layer.roadCoverage': 'Coverage along roads',
    'layer.towers': 'Shared towers',
    'layer.ops5g': 'Operators with 5G per H3 cell (resolution 8)',
    'roadCover.covered': 'Covered',
    'roadCover.uncovered': 'Not covered',
    'roadCover.note': 'Motorway to tertiary roads (OSM) inside Hà Nội, for the chosen technology, operator and level.',
    'roadCover.status': 'Coverage',
    'roadCover.for': 'For the choice',
    'towers.count1': 'Tower of 1 operator',
    'towers.count2': 'Tower shared by 2 operators',
    'towers.count3': 'Tower shared by 3–4 operators',
    'towers.note': 'One tower: sites at most {n} m from each other, or with one tower id in an imported file.',
    'towers.tower': 'Tower',
    'towers.operators': 'Operators',
    'towers.sites': 'Sites on the tower',
    'towers.siteIds': 'Site ids',
    'towers.by': 'Found by',
    'towers.byDistance': 'distance (≤ {n} m)',
    'towers.byTowerId': 'tower id',
    'ops5g.one': '1 operator',
    'ops5g.count': '{n} operators',
    'ops5g.rule':
      'An operator counts where its 5G covers at least {p} % of the cell (its part in Hà Nội), level: {level}.',
    'ops5g.pending': 'Cells not coloured: the grid is being analysed.',
    'envMeaning.dense-urban': 'from {n} people/km²',
    'envMeaning.urban': 'from {n} people/km², or from {m} people/km² with a street grid',
    'envMeaning.suburban': 'from {m} people/km², an industrial zone, or a village along major roads',
    'envMeaning.rural': 'villages among fields',
    'envMeaning.open': 'no buildings or tall trees (needs land-cover data)',
  },
);

/** A key of the measure layers' strings. */
export type MeasureMessageKey = keyof typeof LAYERS_MEASURES_MESSAGES.vi;
