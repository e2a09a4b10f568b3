// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { FilePicker } from './FilePicker.js';

afterEach(cleanup);

describe('FilePicker', () => {
  it('says "choose a file" in the interface language, never the browser’s', () => {
    render(<FilePicker label="Tệp chỉ số (CSV)" lang="vi" data-testid="f" />);
    expect(screen.getByText('Chọn tệp…')).toBeTruthy();
    cleanup();
    render(<FilePicker label="Indicator file (CSV)" lang="en" multiple data-testid="f" />);
    expect(screen.getByText('Choose files…')).toBeTruthy();
  });

  it('names the input by what the file is, and hands it every other prop', () => {
    const chosen: string[] = [];
    render(
      <FilePicker
        label="Line file"
        lang="en"
        accept=".json"
        data-testid="f"
        onChange={(e) => chosen.push(e.target.files?.[0]?.name ?? '')}
      />,
    );
    const input = screen.getByLabelText('Line file') as HTMLInputElement;
    expect(input).toBe(screen.getByTestId('f'));
    expect([input.type, input.accept]).toEqual(['file', '.json']);
    fireEvent.change(input, { target: { files: [new File(['{}'], 'roads.json')] } });
    expect(chosen).toEqual(['roads.json']);
  });
});
