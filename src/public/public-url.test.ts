import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseUrlState } from '../state/url-state.js';
import { publicHash, publicUrlState, shareSelection, viewOf, writePublicUrl, type PublicShare } from './public-url.js';

function createShare(over: Partial<PublicShare> = {}): PublicShare {
  return {
    level: 'districts',
    tech: '4G',
    op: 'viettel',
    basis: 'area',
    coverageLevel: 'outdoor',
    lang: 'en',
    selection: null,
    ...over,
  };
}

describe('public map URL', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('writes the view and choices in the planner app’s hash format', () => {
    const share = createShare({ selection: shareSelection('districts', { kind: 'area', row: { code: '002' } }) });
    expect(publicHash({ zoom: 12, lat: 21.0285, lng: 105.8523 }, share)).toBe(
      '#map=12.00/21.02850/105.85230&level=district2019&tech=4G&op=viettel&basis=area&sel=district2019:002&lang=en',
    );
  });

  it('follows the view: a moved map gives a new map= and nothing else changes', () => {
    const share = createShare();
    const before = publicHash({ zoom: 12, lat: 21.0285, lng: 105.8523 }, share);
    const after = publicHash({ zoom: 13.25, lat: 21.04, lng: 105.8 }, share);
    expect(after).toBe('#map=13.25/21.04000/105.80000&level=district2019&tech=4G&op=viettel&basis=area&lang=en');
    expect(after.replace(/^#map=[^&]+/, '')).toBe(before.replace(/^#map=[^&]+/, ''));
  });

  it('reads back the same view (to 1e-5°, 0.01 zoom) and choices', () => {
    const share = createShare({ level: 'units', tech: '5G', op: 'any', basis: 'population', lang: 'vi' });
    const view = { zoom: 14.123, lat: 20.987654, lng: 105.7812345 };
    const back = parseUrlState(publicHash(view, { ...share, selection: { level: 'zone', id: 'hospital-way-7' } }));
    expect(back.view!.zoom).toBeCloseTo(14.12, 10);
    expect(back.view!.lat).toBeCloseTo(20.98765, 10);
    expect(back.view!.lng).toBeCloseTo(105.78123, 10);
    expect(back).toMatchObject({ level: 'unit2025', tech: '5G', op: 'any', basis: 'population', lang: 'vi' });
    expect(back.selection).toEqual({ level: 'zone', id: 'hospital-way-7' });
  });

  it('writes no view when there is none yet', () => {
    expect(publicUrlState(null, createShare()).view).toBeNull();
    expect(publicHash(null, createShare({ level: 'wards' }))).toBe(
      '#level=ward2019&tech=4G&op=viettel&basis=area&lang=en',
    );
  });

  it('writes cov=indoor for indoor coverage and nothing for outdoor, the default', () => {
    expect(publicHash(null, createShare({ coverageLevel: 'indoor' }))).toBe(
      '#level=district2019&tech=4G&op=viettel&basis=area&cov=indoor&lang=en',
    );
    expect(publicHash(null, createShare({ coverageLevel: 'outdoor' }))).not.toContain('cov=');
  });

  it('reads back indoor coverage from its link', () => {
    expect(parseUrlState(publicHash(null, createShare({ coverageLevel: 'indoor' }))).coverageLevel).toBe('indoor');
  });

  it('names a selected area by the page’s level and a zone as a zone', () => {
    expect(shareSelection('wards', { kind: 'area', row: { code: '00031' } })).toEqual({
      level: 'ward2019',
      id: '00031',
    });
    expect(shareSelection('units', { kind: 'zone', row: { code: 'z-1' } })).toEqual({ level: 'zone', id: 'z-1' });
    expect(shareSelection('units', null)).toBeNull();
  });

  it('reads a map’s view as zoom and centre', () => {
    const map = { getZoom: () => 11.5, getCenter: () => ({ lat: 21.1, lng: 105.9 }) };
    expect(viewOf(map)).toEqual({ zoom: 11.5, lat: 21.1, lng: 105.9 });
  });

  it('replaces the hash (keeping path and query) with no history entry, and only when it changed', () => {
    const replaceState = vi.fn();
    const pushState = vi.fn();
    vi.stubGlobal('location', { pathname: '/coverage/', search: '?embed=1', hash: '#map=12.00/21.00000/105.00000' });
    vi.stubGlobal('history', { state: { k: 1 }, replaceState, pushState });
    writePublicUrl('#map=12.00/21.00000/105.00000');
    expect(replaceState).not.toHaveBeenCalled();
    writePublicUrl('#map=13.00/21.00000/105.00000');
    expect(replaceState).toHaveBeenCalledExactlyOnceWith(
      { k: 1 },
      '',
      '/coverage/?embed=1#map=13.00/21.00000/105.00000',
    );
    expect(pushState).not.toHaveBeenCalled();
  });
});
