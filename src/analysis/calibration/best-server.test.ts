/** The best server of a measurement: operator, technology and band filters, the strongest prediction, the radius. */
import { describe, expect, it } from 'vitest';
import type { SignalMeasurement } from '../../domain/measurement.js';
import type { Site } from '../../domain/telecom.js';
import { HANOI_CENTER } from '../../domain/geo.js';
import type { Environment } from '../coverage/environment.js';
import { COVERAGE_DEFAULTS } from '../coverage/model.js';
import { HANOI_LAEA } from '../projection.js';
import { bestServer, buildServerIndex } from './best-server.js';
import { CALIBRATION_DEFAULTS } from './types.js';

const [CX, CY] = HANOI_LAEA.forward([...HANOI_CENTER]);

/** A site `eastM` metres east of the centre: Viettel, omni, 30 m, B3 unless told. */
function createSite(id: string, eastM: number, fields: Partial<Site> = {}): Site {
  const [lng, lat] = HANOI_LAEA.inverse([CX + eastM, CY]);
  return {
    id,
    operator: 'viettel',
    lng,
    lat,
    technologies: ['4G'],
    bands: ['B3'],
    heightM: 30,
    azimuthsDeg: [],
    onAir: null,
    onAir5g: null,
    rangeM: null,
    sample: false,
    ...fields,
  };
}

/** A Viettel 4G measurement at the centre. */
const AT_CENTRE: SignalMeasurement = {
  ...{ lng: HANOI_CENTER[0], lat: HANOI_CENTER[1] },
  rsrpDbm: -90,
  operator: 'viettel',
  technology: '4G',
  band: null,
  date: null,
};

const urban = (): Environment => 'urban';

function serverOf(sites: Site[], m: SignalMeasurement = AT_CENTRE, options = CALIBRATION_DEFAULTS) {
  const index = buildServerIndex(sites, urban);
  const [x, y] = HANOI_LAEA.forward([m.lng, m.lat]);
  const s = bestServer(index, m, x, y, COVERAGE_DEFAULTS, options);
  return typeof s === 'string' ? s : { id: sites[s.site]!.id, band: s.band, distanceM: Math.round(s.distanceM) };
}

describe('best server', () => {
  it("is the strongest predicted site of the measurement's operator, here the nearer", () => {
    const sites = [createSite('far', 900), createSite('near', -400), createSite('other', 100, { operator: 'vnpt' })];
    expect(serverOf(sites)).toEqual({ id: 'near', band: 'B3', distanceM: 400 });
  });

  it('is a farther site on a lower band when that band is stronger', () => {
    const sites = [createSite('b3', 500), createSite('b8', -600, { bands: ['B8'] })];
    expect(serverOf(sites)).toEqual({ id: 'b8', band: 'B8', distanceM: 600 });
  });

  it('keeps to the band a measurement names', () => {
    const sites = [createSite('b3', 200), createSite('b1', 700, { bands: ['B1'] })];
    expect(serverOf(sites, { ...AT_CENTRE, band: 'B1' })).toEqual({ id: 'b1', band: 'B1', distanceM: 700 });
  });

  it('is none beyond the search radius, and none on a band no site has', () => {
    expect(serverOf([createSite('s', 5200)])).toBe('no-site-in-radius');
    expect(serverOf([createSite('s', 100)], { ...AT_CENTRE, band: 'B28' })).toBe('no-band');
  });
});
