import { afterEach, describe, expect, it, vi } from 'vitest';
import { openHtmlPage, type PageOpener } from './open-page.js';

afterEach(() => {
  vi.useRealTimers();
});

/** An opener that records what it was asked; `opens` says whether the new window is allowed. */
function createOpener(opens: boolean) {
  const calls: string[] = [];
  const opener: PageOpener = {
    open: (url, target) => (calls.push(`open ${url} ${target}`), opens ? {} : null),
    createObjectURL: () => 'blob:page',
    revokeObjectURL: (url) => void calls.push(`revoke ${url}`),
    download: (url, name) => void calls.push(`download ${url} ${name}`),
  };
  return { opener, calls };
}

describe('openHtmlPage', () => {
  it('opens the page in a new tab and keeps its URL', () => {
    const { opener, calls } = createOpener(true);
    expect(openHtmlPage('<p>x</p>', 'r.html', opener)).toBe('blob:page');
    expect(calls).toEqual(['open blob:page _blank']);
  });

  it('downloads the page when the window is blocked, then frees its URL', () => {
    vi.useFakeTimers();
    const { opener, calls } = createOpener(false);
    expect(openHtmlPage('<p>x</p>', 'r.html', opener)).toBeNull();
    vi.advanceTimersByTime(1000);
    expect(calls).toEqual(['open blob:page _blank', 'download blob:page r.html', 'revoke blob:page']);
  });
});
