import { describe, expect, it } from 'vitest';
import type { LayerKey } from '../domain/layers.js';
import { createAppStore } from '../state/store.js';
import { createArea, createResults } from '../../test/support/results.js';
import { measureLegendSections, type MeasureLegendState } from './measure-legend.js';

/** The store's state with only the given measure toggles on. */
function createState(on: LayerKey[], patch: Partial<MeasureLegendState> = {}): MeasureLegendState {
  const s = createAppStore(null).getState();
  const visible = { ...s.visible, ...Object.fromEntries(on.map((k) => [k, true])) };
  return { ...s, visible, ...patch };
}

const noTag = () => '';

describe('measureLegendSections', () => {
  it('shows nothing while every measure layer is off', () => {
    expect(measureLegendSections(createState([]), 'vi', noTag)).toEqual([]);
  });

  it('labels the road layer with the choice it is cut for', () => {
    const [roads] = measureLegendSections(
      createState(['roadCoverage'], { choroTech: '5G', choroOp: 'viettel', coverageLevel: 'indoor' }),
      'vi',
      noTag,
    );
    expect(roads!.items.map((i) => [i.label, i.dashed ?? false])).toEqual([
      ['Có phủ sóng: 5G · Viettel · Trong nhà', false],
      ['Chưa phủ sóng', true],
    ]);
  });

  it('sizes the tower classes as the map draws them and states the 30 m rule in Vietnamese', () => {
    const [towers] = measureLegendSections(createState(['towers']), 'vi', (k) => ` (${k})`);
    expect(towers!.title).toBe('Cột anten dùng chung (towers)');
    expect(towers!.items.map((i) => i.sizePx)).toEqual([5, 9, 13]);
    expect(towers!.note).toBe('Một cột: các trạm cách nhau không quá 30 m, hoặc cùng mã cột trong tệp nhập.');
  });

  it('lists 0 to 4 operators with the 50 % rule, and says when the grid is not analysed yet', () => {
    const [ops] = measureLegendSections(createState(['ops5g']), 'en', noTag);
    expect(ops!.items.map((i) => i.label)).toEqual([
      '0 operators',
      '1 operator',
      '2 operators',
      '3 operators',
      '4 operators',
    ]);
    expect(ops!.note).toBe(
      'An operator counts where its 5G covers at least 50 % of the cell (its part in Hà Nội), level: Outdoor. Cells not coloured: the grid is being analysed.',
    );
  });

  it('drops the waiting note once the grid has results', () => {
    const s = createState(['ops5g']);
    const results = createResults([createArea('h3r8', '8841aa1c8dfffff', 60)]);
    const [ops] = measureLegendSections({ ...s, analysis: { ...s.analysis, results } }, 'en', noTag);
    expect(ops!.note).not.toContain('being analysed');
  });

  it('gives every environment class its meaning, numbers written the Vietnamese way', () => {
    const [env] = measureLegendSections(createState(['environment']), 'vi', noTag);
    expect(env!.items.map((i) => i.label)).toEqual([
      'Đô thị dày đặc: từ 15.000 người/km²',
      'Đô thị: từ 5.000 người/km², hoặc từ 1.000 người/km² có mạng đường phố',
      'Ven đô: từ 1.000 người/km², khu công nghiệp, hoặc làng dọc đường chính',
      'Nông thôn: làng xen đồng ruộng',
      'Đất trống: không nhà, không cây cao (cần dữ liệu lớp phủ mặt đất)',
    ]);
  });
});
