import { describe, expect, it } from 'vitest';
import { parseParamsFile, ParamsFileError } from './params-file.js';

const mistakes = (text: string): readonly string[] => {
  try {
    parseParamsFile(text, 'p.json');
  } catch (err) {
    if (err instanceof ParamsFileError) return err.lines;
    throw err;
  }
  return [];
};

describe('--params FILE.json', () => {
  it('gives the overrides of a valid file, only what differs from the defaults', () => {
    const f = parseParamsFile('{"edgeProbability": 0.95, "linkBudget": {"5G": {"txPowerDbm": 53}}}', 'p.json');
    expect(f.overrides).toEqual({ edgeProbability: 0.95 });
    expect(f.params.linkBudget['5G'].txPowerDbm).toBe(53);
  });

  it('reads the params of a calibration written by npm run calibrate', () => {
    const f = parseParamsFile('{"params": {"envOffsetDb": {"urban": -2}}, "calibration": {"version": 1}}', 'c.json');
    expect(f.overrides).toEqual({ envOffsetDb: { urban: -2 } });
  });

  it('names the file, the field, the value and the rule of every mistake', () => {
    expect(mistakes('{"edgeProbability": 1.5, "antenna": {"hpbwDeg": "wide"}, "shadowMarginDb": 8}')).toEqual([
      'p.json: edgeProbability: 1.5 is not a number from 0.5 to 0.99',
      'p.json: antenna.hpbwDeg: "wide" is not a number from 10 to 180',
      'p.json: shadowMarginDb: 8 is not a parameter of the model',
    ]);
  });

  it('names the file of text that is not JSON', () => {
    expect(mistakes('{edgeProbability: 0.9}')[0]).toMatch(/^p\.json: not JSON \(/);
  });
});
