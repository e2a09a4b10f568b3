/**
 * The catalogue of the coverage model's parameters: for each, its path in {@link CoverageParams}, default value,
 * unit, source, validity range and a short description in Vietnamese and English. The method page renders it;
 * params-validate.ts checks a parameters file (`--params FILE.json`) against it.
 */
import { TECHNOLOGIES, type Technology } from '../../domain/telecom.js';
import { BUILDING_LOSS_MODELS } from './building-loss.js';
import { ENVIRONMENTS } from './environment.js';
import { COVERAGE_DEFAULTS } from './params.js';

/** What values a parameter accepts. */
export type ParamRule =
  | { kind: 'number'; min: number; max: number; integer: boolean; nullable: boolean }
  | { kind: 'enum'; values: readonly string[] };

/** One parameter of the model. */
export type ParamEntry = {
  /** Path in CoverageParams, e.g. ['linkBudget', '4G', 'txPowerDbm']. */
  path: readonly string[];
  /** The default value. */
  value: number | string | null;
  /** Unit as printed ('dBm', 'dB', 'm', '°', 'fraction 0–1', '' for none). */
  unit: string;
  /** Document and table or section the value and formula come from. */
  source: string;
  rule: ParamRule;
  vi: string;
  en: string;
};

const num = (min: number, max: number, integer = false, nullable = false): ParamRule => ({
  kind: 'number',
  min,
  max,
  integer,
  nullable,
});

const TR38901_PL = '3GPP TR 38.901 V17.0.0, Table 7.4.1-1';
const TECH_LABEL: Record<Technology, { vi: string; en: string }> = {
  '4G': { vi: '4G (LTE)', en: '4G (LTE)' },
  '5G': { vi: '5G (NR)', en: '5G (NR)' },
};

function linkBudgetEntries(tech: Technology): ParamEntry[] {
  const b = COVERAGE_DEFAULTS.linkBudget[tech];
  const t = TECH_LABEL[tech];
  const at = (field: string) => ['linkBudget', tech, field];
  const vendor = tech === '4G' ? 'typical LTE macro; 3GPP TR 36.942 §4.5' : 'typical NR 64T64R active antenna';
  return [
    {
      path: at('txPowerDbm'),
      value: b.txPowerDbm,
      unit: 'dBm',
      source: vendor,
      rule: num(20, 60),
      vi: `Công suất phát mỗi sector, ${t.vi}`,
      en: `Transmit power per sector, ${t.en}`,
    },
    {
      path: at('subcarriers'),
      value: b.subcarriers,
      unit: '',
      source:
        tech === '4G' ? '3GPP TS 36.211 (20 MHz: 100 RB × 12)' : '3GPP TS 38.101-1 (100 MHz, 30 kHz: 273 RB × 12)',
      rule: num(12, 6600, true),
      vi: `Số sóng mang con chia công suất (RSRP tính trên mỗi phần tử tài nguyên), ${t.vi}`,
      en: `Subcarriers sharing the power (RSRP is per resource element), ${t.en}`,
    },
    {
      path: at('antennaGainDbi'),
      value: b.antennaGainDbi,
      unit: 'dBi',
      source: vendor,
      rule: num(0, 30),
      vi: `Độ lợi anten theo hướng chính, ${t.vi}`,
      en: `Antenna gain at boresight, ${t.en}`,
    },
    {
      path: at('feederLossDb'),
      value: b.feederLossDb,
      unit: 'dB',
      source: vendor,
      rule: num(0, 10),
      vi: `Suy hao cáp và đầu nối, ${t.vi}`,
      en: `Feeder and connector loss, ${t.en}`,
    },
    {
      path: at('rsrpThresholdDbm'),
      value: b.rsrpThresholdDbm,
      unit: 'dBm',
      source:
        tech === '4G'
          ? 'operators’ LTE coverage maps (RSRP, 3GPP TS 36.214)'
          : 'eMBB planning target (SS-RSRP, 3GPP TS 38.215)',
      rule: num(-140, -60),
      vi: `Ngưỡng phủ sóng: ${tech === '4G' ? 'RSRP' : 'SS-RSRP'} tối thiểu ở mép vùng phủ, ${t.vi}`,
      en: `Coverage threshold: the least ${tech === '4G' ? 'RSRP' : 'SS-RSRP'} at the footprint's edge, ${t.en}`,
    },
  ];
}

