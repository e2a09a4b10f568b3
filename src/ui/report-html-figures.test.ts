import { describe, expect, it } from 'vitest';
import { leadText, operatorSections, paramsSection, sharingSection } from './report-html-figures.js';
import { NO_SHARING } from '../analysis/sharing.js';
import type { OperatorRow, ReportFigures, SharingRow } from '../analysis/report-figures.js';

const lead = (operators: OperatorRow['comparison']['5G']['area']['operators'], percent: number) => ({
  operators,
  percent,
});

function createOperatorRow(): OperatorRow {
  return {
    level: 'unit2025',
    id: '00004',
    name: 'Phường Ba Đình',
    comparison: {
      '4G': { area: lead(['viettel', 'vnpt'], 99.95), population: lead(['viettel'], 99.9), covering: ['viettel'] },
      '5G': { area: lead(['mobifone'], 41.25), population: lead([], 0), covering: ['mobifone', 'vnpt'] },
    },
  };
}

const createFigures = (): ReportFigures => ({
  operators: { outdoor: [createOperatorRow()], indoor: [] },
  sharing: null,
  params: null,
});

describe('leadText', () => {
  it('joins tied operators with "="', () => {
    expect(leadText(lead(['viettel', 'vnpt'], 99.95), 'vi')).toBe('Viettel = VNPT-VinaPhone 100');
  });

  it('says no operator where none covers the area', () => {
    expect(leadText(lead([], 0), 'en')).toBe('no operator');
  });
});

describe('operatorSections', () => {
  it('writes the leading operator with a Vietnamese decimal comma', () => {
    expect(operatorSections(createFigures(), 'vi')).toContain('<td>MobiFone 41,3</td>');
  });

  it('counts the operators with 5G', () => {
    expect(operatorSections(createFigures(), 'en')).toContain('<td>no operator</td><td>2</td>');
  });

  it('writes one table per coverage level, naming it', () => {
    const html = operatorSections(createFigures(), 'vi');
    expect(html).toContain('Nhà mạng dẫn đầu theo khu vực — ngoài trời');
    expect(html).toContain('Nhà mạng dẫn đầu theo khu vực — trong nhà');
  });
});

describe('sharingSection', () => {
  it('writes the share of sites on shared towers and its change with the minus sign', () => {
    const row: SharingRow = {
      level: 'city',
      id: 'city',
      name: 'Hà Nội',
      now: { sites: 10, towers: 8, sharedTowers: 2, sitesOnShared: 4, operatorTowers: 10 },
      before: { ...NO_SHARING, sites: 10, towers: 9, sharedTowers: 1, sitesOnShared: 5, operatorTowers: 10 },
    };
    expect(sharingSection([row], 2026, 'vi')).toContain('<td>8</td><td>2</td><td>40</td><td>1,25</td><td>−10</td>');
  });
});

describe('paramsSection', () => {
  it('says the defaults were used', () => {
    expect(paramsSection({ overrides: {}, defaults: true }, 'en')).toContain("the model's default parameters");
  });

  it('lists a changed parameter with its default and the prm= link', () => {
    const html = paramsSection({ overrides: { edgeProbability: 0.95 }, defaults: false }, 'en', 'https://x.vn/app/');
    expect(html).toContain('<td>0.95 fraction 0–1</td><td>0.9 fraction 0–1</td>');
    expect(html).toContain('href="https://x.vn/app/#prm=eyJlZGdlUHJvYmFiaWxpdHkiOjAuOTV9"');
  });
});
