import { describe, expect, it } from 'vitest';
import { createAreaResult } from '../../test/support/area-result.js';
import { LEAD_TIE_PP, compareOperators, operatorLead } from './operator-lead.js';
import { operatorCounts } from './operators-covering.js';

const createResult = (given: Parameters<typeof createAreaResult>[1]) => createAreaResult('A', given);

describe('operatorLead', () => {
  it('names the operator covering the largest share of the area', () => {
    const r = createResult({ outdoor: { '5G': { viettel: [80, 70], vnpt: [60, 90], mobifone: [10, 5] } } });
    expect(operatorLead(r, '5G', 'area')).toEqual({ operators: ['viettel'], percent: 80 });
  });

  it('names the operator covering the largest share of the residents on the population basis', () => {
    const r = createResult({ outdoor: { '5G': { viettel: [80, 70], vnpt: [60, 90] } } });
    expect(operatorLead(r, '5G', 'population')).toEqual({ operators: ['vnpt'], percent: 90 });
  });

  it('names every operator within the tie tolerance, in the operators order', () => {
    const r = createResult({
      outdoor: { '4G': { mobifone: [99.5, 0], viettel: [99.5 - LEAD_TIE_PP / 2, 0], vnpt: [99.4, 0] } },
    });
    expect(operatorLead(r, '4G', 'area').operators).toEqual(['viettel', 'mobifone']);
  });

  it('answers no operator where none covers the area', () => {
    expect(operatorLead(createResult({}), '5G', 'area')).toEqual({ operators: [], percent: 0 });
  });

  it('reads the chosen coverage level', () => {
    const r = createResult({
      outdoor: { '5G': { viettel: [80, 80], vnpt: [70, 70] } },
      indoor: { '5G': { viettel: [30, 30], vnpt: [40, 40] } },
    });
    expect(operatorLead(r, '5G', 'area', 'indoor')).toEqual({ operators: ['vnpt'], percent: 40 });
  });
});

describe('compareOperators', () => {
  it('gives both technologies on both bases at one level', () => {
    const r = createResult({
      indoor: { '4G': { vietnamobile: [20, 30] }, '5G': { viettel: [5, 1], vnpt: [4, 2] } },
    });
    const c = compareOperators(r, 'indoor');
    expect(c['4G'].area.operators).toEqual(['vietnamobile']);
    expect(c['5G'].area.operators).toEqual(['viettel']);
    expect(c['5G'].population.operators).toEqual(['vnpt']);
    // Neither covers half the area: the lead is named, yet no operator "has 5G" there.
    expect(c['5G'].covering).toEqual([]);
  });

  it('counts the operators covering at least half the area, as the operators-with-5G layer does', () => {
    const r = createResult({ outdoor: { '5G': { viettel: [50, 50], vnpt: [49.99, 80], mobifone: [0.2, 0.1] } } });
    expect(compareOperators(r, 'outdoor')['5G'].covering).toEqual(['viettel']);
    expect(operatorCounts({ 'h3r8|A': r }, 'h3r8', '5G', 'outdoor').get('A')).toBe(1);
  });
});
