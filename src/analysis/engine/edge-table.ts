/**
 * A union's directed edges, start vertex → end vertex, by packed vertex key (see tile-union.ts `unionChange`): an
 * open-addressing table in typed arrays kept between calls. A drag step compares a few hundred unions with the ones
 * before; a `Map` per comparison was a tenth of what a step allocated, and every allocation brings the next garbage
 * collection, which then lands in a step, closer.
 */
export class EdgeTable {
  /** Start key per slot, `to` its end key (NaN once taken), `stamp` the fill the slot belongs to (else empty). */
  private keys = new Float64Array(0);
  private tos = new Float64Array(0);
  private stamps = new Int32Array(0);
  /** The slots filled, in order. */
  private filled = new Int32Array(0);
  private count = 0;
  private stamp = 0;
  private mask = 0;

  /** Empties the table, made ready for `n` edges. */
  reset(n: number): void {
    let size = 16;
    while (size < 2 * n) size *= 2;
    if (size > this.keys.length) {
      this.keys = new Float64Array(size);
      this.tos = new Float64Array(size);
      this.stamps = new Int32Array(size);
      this.filled = new Int32Array(size);
      this.stamp = 0;
    }
    this.mask = size - 1;
    this.count = 0;
    if (++this.stamp === 0x7fffffff) {
      this.stamps.fill(0);
      this.stamp = 1;
    }
  }

  /** Adds the edge; false (nothing added) when an edge already starts at `from`. */
  add(from: number, to: number): boolean {
    for (let s = this.slotOf(from); ; s = (s + 1) & this.mask) {
      if (this.stamps[s] !== this.stamp) {
        this.stamps[s] = this.stamp;
        this.keys[s] = from;
        this.tos[s] = to;
        this.filled[this.count++] = s;
        return true;
      }
      if (this.keys[s] === from) return false;
    }
  }

  /** Takes out the edge from → to; false when the table has no such edge. */
  take(from: number, to: number): boolean {
    for (let s = this.slotOf(from); ; s = (s + 1) & this.mask) {
      if (this.stamps[s] !== this.stamp) return false;
      if (this.keys[s] === from) {
        if (this.tos[s] !== to) return false;
        this.tos[s] = NaN;
        return true;
      }
    }
  }

  /** Calls `f` with each edge not taken, in the order they were added. */
  forEachLeft(f: (from: number, to: number) => void): void {
    for (let i = 0; i < this.count; i++) {
      const s = this.filled[i]!;
      if (!Number.isNaN(this.tos[s]!)) f(this.keys[s]!, this.tos[s]!);
    }
  }

  private slotOf(key: number): number {
    // The key's two halves (the vertex's x and y, see tile-union.ts), mixed.
    const hi = Math.floor(key / 0x2000000);
    const lo = key - hi * 0x2000000;
    const h = Math.imul(hi, 0x9e3779b1) ^ Math.imul(lo, 0x85ebca77);
    return (h ^ (h >>> 15)) & this.mask;
  }
}
