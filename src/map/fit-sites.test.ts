import { describe, expect, it } from 'vitest';
import type { FitBoundsOptions, LngLatBoundsLike } from 'maplibre-gl';
import { fitToSites, sitesBounds, sitesPadding, type FittableMap } from './fit-sites.js';

/** A map `width` × `height` px that records its fits. */
function createFakeMap(width: number, height: number) {
  const fits: { bounds: LngLatBoundsLike; options: FitBoundsOptions | undefined }[] = [];
  const map = {
    getContainer: () => ({ clientWidth: width, clientHeight: height }) as HTMLElement,
    fitBounds: (bounds: LngLatBoundsLike, options?: FitBoundsOptions) => {
      fits.push({ bounds, options });
      return map;
    },
  } as unknown as FittableMap;
  return { map, fits };
}

describe('fitToSites', () => {
  it('fits the box around the sites, clear of the panel column, no closer than zoom 15', () => {
    const { map, fits } = createFakeMap(1160, 860);
    fitToSites(map, [
      { lng: 105.85, lat: 21.03 },
      { lng: 105.8, lat: 21.05 },
      { lng: 105.9, lat: 21.0 },
    ]);
    expect(fits).toEqual([
      {
        bounds: [
          [105.8, 21.0],
          [105.9, 21.05],
        ],
        options: { padding: { top: 60, bottom: 90, left: 360, right: 60 }, maxZoom: 15 },
      },
    ]);
  });

  it('does nothing for no sites', () => {
    const { map, fits } = createFakeMap(1160, 860);
    fitToSites(map, []);
    expect(fits).toEqual([]);
    expect(sitesBounds([])).toBeNull();
  });

  it('keeps each side to a third of a small map', () => {
    expect(sitesPadding(360, 600)).toEqual({ top: 60, bottom: 90, left: 120, right: 60 });
  });
});