const SIGMAS: [keyof typeof COVERAGE_DEFAULTS.shadowSigmaDb, string, string, string][] = [
  ['umaNlos', TR38901_PL, 'Độ lệch chuẩn che khuất, UMa NLOS', 'Shadowing σ, UMa NLOS'],
  ['umiNlos', TR38901_PL, 'Độ lệch chuẩn che khuất, UMi NLOS (trạm nhỏ)', 'Shadowing σ, UMi NLOS (small cells)'],
  ['rmaNlos', TR38901_PL, 'Độ lệch chuẩn che khuất, RMa NLOS (nông thôn)', 'Shadowing σ, RMa NLOS (rural)'],
  [
    'rmaLos',
    TR38901_PL,
    'Độ lệch chuẩn che khuất, RMa LOS trong điểm gãy',
    'Shadowing σ, RMa LOS within the breakpoint',
  ],
  [
    'rmaLosFar',
    TR38901_PL,
    'Độ lệch chuẩn che khuất, RMa LOS ngoài điểm gãy',
    'Shadowing σ, RMa LOS beyond the breakpoint',
  ],
  [
    'hata',
    'COST 231 final report §4.4 (measured 6–10 dB); planning value',
    'Độ lệch chuẩn che khuất, mô hình Hata',
    'Shadowing σ, Hata models',
  ],
];

const ENV_LABEL: Record<(typeof ENVIRONMENTS)[number], { vi: string; en: string }> = {
  'dense-urban': { vi: 'đô thị dày đặc', en: 'dense urban' },
  urban: { vi: 'đô thị', en: 'urban' },
  suburban: { vi: 'ven đô', en: 'suburban' },
  rural: { vi: 'nông thôn', en: 'rural' },
  open: { vi: 'đất trống', en: 'open land' },
};

