/** The GeoJSON layer reader's ring check: crossings and overlaps rejected, touches warned, whatever the ring's start. */
import type { Position } from 'geojson';
import { describe, expect, test } from 'vitest';
import {
  codes,
  createCollectionText,
  createPolygonFeature,
  createSquare,
  createWardSpec,
  parseFixture,
} from '../../test/support/geojson-layer.js';
import type { DataIssue } from '../domain/report.js';
import { parseGeoJsonLayer } from './geojson-input.js';

describe('self-intersection', () => {
  test('rings touching themselves at a point are accepted with a warning', () => {
    const file = 'touching-ring.geojson';
    const { features, issues } = parseFixture(file);
    const why = 'accepted: a ring may touch itself at a point without crossing';
    const whyVi = 'chấp nhận: một vòng có thể tự chạm tại một điểm mà không cắt qua';
    const warning = (n: number, key: string, at: string): DataIssue => ({
      severity: 'warning',
      rule: 'ring-self-touch',
      file,
      index: n,
      key,
      message: `${file}: feature ${n} (code "${key}"): ring 0 touches itself at ${at} — ${why}`,
      vi: `${file}: đối tượng ${n} (code "${key}"): vòng 0 tự chạm vào chính nó tại ${at} — ${whyVi}`,
    });
    expect(issues).toEqual([warning(0, '00001', '[105.86, 21.03]'), warning(1, '00004', '[105.87, 21.02]')]);
    expect(codes(features)).toEqual(['00001', '00004', '00007']);
  });

  test('a spike is reported as the ring doubling back', () => {
    const ring = [
      [105.85, 21.02],
      [105.86, 21.02],
      [105.87, 21.02],
      [105.865, 21.02],
      [105.86, 21.03],
      [105.85, 21.02],
    ];
    const { issues } = parseGeoJsonLayer(
      createCollectionText([createPolygonFeature('00001', [ring])]),
      createWardSpec('w.geojson'),
    );
    expect(issues.map((i) => i.message)).toEqual([
      'w.geojson: feature 0 (code "00001"): ring 0 doubles back on itself at [105.87, 21.02] — a polygon ring must not cross or overlap itself (OGC Simple Features)',
    ]);
  });

  test('collinear non-adjacent edges sharing a stretch are an overlap', () => {
    // A "C" shape whose two arms lie on the same line and overlap between lng 105.86 and 105.87.
    const ring = [
      [105.85, 21.0],
      [105.87, 21.0],
      [105.87, 21.01],
      [105.86, 21.01],
      [105.86, 21.0],
      [105.88, 21.0],
      [105.88, 21.03],
      [105.85, 21.03],
      [105.85, 21.0],
    ];
    const { issues } = parseGeoJsonLayer(
      createCollectionText([createPolygonFeature('00001', [ring])]),
      createWardSpec('w.geojson'),
    );
    expect(issues.map((i) => [i.rule, i.message])).toEqual([
      [
        'ring-self-intersection',
        'w.geojson: feature 0 (code "00001"): ring 0 overlaps itself along a segment near [105.865, 21] — a polygon ring must not cross or overlap itself (OGC Simple Features)',
      ],
    ]);
  });

  test('a MultiPolygon names the polygon and ring', () => {
    const bowtie = [
      [105.85, 21.02],
      [105.86, 21.03],
      [105.86, 21.02],
      [105.85, 21.03],
      [105.85, 21.02],
    ];
    const feature = {
      type: 'Feature',
      properties: { code: '00001' },
      geometry: { type: 'MultiPolygon', coordinates: [[createSquare(105.9)], [bowtie]] },
    };
    const { issues } = parseGeoJsonLayer(createCollectionText([feature]), createWardSpec('w.geojson'));
    expect(issues.map((i) => i.message)).toEqual([
      'w.geojson: feature 0 (code "00001"): polygon 1 ring 0 crosses itself near [105.855, 21.025] — a polygon ring must not cross or overlap itself (OGC Simple Features)',
    ]);
  });

  test('the check can be switched off', () => {
    const bowtie = [
      [105.85, 21.02],
      [105.86, 21.03],
      [105.86, 21.02],
      [105.85, 21.03],
      [105.85, 21.02],
    ];
    const text = createCollectionText([createPolygonFeature('00001', [bowtie])]);
    const { features, issues } = parseGeoJsonLayer(text, {
      ...createWardSpec('w.geojson'),
      checkSelfIntersection: false,
    });
    expect(issues).toEqual([]);
    expect(features).toHaveLength(1);
  });

  test('the verdict does not depend on the start vertex or the direction of a ring', () => {
    const open: Record<string, Position[]> = {
      'ring-self-intersection': [
        [105.85, 21.02],
        [105.86, 21.03],
        [105.87, 21.04],
        [105.87, 21.02],
        [105.86, 21.03],
        [105.85, 21.04],
      ],
      'ring-self-touch': [
        [105.85, 21.02],
        [105.86, 21.03],
        [105.87, 21.02],
        [105.87, 21.04],
        [105.86, 21.03],
        [105.85, 21.04],
      ],
    };
    for (const [rule, ring] of Object.entries(open)) {
      for (const reversed of [false, true]) {
        const directed = reversed ? [...ring].reverse() : ring;
        for (let start = 0; start < directed.length; start++) {
          const rotated = [...directed.slice(start), ...directed.slice(0, start)];
          const text = createCollectionText([createPolygonFeature('00001', [[...rotated, rotated[0]!]])]);
          const { issues } = parseGeoJsonLayer(text, createWardSpec('w.geojson'));
          expect(
            issues.map((i) => i.rule),
            `${rule}, start ${start}, reversed ${reversed}`,
          ).toEqual([rule]);
          expect(issues[0]?.message).toContain('[105.86, 21.03]');
        }
      }
    }
  });

  test('a large ring of 4,000 vertices is accepted, and one swapped pair of vertices is caught', () => {
    const n = 4000;
    const circle: Position[] = Array.from({ length: n }, (_, i) => {
      const a = (2 * Math.PI * i) / n;
      return [105.85 + 0.1 * Math.cos(a), 21.0 + 0.1 * Math.sin(a)];
    });
    const closed = [...circle, circle[0]!];
    expect(
      parseGeoJsonLayer(createCollectionText([createPolygonFeature('00001', [closed])]), createWardSpec('w.geojson'))
        .issues,
    ).toEqual([]);
    const broken = [...closed];
    [broken[100], broken[101]] = [broken[101]!, broken[100]!];
    const { issues } = parseGeoJsonLayer(
      createCollectionText([createPolygonFeature('00001', [broken])]),
      createWardSpec('w.geojson'),
    );
    expect(issues.map((i) => i.rule)).toEqual(['ring-self-intersection']);
  });
});
