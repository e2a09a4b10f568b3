import { describe, expect, it } from 'vitest';
import { ENVIRONMENTS } from '../analysis/coverage/environment.js';
import { ENVIRONMENT_COLORS, ENVIRONMENT_LEGEND, environmentLayers } from './environment-layer.js';

describe('environmentLayers', () => {
  it('names every layer after the toggle and reads the source of the same name', () => {
    const layers = environmentLayers('environment');
    expect(layers.map((l) => l.id)).toEqual(['environment-fill', 'environment-line']);
    for (const l of layers) expect('source' in l && l.source).toBe('environment');
  });

  it('colours each class with its own colour', () => {
    const fill = environmentLayers('environment')[0]!;
    const paint = fill.type === 'fill' ? fill.paint : undefined;
    expect(paint?.['fill-color']).toEqual([
      'match',
      ['get', 'env'],
      ...ENVIRONMENTS.flatMap((e) => [e, ENVIRONMENT_COLORS[e]]),
      '#888888',
    ]);
    expect(new Set(Object.values(ENVIRONMENT_COLORS)).size).toBe(ENVIRONMENTS.length);
  });
});

describe('ENVIRONMENT_LEGEND', () => {
  it('lists the classes from dense urban to open with their string keys', () => {
    expect(ENVIRONMENT_LEGEND.map((l) => l.label)).toEqual([
      'env.dense-urban',
      'env.urban',
      'env.suburban',
      'env.rural',
      'env.open',
    ]);
  });
});
