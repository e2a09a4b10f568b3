// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { AreaOperators } from './AreaOperators.js';
import { createAreaResult } from '../../test/support/area-result.js';

afterEach(cleanup);

const RESULT = createAreaResult('A', {
  outdoor: { '5G': { viettel: [80.04, 60], vnpt: [80.04, 70] }, '4G': { mobifone: [99, 99] } },
  indoor: { '5G': { viettel: [30, 20] } },
});

describe('AreaOperators', () => {
  it('names tied leaders by area with the Vietnamese decimal comma', () => {
    render(<AreaOperators result={RESULT} level="outdoor" lang="vi" />);
    expect(screen.getByTestId('lead-5G-area').textContent).toBe('Viettel = VNPT-VinaPhone 80 %');
  });

  it('names the leader by residents', () => {
    render(<AreaOperators result={RESULT} level="outdoor" lang="vi" />);
    expect(screen.getByTestId('lead-5G-population').textContent).toBe('VNPT-VinaPhone 70 %');
  });

  it('follows the chosen coverage level', () => {
    render(<AreaOperators result={RESULT} level="indoor" lang="en" />);
    expect(screen.getByTestId('lead-5G-area').textContent).toBe('Viettel 30 %');
    // Viettel leads indoors, on 30 % of the area: under half, so it does not count as having 5G there.
    expect(screen.getByTestId('operators-5g').textContent).toBe('0');
  });

  it('counts the operators covering at least half the area, and says so', () => {
    render(<AreaOperators result={RESULT} level="outdoor" lang="vi" />);
    expect(screen.getByTestId('operators-5g').textContent).toBe('2 (Viettel, VNPT-VinaPhone)');
    expect(screen.getByText('Số nhà mạng phủ 5G ít nhất 50 % diện tích')).toBeTruthy();
  });

  it('says no operator where none covers the area', () => {
    render(<AreaOperators result={RESULT} level="indoor" lang="en" />);
    expect(screen.getByTestId('lead-4G-area').textContent).toBe('no operator');
  });
});
