/**
 * Checks site records before they reach the engine. Every bad row gets one error naming the source, the
 * row, the site id, the value and the rule; good rows go on. Nothing is dropped silently.
 *
 * Message: `<source>: row <n> (id "<id>"): <field> <value> <what is wrong> — <rule>`, rows counted from 1.
 */
import type { DataIssue } from '../domain/report.js';
import { HANOI_BBOX } from '../domain/geo.js';
import { BANDS, OPERATORS, TECHNOLOGIES, type Band, type Operator, type Site, type Technology } from '../domain/telecom.js';

/** Limits of plausible site values. */
export const SITE_LIMITS = {
  /** Antenna height above ground, metres (the tallest towers in Hà Nội are well under 300 m). */
  maxHeightM: 300,
  /** A range override beyond this is not a cell, metres. */
  maxRangeM: 50_000,
} as const;

export type SiteCheck = { sites: Site[]; issues: DataIssue[] };

const show = (v: unknown) => (typeof v === 'string' ? `"${v}"` : v === undefined ? 'missing' : JSON.stringify(v));

/** Validates raw site rows (objects with Site's fields; lists may be arrays or space/comma-separated strings). */
export function checkSites(rows: readonly unknown[], source: string): SiteCheck {
  const sites: Site[] = [];
  const issues: DataIssue[] = [];
  const seen = new Map<string, number>();
  rows.forEach((raw, i) => {
    const row = i + 1;
    const r = (raw ?? {}) as Record<string, unknown>;
    const id = typeof r.id === 'string' || typeof r.id === 'number' ? String(r.id).trim() : '';
    const fail = (rule: string, what: string, why: string) => {
      issues.push({ severity: 'error', rule, file: source, index: row, key: id || null, message: `${source}: row ${row}${id ? ` (id "${id}")` : ''}: ${what} — ${why}` });
    };
    if (!id) return fail('site-id-missing', `id ${show(r.id)}`, 'every site needs an id');
    if (seen.has(id)) return fail('site-id-duplicate', `id "${id}" repeats row ${seen.get(id)}`, 'site ids must be unique');
    seen.set(id, row);
    const lng = num(r.lng);
    const lat = num(r.lat);
    if (lng === null || lat === null) return fail('site-coordinate-invalid', `position [${show(r.lng)}, ${show(r.lat)}] is not a pair of numbers`, 'lng and lat must be finite numbers in WGS84 degrees');
    const [x0, y0, x1, y1] = HANOI_BBOX;
    const inside = (x: number, y: number) => x >= x0 && x <= x1 && y >= y0 && y <= y1;
    if (!inside(lng, lat)) {
      const hint = inside(lat, lng) ? 'latitude and longitude look swapped' : Math.abs(lng) > 1000 || Math.abs(lat) > 1000 ? 'looks like projected metres (VN-2000 / UTM), not degrees' : `a site must lie in or near Hà Nội (lon ${x0}–${x1}, lat ${y0}–${y1})`;
      return fail('site-coordinate-outside', `position [${lng}, ${lat}] is outside Hà Nội`, hint);
    }
    if (typeof r.operator !== 'string' || !OPERATORS.includes(r.operator.toLowerCase() as Operator)) {
      return fail('site-operator-unknown', `operator ${show(r.operator)} is unknown`, `operator must be one of ${OPERATORS.join(', ')}`);
    }
    const technologies = list(r.technologies).map((t) => t.toUpperCase());
    const badTech = technologies.find((t) => !TECHNOLOGIES.includes(t as Technology));
    if (technologies.length === 0 || badTech !== undefined) return fail('site-technology-unknown', `technology ${show(badTech ?? r.technologies)} is unknown`, `technologies must be among ${TECHNOLOGIES.join(', ')}`);
    const bands = list(r.bands);
    const badBand = bands.find((b) => !(b in BANDS));
    if (badBand !== undefined) return fail('site-band-unknown', `band "${badBand}" is unknown`, `bands must be among ${Object.keys(BANDS).join(', ')}`);
    const orphan = bands.find((b) => !technologies.includes(BANDS[b as Band].tech));
    if (orphan !== undefined) return fail('site-band-technology', `band "${orphan}" is ${BANDS[orphan as Band].tech} but the site's technologies are ${technologies.join(', ')}`, 'each band must belong to one of the site\'s technologies');
    const heightM = r.heightM === undefined || r.heightM === null || r.heightM === '' ? 30 : num(r.heightM);
    if (heightM === null || heightM <= 0 || heightM > SITE_LIMITS.maxHeightM) return fail('site-height-invalid', `antenna height ${show(r.heightM)}`, `height must be a number of metres above 0 and at most ${SITE_LIMITS.maxHeightM}`);
    const rangeM = r.rangeM === undefined || r.rangeM === null || r.rangeM === '' ? null : num(r.rangeM);
    if (rangeM !== null && (rangeM <= 0 || rangeM > SITE_LIMITS.maxRangeM)) return fail('site-range-invalid', `range ${show(r.rangeM)} m`, `a range override must be above 0 and at most ${SITE_LIMITS.maxRangeM} m`);
    if (r.rangeM !== undefined && r.rangeM !== null && r.rangeM !== '' && rangeM === null) return fail('site-range-invalid', `range ${show(r.rangeM)}`, 'a range override must be a number of metres');
    const azimuths = list(r.azimuthsDeg).map(Number);
    const badAz = azimuths.find((a) => !Number.isFinite(a) || a < 0 || a >= 360);
    if (badAz !== undefined) return fail('site-azimuth-invalid', `azimuth ${show(badAz)}`, 'azimuths must be degrees in [0, 360)');
    sites.push({
      id, operator: (r.operator as string).toLowerCase() as Operator, lng, lat, technologies: technologies as Technology[], bands: bands as Band[],
      heightM, azimuthsDeg: azimuths, onAir: str(r.onAir), onAir5g: str(r.onAir5g), rangeM, sample: r.sample === true,
    });
  });
  return { sites, issues };
}

function num(v: unknown): number | null {
  const n = typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v) : NaN;
  return Number.isFinite(n) ? n : null;
}

function list(v: unknown): string[] {
  if (Array.isArray(v)) return v.map((x) => String(x).trim()).filter(Boolean);
  if (typeof v === 'string') return v.split(/[\s,;|]+/).filter(Boolean);
  if (typeof v === 'number') return [String(v)];
  return [];
}

const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v.trim() : null);
