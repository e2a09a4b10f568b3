// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { OcidBandEditor } from './OcidBandEditor.js';
import { OCID_DEFAULT_BANDS } from '../data/import/opencellid-bands.js';

afterEach(cleanup);

describe('OcidBandEditor', () => {
  it('shows the default table and changes one entry, or clears it', () => {
    const onChange = vi.fn();
    render(<OcidBandEditor value={OCID_DEFAULT_BANDS} onChange={onChange} lang="vi" />);
    const mobifoneNr = screen.getByTestId('ocid-band-NR-mobifone') as HTMLSelectElement;
    expect(mobifoneNr.value).toBe(OCID_DEFAULT_BANDS.NR.mobifone);
    fireEvent.change(mobifoneNr, { target: { value: 'n41' } });
    expect(onChange).toHaveBeenLastCalledWith({
      ...OCID_DEFAULT_BANDS,
      NR: { ...OCID_DEFAULT_BANDS.NR, mobifone: 'n41' },
    });
    fireEvent.change(screen.getByTestId('ocid-band-LTE-vietnamobile'), { target: { value: '' } });
    expect(onChange).toHaveBeenLastCalledWith({
      ...OCID_DEFAULT_BANDS,
      LTE: { ...OCID_DEFAULT_BANDS.LTE, vietnamobile: null },
    });
  });
});
