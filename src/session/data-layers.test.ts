import { describe, expect, it } from 'vitest';
import { DataLayers, type DrawnLayer } from './data-layers.js';
import { createDataSource } from '../../test/support/session-harness.js';

describe('DataLayers.loadEager', () => {
  it('reads the city and the first layer, and the others only once the first is drawn', async () => {
    const layers = new DataLayers(createDataSource(), () => {});
    const heard: DrawnLayer[] = [];
    layers.listen((key) => heard.push(key));
    let drawn: () => void = () => {};
    const firstDrawn = new Promise<void>((ok) => (drawn = ok));
    let asked = false;
    const loading = layers.loadEager('units2025', () => {
      asked = true;
      return firstDrawn;
    });
    await new Promise((ok) => setTimeout(ok, 20));
    expect(asked).toBe(true);
    expect(heard).toEqual(['city', 'units2025']);
    expect(layers.get('sites')).toBeUndefined();
    drawn();
    await loading;
    expect(heard.slice(0, 2)).toEqual(['city', 'units2025']);
    expect(heard).toContain('sites');
    expect(layers.get('sites')?.features).toHaveLength(1);
  });

  it('waits for nothing when the first layer is a lazy one (a grid), which is read later', async () => {
    const layers = new DataLayers(createDataSource(), () => {});
    const never = () => new Promise<void>(() => {});
    await layers.loadEager('grid8', never);
    expect(layers.get('sites')?.features).toHaveLength(1);
  });
});
