/**
 * The candidate under the mouse while it is dragged: an element over the map's canvas, moved with the mouse by
 * the browser's compositor. The map's own circle of that candidate is hidden meanwhile, so a drag step costs no
 * WebGL repaint of its own: on a machine without a GPU a repaint is 100–300 ms of CPU that the worker's analysis
 * of the same step would share (issue #15's moves). The footprints and the choropleth still follow each step, as
 * the worker answers.
 */
import type { LngLat } from '../domain/geo.js';

/** What the handle needs of the map: its container and where a point is on screen (CSS pixels). */
export type HandleMap = {
  getContainer(): HTMLElement;
  project(lngLat: LngLat): { x: number; y: number };
  on(type: 'move', f: () => void): unknown;
  off(type: 'move', f: () => void): unknown;
};

export class DragHandle {
  private el: HTMLElement | null = null;
  private at: LngLat | null = null;
  private readonly follow = () => this.place();

  constructor(private readonly map: HandleMap) {}

  /** Shows the handle at `at`, ringed in the operator's colour, with the candidate's name for assistive tools. */
  show(at: LngLat, color: string, label: string): void {
    if (!this.el) {
      const el = document.createElement('div');
      el.className = 'plan-drag-handle';
      el.dataset.testid = 'plan-drag-handle';
      el.setAttribute('role', 'img');
      this.map.getContainer().appendChild(el);
      this.map.on('move', this.follow);
      this.el = el;
    }
    this.el.style.borderColor = color;
    this.el.setAttribute('aria-label', label);
    this.moveTo(at);
  }

  /** Moves the handle (no map repaint). */
  moveTo(at: LngLat): void {
    this.at = at;
    this.place();
  }

  /** Removes the handle once the map's circle is back in place. */
  hide(): void {
    if (!this.el) return;
    this.map.off('move', this.follow);
    this.el.remove();
    this.el = null;
    this.at = null;
  }

  private place(): void {
    if (!this.el || !this.at) return;
    const p = this.map.project(this.at);
    this.el.style.transform = `translate(${p.x}px, ${p.y}px) translate(-50%, -50%)`;
  }
}
