import { describe, expect, it } from 'vitest';
import { COVERAGE_DEFAULTS } from './params.js';
import { PARAMS_CATALOGUE } from './params-catalogue.js';
import { validateParams } from './params-validate.js';

/** Every leaf path of an object, dotted. */
function leaves(o: unknown, prefix = ''): string[] {
  if (typeof o !== 'object' || o === null) return [prefix];
  return Object.entries(o).flatMap(([k, v]) => leaves(v, prefix ? `${prefix}.${k}` : k));
}

describe('parameter catalogue', () => {
  it('lists every parameter of CoverageParams exactly once, with its default value', () => {
    const listed = PARAMS_CATALOGUE.map((e) => e.path.join('.'));
    expect([...listed].sort()).toEqual(leaves(COVERAGE_DEFAULTS).sort());
    for (const e of PARAMS_CATALOGUE) {
      const value = e.path.reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], COVERAGE_DEFAULTS);
      expect(e.value, e.path.join('.')).toBe(value);
    }
  });

  it('gives every parameter a source and both descriptions, and defaults inside their range', () => {
    for (const e of PARAMS_CATALOGUE) {
      expect(e.source.length * e.vi.length * e.en.length, e.path.join('.')).toBeGreaterThan(0);
      expect(validateParams(setPath(e.path, e.value)).errors).toEqual([]);
    }
  });
});

function setPath(path: readonly string[], value: unknown): unknown {
  return path.reduceRight<unknown>((v, k) => ({ [k]: v }), value);
}

describe('validateParams', () => {
  it('overrides the defaults with the valid fields of a partial file', () => {
    const { params, errors } = validateParams({ edgeProbability: 0.95, linkBudget: { '5G': { txPowerDbm: 50 } } });
    expect(errors).toEqual([]);
    expect(params.edgeProbability).toBe(0.95);
    expect(params.linkBudget['5G'].txPowerDbm).toBe(50);
    expect(params.linkBudget['5G'].antennaGainDbi).toBe(17);
    expect(COVERAGE_DEFAULTS.linkBudget['5G'].txPowerDbm).toBe(53);
  });

  it('names the field, the value and the rule of a value out of range, and keeps the default', () => {
    const { params, errors } = validateParams({ edgeProbability: 0.3 });
    expect(errors).toEqual([
      {
        path: 'edgeProbability',
        value: 0.3,
        rule: 'a number from 0.5 to 0.99',
        message: 'edgeProbability: 0.3 is not a number from 0.5 to 0.99',
        key: 'model.params.error.range',
      },
    ]);
    expect(params.edgeProbability).toBe(0.9);
  });

  it('rejects unknown fields, wrong types, bad choices and non-integers', () => {
    const { errors } = validateParams({
      shadowMarginDb: 8,
      antenna: { hpbwDeg: '65', downtiltDeg: null },
      buildingLoss: { model: 'glass' },
      circleVertices: 47.5,
    });
    expect(errors.map((e) => e.message)).toEqual([
      'shadowMarginDb: 8 is not a parameter of the model',
      'antenna.hpbwDeg: "65" is not a number from 10 to 180',
      "buildingLoss.model: \"glass\" is not one of 'low-loss', 'high-loss'",
      'circleVertices: 47.5 is not an integer from 8 to 64',
    ]);
  });

  it('rejects a file that is not an object', () => {
    expect(validateParams([1, 2]).errors[0]!.message).toBe('parameters: [1,2] is not a JSON object');
  });
});
