// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { PublicControls, PublicLegend } from './PublicChoropleth.js';
import type { CoverageLevel } from '../domain/coverage-level.js';

afterEach(cleanup);

/** The controls with every choice at the page's defaults and `onCoverageLevel` a spy. */
function createControls(coverageLevel: CoverageLevel, onCoverageLevel = vi.fn()) {
  render(
    <PublicControls
      lang="vi"
      level="units"
      tech="5G"
      op="any"
      basis="area"
      coverageLevel={coverageLevel}
      onCoverageLevel={onCoverageLevel}
      overlays={{ 'coverage-5g': false, 'coverage-4g': false }}
      onLevel={() => {}}
      onTech={() => {}}
      onOp={() => {}}
      onBasis={() => {}}
      onOverlays={() => {}}
    />,
  );
  return onCoverageLevel;
}

describe('PublicLegend', () => {
  it('says outdoors when no level is given (the build-time first view pictures outdoor coverage)', () => {
    render(<PublicLegend lang="vi" tech="5G" op="any" basis="area" />);
    expect(screen.getByTestId('pub-legend-level').textContent).toBe('ngoài trời');
  });

  it('names the indoor level in its title, in English too', () => {
    render(<PublicLegend lang="en" tech="4G" op="viettel" basis="population" coverageLevel="indoor" />);
    expect(screen.getByRole('heading').textContent).toMatch(/^Share covered \(4G, Viettel, .+, indoor\)/);
  });
});

describe('PublicControls', () => {
  it('checks the chosen coverage level', () => {
    createControls('indoor');
    expect((screen.getByTestId('pub-coverage-level-indoor') as HTMLInputElement).checked).toBe(true);
    expect((screen.getByTestId('pub-coverage-level-outdoor') as HTMLInputElement).checked).toBe(false);
  });

  it('chooses indoor coverage with "Trong nhà"', () => {
    const chosen = createControls('outdoor');
    fireEvent.click(screen.getByLabelText('Trong nhà'));
    expect(chosen).toHaveBeenCalledExactlyOnceWith('indoor');
  });
});
