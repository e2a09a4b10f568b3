/**
 * Tile unions met before, each with the covered areas its tile's pieces had then. The time slider goes back
 * and forth over the same dates (and comparing two dates steps away and back): a tile whose footprints are
 * again those of a state met before takes that state's union and covered areas instead of building and
 * measuring them again. A union is a function of its footprints in rank order (see the engine's `rank`), so
 * it is the same union; the covered areas are those the pieces had when the state was first met.
 */
import type { TileUnion } from './tile-union.js';

export type UnionState = { union: TileUnion; covered: Float64Array };

/** A bounded store of union states, the least recently used dropped first. */
export class UnionStates {
  private readonly states = new Map<string, UnionState>();
  private readonly ids = new WeakMap<object, number>();
  private nextId = 1;

  /** @param capacity states kept (0: none). */
  constructor(private readonly capacity: number) {}

  /** A number for a footprint or a union shape, the same for the same object and never given to another. */
  id(o: object): number {
    let id = this.ids.get(o);
    if (id === undefined) this.ids.set(o, (id = this.nextId++));
    return id;
  }

  get(key: string): UnionState | undefined {
    const s = this.states.get(key);
    if (s) {
      this.states.delete(key);
      this.states.set(key, s);
    }
    return s;
  }

  set(key: string, state: UnionState): void {
    if (this.capacity === 0) return;
    this.states.set(key, state);
    if (this.states.size > this.capacity) this.states.delete(this.states.keys().next().value!);
  }

  /** Forgets every state (when the tiles' pieces change). */
  clear(): void {
    this.states.clear();
  }
}
