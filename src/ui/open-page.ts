/**
 * Opening a generated HTML page (the annual report's printable page) in a new tab, where the reader sees it and
 * prints it from the browser; a browser that blocks the new window gets the page as a downloaded file instead.
 */
import { download } from './download.js';

/** What {@link openHtmlPage} needs of the browser (a fake in tests). */
export type PageOpener = {
  /** `window.open`: the new window, or null when a pop-up blocker refused it. */
  open(url: string, target: string): unknown;
  createObjectURL(blob: Blob): string;
  revokeObjectURL(url: string): void;
  download(url: string, name: string): void;
};

/** The browser's own opener. */
export const BROWSER_OPENER: PageOpener = {
  open: (url, target) => window.open(url, target),
  createObjectURL: (blob) => URL.createObjectURL(blob),
  revokeObjectURL: (url) => URL.revokeObjectURL(url),
  download,
};

/** How long a downloaded page's blob URL is kept, ms (the download has started by then). */
const DOWNLOAD_URL_LIFE_MS = 1000;

/**
 * Opens `html` in a new tab through a blob URL. Returns the blob URL when the tab opened (the caller revokes it once
 * the page is no longer offered, so that reloading the tab still works), or null when the window was blocked and
 * the page was downloaded as `fileName` instead.
 */
export function openHtmlPage(html: string, fileName: string, opener: PageOpener = BROWSER_OPENER): string | null {
  const url = opener.createObjectURL(new Blob([html], { type: 'text/html;charset=utf-8' }));
  // No `noopener`: with it `window.open` answers null even when the tab opened, and a blocked one could not be told.
  if (opener.open(url, '_blank')) return url;
  opener.download(url, fileName);
  setTimeout(() => opener.revokeObjectURL(url), DOWNLOAD_URL_LIFE_MS);
  return null;
}
