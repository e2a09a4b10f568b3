/**
 * The data as it stood on a date (ISO `YYYY-MM-DD`): the sites on air by then (a site's 5G only once its 5G
 * radio went on air), the street segments underground by then, and the speed measurements of the twelve
 * months before it. Records with an unknown date (null) count as present: the sample and the importers
 * give dates to everything they can, and an unknown date must not make real infrastructure vanish.
 */
import type { Feature, LineString, Point } from 'geojson';
import type { CableSegmentProps, CableStatus, Site, SpeedTestProps } from '../domain/telecom.js';
import { BANDS } from '../domain/telecom.js';

/** Each site's copy without 5G, made once: every date before its 5G gets the same object (cheap to compare). */
const without5g = new WeakMap<Site, Site | null>();

/** The sites on air on `date`, with 5G removed from those whose 5G came later. */
export function sitesAsOf(sites: readonly Site[], date: string): Site[] {
  const out: Site[] = [];
  for (const s of sites) {
    if (s.onAir !== null && s.onAir > date) continue;
    if (!s.technologies.includes('5G') || s.onAir5g === null || s.onAir5g <= date) {
      out.push(s);
      continue;
    }
    let older = without5g.get(s);
    if (older === undefined) {
      const technologies = s.technologies.filter((t) => t !== '5G');
      older =
        technologies.length === 0
          ? null
          : { ...s, technologies, bands: s.bands.filter((b) => BANDS[b].tech !== '5G'), onAir5g: null };
      without5g.set(s, older);
    }
    if (older) out.push(older);
  }
  return out;
}

/**
 * The street segments as they stood on `date`: a segment done later was still planned then (in the 2025 plan
 * when it went underground by the end of 2025, else in 2026–2030).
 */
export function cablesAsOf<P extends Pick<CableSegmentProps, 'status' | 'doneDate'>>(
  cables: readonly Feature<LineString, P>[],
  date: string,
): Feature<LineString, P>[] {
  return cables.map((c) => {
    const p = c.properties;
    if (p.status !== 'done' || p.doneDate === null || p.doneDate <= date) return c;
    // The planned copy does not depend on the date: made once, so that two dates list the same objects.
    let planned = plannedCopies.get(c);
    if (!planned) {
      const status: CableStatus = p.doneDate <= '2025-12-31' ? 'planned-2025' : 'planned-2026-2030';
      plannedCopies.set(c, (planned = { ...c, properties: { ...p, status, doneDate: null } }));
    }
    return planned as Feature<LineString, P>;
  });
}

const plannedCopies = new WeakMap<
  Feature<LineString, Pick<CableSegmentProps, 'status' | 'doneDate'>>,
  Feature<LineString, Pick<CableSegmentProps, 'status' | 'doneDate'>>
>();

/** The date one year before `date` (29 February goes to 28 February). */
export function yearBefore(date: string): string {
  const [y, m, d] = date.split('-');
  const day = m === '02' && d === '29' ? '28' : d;
  return `${String(Number(y) - 1).padStart(4, '0')}-${m}-${day}`;
}

/**
 * The speed measurements of the twelve months up to `date` (after the day a year before, up to and including
 * `date`). A record counts by its `date`: an Ookla tile by the first day of its quarter, so a quarter that
 * started within the window counts whole, even when `date` falls inside it (its tests cannot be split by day),
 * and one that started before does not.
 */
export function speedTestsAsOf(
  tests: readonly Feature<Point, SpeedTestProps>[],
  date: string,
): Feature<Point, SpeedTestProps>[] {
  const from = yearBefore(date);
  return tests.filter((t) => t.properties.date > from && t.properties.date <= date);
}
