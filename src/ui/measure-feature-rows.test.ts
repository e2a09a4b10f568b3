import { describe, expect, it } from 'vitest';
import { measureFeatureView } from './measure-feature-rows.js';

describe('measureFeatureView', () => {
  it('shows a shared tower’s operators, sites and how it was found', () => {
    const view = measureFeatureView(
      'towers',
      {
        id: 'near-VN-1',
        operatorIds: 'viettel vnpt',
        siteIds: 'VN-1 VT-1',
        operators: 2,
        by: 'distance',
        sample: true,
      },
      'vi',
    );
    expect(view?.title).toBe('Cột anten near-VN-1');
    expect(view?.rows).toEqual([
      { label: 'Nhà mạng', value: '2: Viettel, VNPT-VinaPhone' },
      { label: 'Trạm trên cột', value: '2' },
      { label: 'Mã trạm', value: 'VN-1, VT-1' },
      { label: 'Xác định theo', value: 'khoảng cách (≤ 30 m)' },
    ]);
  });

  it('says a tower named in an imported file was found by its id', () => {
    const view = measureFeatureView(
      'towers',
      { id: 'T-7', operatorIds: 'mobifone', siteIds: 'MB-1', by: 'tower-id' },
      'en',
    );
    expect(view?.rows[3]).toEqual({ label: 'Found by', value: 'tower id' });
  });

  it('shows whether a road part is covered, for which technology, operator and level', () => {
    const view = measureFeatureView(
      'roadCoverage',
      { name: 'Phố Huế', highway: 'primary', covered: false, tech: '5G', op: 'any', level: 'indoor' },
      'en',
    );
    expect(view?.title).toBe('Phố Huế');
    expect(view?.rows[1]).toEqual({ label: 'Coverage', value: 'Not covered', note: '5G · Any operator · Indoor' });
  });

  it('names the layer alone for the operator count and the environment', () => {
    expect(measureFeatureView('environment', {}, 'vi').title).toBe('Môi trường truyền sóng');
  });

  it('answers null for a layer it does not describe', () => {
    expect(measureFeatureView('sites', {}, 'vi')).toBeNull();
  });
});
