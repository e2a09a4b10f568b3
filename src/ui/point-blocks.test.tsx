// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { NearestSites, PointCoverageTable, PointSpeedsBlock } from './point-blocks.js';

afterEach(cleanup);

describe('point blocks', () => {
  it('writes covered or not out, marks the chosen level, and a dash where not known', () => {
    render(
      <PointCoverageTable
        lang="vi"
        chosen="indoor"
        covered={(op, tech, level) => (op === 'mobifone' ? null : tech === '4G' || level === 'outdoor')}
      />,
    );
    const any = screen.getByTestId('point-row-any').querySelectorAll('td');
    expect([...any].map((td) => td.textContent)).toEqual(['Có', 'Có', 'Có', 'Không']);
    expect([...any].map((td) => td.className)).toEqual(['yes', 'yes chosen', 'yes', 'no chosen']);
    expect(screen.getByTestId('point-row-mobifone').querySelector('td')!.textContent).toBe('—');
  });

  it('gives the nearest sites with distances, and "none" for an operator without 5G nearby', () => {
    render(
      <NearestSites
        lang="en"
        nearest={[{ id: 's1', operator: 'viettel', technologies: ['4G', '5G'], distanceM: 1234 }]}
        nearest5g={{ viettel: { distanceM: 1234 }, vnpt: null, mobifone: null, vietnamobile: null }}
      />,
    );
    expect(screen.getByTestId('point-nearest').textContent).toBe('Viettel · 4G, 5G · 1.2 km');
    const rows = [...screen.getByTestId('point-nearest-5g').querySelectorAll('.row')].map((r) => r.textContent);
    expect(rows).toEqual(['Viettel1.2 km', 'VNPT-VinaPhonenone', 'MobiFonenone', 'Vietnamobilenone']);
  });

  it('gives a mean from enough tests and says when there are too few, in Vietnamese numbers', () => {
    render(
      <PointSpeedsBlock
        lang="vi"
        radiusM={500}
        until="2026-11-30"
        minTests={30}
        figures={{ '4G': { count: 1234, meanMbps: 45.25 }, '5G': { count: 12, meanMbps: null } }}
      />,
    );
    const rows = screen.getByTestId('point-speeds').textContent ?? '';
    expect(rows).toContain('45,3 Mbit/s');
    expect(rows).toContain('1.234');
    expect(rows).toContain('30)');
    expect(document.body.textContent).toContain('30/11/2026');
  });

  it("says which twelve months the speeds cover, in the reader's words and date order", () => {
    const figures = { '4G': { count: 40, meanMbps: 50 }, '5G': { count: 0, meanMbps: null } };
    const props = { radiusM: 500, until: '2026-10-01', minTests: 30, figures };
    const { unmount } = render(<PointSpeedsBlock lang="en" {...props} />);
    expect(document.body.textContent).toContain('within 500 m, over the 12 months to 2026-10-01');
    unmount();
    render(<PointSpeedsBlock lang="vi" {...props} />);
    expect(document.body.textContent).toContain('trong bán kính 500 m, 12 tháng tính đến 01/10/2026');
  });
});