/** Every parameter of the model, in the order the method page lists them. */
export const PARAMS_CATALOGUE: readonly ParamEntry[] = [
  ...TECHNOLOGIES.flatMap(linkBudgetEntries),
  {
    path: ['edgeProbability'],
    value: COVERAGE_DEFAULTS.edgeProbability,
    unit: 'fraction 0–1',
    source: 'Jakes (1974) §2.4; FCC coverage maps: 90 % cell-edge probability',
    rule: num(0.5, 0.99),
    vi: 'Xác suất tín hiệu vượt ngưỡng ở mép vùng phủ (dự phòng = σ·Q⁻¹(1 − p))',
    en: 'Probability that the signal exceeds the threshold at the edge (margin = σ·Q⁻¹(1 − p))',
  },
  ...SIGMAS.map(([key, source, vi, en]): ParamEntry => ({
    path: ['shadowSigmaDb', key],
    value: COVERAGE_DEFAULTS.shadowSigmaDb[key],
    unit: 'dB',
    source,
    rule: num(0, 15),
    vi,
    en,
  })),
  {
    path: ['buildingLoss', 'model'],
    value: COVERAGE_DEFAULTS.buildingLoss.model,
    unit: '',
    source: '3GPP TR 38.901 V17.0.0, Tables 7.4.3-1 and 7.4.3-2',
    rule: { kind: 'enum', values: BUILDING_LOSS_MODELS },
    vi: 'Loại nhà khi vào trong nhà: suy hao thấp (kính thường, bê tông: nhà ống) hoặc cao (kính phủ kim loại)',
    en: 'Building type indoors: low loss (plain glass, concrete: tube houses) or high loss (metal-coated glass)',
  },
  {
    path: ['buildingLoss', 'indoorDepthM'],
    value: COVERAGE_DEFAULTS.buildingLoss.indoorDepthM,
    unit: 'm',
    source: '3GPP TR 38.901 Table 7.4.3-2 (PL_in = 0.5 dB/m × d_2D-in)',
    rule: num(0, 25),
    vi: 'Khoảng cách từ tường ngoài vào chỗ người dùng (0,5 dB mỗi mét)',
    en: 'Distance of the resident inside the outer wall (0.5 dB per metre)',
  },
  {
    path: ['antenna', 'hpbwDeg'],
    value: COVERAGE_DEFAULTS.antenna.hpbwDeg,
    unit: '°',
    source: '3GPP TR 38.901 Table 7.3-1',
    rule: num(10, 180),
    vi: 'Độ rộng búp sóng nửa công suất theo phương ngang của anten sector',
    en: 'Horizontal half-power beamwidth of a sector antenna',
  },
  {
    path: ['antenna', 'frontToBackDb'],
    value: COVERAGE_DEFAULTS.antenna.frontToBackDb,
    unit: 'dB',
    source: '3GPP TR 38.901 Table 7.3-1 (A_max 30 dB); TR 36.814 Table A.2.1.1-2 (25 dB)',
    rule: num(10, 40),
    vi: 'Tỷ số trước/sau của anten: suy giảm lớn nhất của búp sóng',
    en: 'Front-to-back ratio: the most the pattern attenuates',
  },
  {
    path: ['antenna', 'downtiltDeg'],
    value: COVERAGE_DEFAULTS.antenna.downtiltDeg,
    unit: '°',
    source: '3GPP TR 36.814 Table A.2.1.1-2 (vertical pattern)',
    rule: num(0, 20, false, true),
    vi: 'Góc nghiêng xuống của anten; để trống nếu không tính búp sóng đứng',
    en: 'Antenna downtilt; empty for no vertical pattern',
  },
  {
    path: ['antenna', 'verticalHpbwDeg'],
    value: COVERAGE_DEFAULTS.antenna.verticalHpbwDeg,
    unit: '°',
    source: '3GPP TR 36.814 Table A.2.1.1-2',
    rule: num(2, 65),
    vi: 'Độ rộng búp sóng nửa công suất theo phương đứng (chỉ dùng khi có góc nghiêng)',
    en: 'Vertical half-power beamwidth (only with a downtilt)',
  },
  {
    path: ['antenna', 'verticalSideLobeDb'],
    value: COVERAGE_DEFAULTS.antenna.verticalSideLobeDb,
    unit: 'dB',
    source: '3GPP TR 36.814 Table A.2.1.1-2',
    rule: num(10, 40),
    vi: 'Mức búp phụ phương đứng (chỉ dùng khi có góc nghiêng)',
    en: 'Vertical side-lobe level (only with a downtilt)',
  },
  ...ENVIRONMENTS.map((env): ParamEntry => ({
    path: ['envOffsetDb', env],
    value: COVERAGE_DEFAULTS.envOffsetDb[env],
    unit: 'dB',
    source: 'calibration against measurements (least squares); 0 until calibrated',
    rule: num(-30, 30),
    vi: `Hiệu chỉnh quỹ đường truyền, môi trường ${ENV_LABEL[env].vi}`,
    en: `Link-budget offset, ${ENV_LABEL[env].en} environment`,
  })),
  {
    path: ['circleVertices'],
    value: COVERAGE_DEFAULTS.circleVertices,
    unit: '',
    source: 'this project (area-exact polygons, model.ts)',
    rule: num(8, 64, true),
    vi: 'Số đỉnh của đường bao vùng phủ một trạm',
    en: 'Vertices of a site footprint outline',
  },
  {
    path: ['minRangeM'],
    value: COVERAGE_DEFAULTS.minRangeM,
    unit: 'm',
    source: 'this project',
    rule: num(10, 1000),
    vi: 'Bán kính phủ nhỏ nhất của một trạm',
    en: 'Least modelled range of a site',
  },
  {
    path: ['maxRangeM'],
    value: COVERAGE_DEFAULTS.maxRangeM,
    unit: 'm',
    source: 'this project (Hata valid to 20 km)',
    rule: num(1000, 20_000),
    vi: 'Bán kính phủ lớn nhất của một trạm',
    en: 'Largest modelled range of a site',
  },
];
