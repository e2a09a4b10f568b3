/**
 * Layout measurements of the layout end-to-end tests (`layout.e2e.ts`), taken in the page: boxes of the map and
 * what floats over or beside it, the share of the map they cover, and every control whose text or box is cut.
 * All sizes in CSS pixels of the viewport.
 */
import type { Page } from 'playwright-core';

/** A box in viewport coordinates, CSS pixels. */
export type Box = { x: number; y: number; width: number; height: number };

/** A control whose text or box does not fit, and why. */
export type Clipped = { what: string; text: string; why: string };

/** Area shared by two boxes, CSS pixels². */
export function overlapArea(a: Box, b: Box): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

/** The box shared by two boxes (a zero box when they do not meet). */
function intersection(a: Box, b: Box): Box {
  const x = Math.max(a.x, b.x);
  const y = Math.max(a.y, b.y);
  const width = Math.max(0, Math.min(a.x + a.width, b.x + b.width) - x);
  const height = Math.max(0, Math.min(a.y + a.height, b.y + b.height) - y);
  return { x, y, width, height };
}

/** Share of `map` covered by `a` or `b` (either may be null), fraction 0–1; the overlap of a and b counted once. */
export function coveredShare(map: Box, a: Box | null, b: Box | null): number {
  const inA = a ? overlapArea(map, a) : 0;
  const inB = b ? overlapArea(map, b) : 0;
  const both = a && b ? overlapArea(intersection(map, a), b) : 0;
  return (inA + inB - both) / (map.width * map.height);
}

/** The box of the first element matching `selector`, or null when there is none or it is not displayed. */
export async function boxOf(page: Page, selector: string): Promise<Box | null> {
  const el = page.locator(selector).first();
  if ((await el.count()) === 0) return null;
  return el.boundingBox();
}

/**
 * Every displayed control (select, button, label, output, tab, table header, link) under `root` that is cut: its
 * text wider than its box (`scrollWidth > clientWidth`; for a select, its chosen option measured in its font
 * against the room left of the arrow), or its box past the viewport's left or right edge or past the right edge of
 * the box that clips it (the sidebar), or past the top or bottom edge where no scrolling box holds it.
 */
export async function clippedControls(page: Page, root = 'body'): Promise<Clipped[]> {
  return page.evaluate((rootSelector) => {
    /** Room Chromium keeps for a select's arrow, CSS pixels. */
    const SELECT_ARROW_PX = 20;
    const out: { what: string; text: string; why: string }[] = [];
    const canvas = document.createElement('canvas').getContext('2d')!;
    // A page taller than the screen scrolls as a whole (the public map on a phone).
    const pageScrolls = document.documentElement.scrollHeight > innerHeight + 1;
    const scrolls = (el: Element): boolean => {
      if (pageScrolls) return true;
      for (let p = el.parentElement; p; p = p.parentElement) {
        const o = getComputedStyle(p).overflowY;
        if (o === 'auto' || o === 'scroll') return true;
      }
      return false;
    };
    const selector = 'select, button, label, output, [role="tab"], th, td, a, input[type="search"], input[type="text"]';
    for (const el of document.querySelector(rootSelector)?.querySelectorAll<HTMLElement>(selector) ?? []) {
      const r = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      // Not displayed, or hidden on purpose (visually-hidden text for screen readers is 1 px wide).
      if (r.width <= 1 || r.height <= 1 || style.visibility === 'hidden') continue;
      const what = `${el.tagName.toLowerCase()}${el.dataset['testid'] ? `[${el.dataset['testid']}]` : ''}`;
      const text = (el instanceof HTMLSelectElement ? el.selectedOptions[0]?.text : el.innerText)?.trim() ?? '';
      const add = (why: string) => out.push({ what, text: text.slice(0, 60), why });
      // The nearest box that clips what overflows it sideways (the sidebar scrolls, and hides what is wider).
      let clip: Element | null = el.parentElement;
      while (clip && getComputedStyle(clip).overflowX === 'visible') clip = clip.parentElement;
      const edge = clip ? clip.getBoundingClientRect().left + clip.clientLeft + clip.clientWidth : innerWidth;
      if (r.left < -0.5 || r.right > innerWidth + 0.5) add(`box ${Math.round(r.left)}–${Math.round(r.right)} px`);
      else if (r.right > edge + 0.5) add(`box ends at ${Math.round(r.right)} px, its container at ${Math.round(edge)}`);
      else if (!scrolls(el) && (r.top < -0.5 || r.bottom > innerHeight + 0.5))
        add(`box ${Math.round(r.top)}–${Math.round(r.bottom)} px high, nothing scrolls`);
      if (el instanceof HTMLSelectElement) {
        canvas.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
        const room = el.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - SELECT_ARROW_PX;
        const need = canvas.measureText(text).width;
        if (need > room + 0.5) add(`text ${Math.round(need)} px in ${Math.round(room)} px`);
      } else if (el.clientWidth > 0 && el.scrollWidth > el.clientWidth + 1) {
        // Inline elements (links in a sentence) have no client width and wrap with their text.
        add(`text ${el.scrollWidth} px in ${el.clientWidth} px`);
      }
    }
    return out;
  }, root);
}

/** Lines of text `selector`'s elements take, most first: the distinct line boxes of their text. */
export async function linesOf(page: Page, selector: string): Promise<{ text: string; lines: number }[]> {
  const found = await page.locator(selector).evaluateAll((els) =>
    els.map((el) => {
      // The element's own box may be taller than its text (a flex item stretched to its row).
      const range = document.createRange();
      range.selectNodeContents(el);
      // Boxes on one line overlap vertically (a smaller sort mark sits a little lower than the text beside it).
      const rects = [...range.getClientRects()].filter((r) => r.width > 0).sort((a, b) => a.top - b.top);
      let lines = 0;
      let bottom = -Infinity;
      for (const r of rects) {
        if (r.top >= bottom - 1) {
          lines++;
          bottom = r.bottom;
        } else bottom = Math.max(bottom, r.bottom);
      }
      return { text: (el as HTMLElement).innerText.trim(), lines };
    }),
  );
  return found.sort((a, b) => b.lines - a.lines);
}

/**
 * The choices of the select `selector` whose text would be cut once chosen: wider, in the select's font, than
 * the room left of its arrow (20 px, as in {@link clippedControls}).
 */
export async function optionsTooWide(page: Page, selector: string): Promise<string[]> {
  return page.locator(selector).evaluate((el) => {
    const select = el as HTMLSelectElement;
    const style = getComputedStyle(select);
    const canvas = document.createElement('canvas').getContext('2d')!;
    canvas.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
    const room = select.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - 20;
    return [...select.options].map((o) => o.text).filter((text) => canvas.measureText(text).width > room + 0.5);
  });
}

/**
 * The placeholder of the text field `selector` when it is wider, in the field's font, than the room between its
 * paddings (the field then shows it cut: "Search wards, communes, district"); null when it fits.
 */
export async function placeholderCut(page: Page, selector: string): Promise<string | null> {
  return page.locator(selector).evaluate((el) => {
    const input = el as HTMLInputElement;
    const style = getComputedStyle(input);
    const canvas = document.createElement('canvas').getContext('2d')!;
    canvas.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
    const room = input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
    const need = canvas.measureText(input.placeholder).width;
    return need > room + 0.5 ? `"${input.placeholder}": ${Math.round(need)} px in ${Math.round(room)} px` : null;
  });
}
