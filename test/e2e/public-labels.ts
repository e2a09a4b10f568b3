/**
 * The names of the public map's build-time first view as a browser lays them out with JavaScript off
 * (`public.e2e.ts`): which `<text>` of the first view's SVG show, and whether any two of their boxes overlap or
 * one leaves the picture. Boxes are the browser's own (`getBoundingClientRect`, CSS pixels), in whatever font it
 * found for "Noto Sans, sans-serif".
 */
import { openSession } from './browser.js';

/** A phone's viewport, CSS pixels. */
export const PHONE_VIEWPORT = { width: 390, height: 844 } as const;

/** What the first view's names look like on one page. */
export type FirstViewNames = {
  /** The names shown (not `display: none`), in document order. */
  names: string[];
  /** Pairs of shown names whose boxes overlap by more than 0.5 px each way. */
  overlaps: string[];
  /** Shown names whose box reaches out of the SVG's box. */
  outside: string[];
};

/** Opens `url` with JavaScript off at `viewport` and reads the first view's names and their boxes. */
export async function noScriptNames(url: string, viewport: { width: number; height: number }): Promise<FirstViewNames> {
  const s = await openSession('public-no-js-names');
  const context = await s.browser.newContext({ viewport, locale: 'vi-VN', javaScriptEnabled: false });
  try {
    const page = await context.newPage();
    await page.goto(url);
    return await page.locator('[data-testid="first-view-svg"]').evaluate((svg) => {
      const frame = svg.getBoundingClientRect();
      const shown = [...svg.querySelectorAll('text')].filter((t) => getComputedStyle(t).display !== 'none');
      const boxes = shown.map((t) => ({ name: t.textContent ?? '', r: t.getBoundingClientRect() }));
      const overlaps: string[] = [];
      for (const [i, a] of boxes.entries())
        for (const b of boxes.slice(i + 1))
          if (Math.min(a.r.right, b.r.right) - Math.max(a.r.left, b.r.left) > 0.5)
            if (Math.min(a.r.bottom, b.r.bottom) - Math.max(a.r.top, b.r.top) > 0.5)
              overlaps.push(`${a.name} × ${b.name}`);
      const out = (r: DOMRect) =>
        r.left < frame.left - 0.5 ||
        r.top < frame.top - 0.5 ||
        r.right > frame.right + 0.5 ||
        r.bottom > frame.bottom + 0.5;
      return {
        names: boxes.map((b) => b.name),
        overlaps,
        outside: boxes.filter((b) => out(b.r)).map((b) => b.name),
      };
    });
  } finally {
    await context.close();
    await s.close();
  }
}
