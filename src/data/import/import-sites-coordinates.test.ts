/**
 * Site positions written in VN-2000 projected metres: held while the file does not say which system, converted
 * when the caller chooses VN-2000 (per row, either axis order), left to `checkSites` when WGS84 is forced.
 */
import { describe, expect, test } from 'vitest';
import { distanceM } from '../../analysis/geodesy.js';
import { importSitesText } from './import-sites.js';

describe('coordinates in VN-2000', () => {
  const text =
    'id,operator,x,y,tech\nV1,Viettel,588394.4421,2326344.2562,4G\nV2,Viettel,2347375.1341,583049.2424,4G\nV3,Viettel,105.95,21.03,4G\n';

  test('undeclared metres are held, each row named, and the report asks which system', () => {
    const { sites, report } = importSitesText(text, { source: 'vn.csv' });
    expect(sites.map((x) => x.id)).toEqual(['V3']);
    expect(report.rejected.map((i) => [i.rule, i.index])).toEqual([
      ['coords-crs-undeclared', 2],
      ['coords-crs-undeclared', 3],
    ]);
    expect(report.coordinates).toMatchObject({
      system: 'mixed',
      wgs84Rows: 1,
      vn2000Rows: 0,
      heldRows: 2,
      heldSample: [2, 3],
      declared: null,
    });
    expect(report.coordinates.reason).toContain(
      '2 rows beyond ±1000 are projected metres and the file does not say which system: held, not converted (rows 2, 3; 1 of them with X = northing first)',
    );
    expect(report.coordinates.reasonVi).toContain(
      'bị giữ lại, chưa chuyển đổi (dòng 2, 3; trong đó 1 dòng ghi X = tọa độ bắc trước)',
    );
  });

  test('with VN-2000 chosen: per-row detection, Vietnamese X = northing order, and the reason in the report', () => {
    const { sites, report } = importSitesText(text, { source: 'vn.csv', coordinates: 'vn2000' });
    expect(distanceM([sites[0]!.lng, sites[0]!.lat], [105.8523, 21.0285])).toBeLessThan(0.05);
    expect(distanceM([sites[1]!.lng, sites[1]!.lat], [105.8019, 21.2187])).toBeLessThan(0.05);
    expect([sites[2]!.lng, sites[2]!.lat]).toEqual([105.95, 21.03]);
    expect(report.coordinates).toMatchObject({
      system: 'mixed',
      forced: true,
      wgs84Rows: 1,
      vn2000Rows: 2,
      northingFirstRows: 1,
      heldRows: 0,
    });
    expect(report.coordinates.reason).toBe(
      'VN-2000 chosen by the caller; 1 row within ±1000 read as WGS84 [lng, lat] degrees (first: row 4: 105.95, 21.03); 2 rows beyond ±1000 read as VN-2000 / TM-3 105°00′ (Hà Nội, k 0.9999, EPSG:5897; datum shift EPSG:6960) and converted to WGS84 (first: row 2: 588394.4421, 2326344.2562); each row was read by its own values; 1 row wrote X = northing before Y = easting (Vietnamese surveying order) and was read so',
    );
  });

  test('forced WGS84 leaves metres to checkSites, which names them', () => {
    const { report } = importSitesText(text, { source: 'vn.csv', coordinates: 'wgs84' });
    expect(report.rejected.map((i) => i.message)[0]).toBe(
      'vn.csv: row 2 (id "V1"): position [588394.4421, 2326344.2562] is outside Hà Nội — looks like projected metres (VN-2000 / UTM), not degrees',
    );
    expect(report.coordinates.reason).toBe('forced by the caller: every position read as WGS84 [lng, lat] degrees');
  });
});
