/** Mobile network operators present in Hà Nội. */
export const OPERATORS = ['viettel', 'vnpt', 'mobifone', 'vietnamobile'] as const;
export type Operator = (typeof OPERATORS)[number];

/** Display names of the operators (brand names as used in Vietnam). */
export const OPERATOR_NAMES: Readonly<Record<Operator, string>> = {
  viettel: 'Viettel',
  vnpt: 'VNPT-VinaPhone',
  mobifone: 'MobiFone',
  vietnamobile: 'Vietnamobile',
};

export const TECHNOLOGIES = ['4G', '5G'] as const;
export type Technology = (typeof TECHNOLOGIES)[number];

/**
 * Radio bands in use in Vietnam, by 3GPP name.
 * 4G (LTE): B3 1800 MHz, B1 2100 MHz, B8 900 MHz, B28 700 MHz.
 * 5G (NR): n78 3.5 GHz (3300–3800 MHz), n41 2.6 GHz, n28 700 MHz.
 */
export const BANDS = {
  B3: { tech: '4G', mhz: 1800 },
  B1: { tech: '4G', mhz: 2100 },
  B8: { tech: '4G', mhz: 900 },
  B28: { tech: '4G', mhz: 700 },
  n78: { tech: '5G', mhz: 3500 },
  n41: { tech: '5G', mhz: 2600 },
  n28: { tech: '5G', mhz: 700 },
} as const satisfies Record<string, { tech: Technology; mhz: number }>;
export type Band = keyof typeof BANDS;

/**
 * A base station (site). Position `[lng, lat]` WGS84 degrees.
 * `sample` is true for generated sample data, false for imported real data.
 */
export type Site = {
  id: string;
  operator: Operator;
  lng: number;
  lat: number;
  technologies: Technology[];
  bands: Band[];
  /** Antenna height above ground, metres. */
  heightM: number;
  /** Sector azimuths, degrees clockwise from true north; empty for an omni site. */
  azimuthsDeg: number[];
  /** Date the site went on air, ISO `YYYY-MM-DD`; null when unknown. */
  onAir: string | null;
  /** Date the 5G radio went on air, ISO `YYYY-MM-DD`; null when no 5G or unknown. */
  onAir5g: string | null;
  /** Modelled range override, metres; null to use the coverage model. */
  rangeM: number | null;
  sample: boolean;
};

/** Status of a street segment in the underground-cable programme. */
export const CABLE_STATUSES = ['done', 'planned-2025', 'planned-2026-2030'] as const;
export type CableStatus = (typeof CABLE_STATUSES)[number];

/** A street segment of the underground-cable programme. Geometry: LineString `[lng, lat]`. */
export type CableSegmentProps = {
  id: string;
  status: CableStatus;
  /** OSM highway class of the street. */
  highway: string;
  /** Geodesic length, metres. */
  lengthM: number;
  /** Date the cables went underground (status `done`), ISO `YYYY-MM-DD`; else null. */
  doneDate: string | null;
  sample: boolean;
};

/** A speed measurement: download throughput at a point `[lng, lat]`. */
export type SpeedTestProps = {
  id: string;
  tech: Technology;
  operator: Operator;
  /** Download, Mbit/s. */
  downMbps: number;
  /** ISO `YYYY-MM-DD`. */
  date: string;
  sample: boolean;
};
