import { describe, expect, it } from 'vitest';
import { paramFigure, paramText, parseParamText, ruleText } from './method-format.js';

describe('parameter values on the method page', () => {
  it('are written in the language, without grouping, with the minus sign', () => {
    expect([paramText(15000, 'vi'), paramText(0.95, 'vi'), paramText(-2.5, 'vi'), paramText(0.95, 'en')]).toEqual([
      '15000',
      '0,95',
      '−2,5',
      '0.95',
    ]);
  });

  it('are grouped in thousands beside the field, as each language writes them', () => {
    expect([
      paramFigure(15000, 'en'),
      paramFigure(15000, 'vi'),
      paramFigure(-1234.5, 'vi'),
      paramFigure(null, 'en'),
    ]).toEqual(['15,000', '15.000', '−1.234,5', '']);
    const rule = { kind: 'number', min: 1000, max: 20000, integer: false, nullable: false } as const;
    expect(ruleText(rule, 'en')).toBe('a number from 1,000 to 20,000');
    expect(ruleText(rule, 'vi')).toBe('một số từ 1.000 đến 20.000');
  });

  it('are read with either decimal mark and either minus; empty is null; other text stays text', () => {
    expect(['0,95', '0.95', '−2,5', '-2.5', ' ', '1.234,5', 'wide'].map(parseParamText)).toEqual([
      0.95,
      0.95,
      -2.5,
      -2.5,
      null,
      '1.234,5',
      'wide',
    ]);
  });

  it('say the rule of a nullable number in both languages', () => {
    const rule = { kind: 'number', min: 0, max: 20, integer: false, nullable: true } as const;
    expect(ruleText(rule, 'vi')).toBe('một số từ 0 đến 20 hoặc để trống');
    expect(ruleText(rule, 'en')).toBe('a number from 0 to 20 or empty');
  });
});
