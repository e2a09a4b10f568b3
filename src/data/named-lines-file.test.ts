import { describe, expect, it } from 'vitest';
import { checkNamedLinesFile, loadNamedLines } from './named-lines-file.js';

/** A file of one line, `over` merged into the line. */
function createFile(over: Record<string, unknown> = {}) {
  const line = {
    name: 'Phố Huế',
    kind: 'road',
    classes: ['secondary'],
    segments: 1,
    lengthM: 1039.6,
    geometry: {
      type: 'MultiLineString',
      coordinates: [
        [
          [105.8, 21.0],
          [105.81, 21.0],
        ],
      ],
    },
    ...over,
  };
  return { source: 'OSM', licence: 'ODbL 1.0', vintage: '2017', lines: [line] };
}

describe('checkNamedLinesFile', () => {
  it('accepts a well-formed file', () => {
    expect(checkNamedLinesFile(createFile()).lines[0]!.name).toBe('Phố Huế');
  });

  it('names the line and the rule of a malformed entry', () => {
    expect(() => checkNamedLinesFile(createFile({ kind: 'canal' }))).toThrow(
      'named-lines.json: line 0: expected {name, kind: road|railway|metro, classes, segments, lengthM, geometry: MultiLineString of [lng, lat] lines of 2 or more positions}',
    );
  });
});

describe('loadNamedLines', () => {
  it('answers null when the data folder has no such file', async () => {
    await expect(loadNamedLines({ getBytes: () => Promise.reject(new Error('404')) })).resolves.toBeNull();
  });

  it('rejects a file that is not JSON, naming it', async () => {
    const source = { getBytes: async () => new TextEncoder().encode('{') };
    await expect(loadNamedLines(source)).rejects.toThrow(/^named-lines\.json: invalid JSON/);
  });
});
