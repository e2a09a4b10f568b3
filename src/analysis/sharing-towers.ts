/**
 * Towers: which sites stand on one mast (or rooftop), whatever their operator. Pure; runs in a Worker and in Node.
 *
 * - **By tower id.** A site that carries a tower id (an import's `tower_id`: the mast's id in a shared register,
 *   compared as trimmed text) stands on the tower of that id, however far from the tower's other sites: a file
 *   that names its towers is trusted over distance. Sites with an id never join sites without one.
 * - **By distance.** The other sites are grouped by complete linkage (Sørensen 1948; Everitt et al., "Cluster
 *   Analysis", 5th ed., 2011, § 4.2) with a threshold of {@link TOWER_DISTANCE_M}: two groups merge only when
 *   every site of one is within the threshold of every site of the other, so a tower's sites are all within the
 *   threshold of each other (its diameter is at most the threshold) and a line of sites 25 m apart never becomes
 *   one long tower, as single linkage (union-find on close pairs) would make it. The closest pair of groups
 *   merges first (their largest distance, rounded to the millimetre); ties go to the pair of groups whose first
 *   sites come first by id, so a run gives the same towers whatever the input order.
 *
 * Distances are geodesic on the WGS84 ellipsoid (geodesy.ts); the equal-area plane only buckets the sites into
 * cells one threshold wide, so that only sites in neighbouring cells are compared.
 */
import { distanceM } from './geodesy.js';
import { HANOI_LAEA } from './projection.js';
import { OPERATORS, type Operator, type Site } from '../domain/telecom.js';
import { BinaryHeap } from './binary-heap.js';

/**
 * Sites of different operators closer than this, metres (geodesic), are taken to stand on one tower. Why 30 m:
 * two operators' records of one mast differ by their survey and rounding errors. A position rounded to 4 decimals
 * is up to 7.6 m off at Hà Nội's latitude (half the diagonal of a 0.0001° cell, 11.1 m × 10.4 m), and a
 * hand-held GNSS fix about 5 m (95 %) under open sky, more among buildings: two records of one mast may lie
 * 20–25 m apart. Distinct masts of one operator stand hundreds of metres apart even downtown (inter-site
 * distances of 200–500 m), and a mast 30 m from another is a candidate for sharing anyway. The same threshold
 * groups OpenCelliD cells into sites (opencellid-grouping.ts).
 */
export const TOWER_DISTANCE_M = 30;

/**
 * What tower detection reads of a site; `towerId` is `Site.towerId`, an import's tower id (null, empty or absent:
 * none), so that a `Site` is a `TowerSite` as it is.
 */
export type TowerSite = Pick<Site, 'id' | 'operator' | 'lng' | 'lat'> & { towerId?: string | null };

/** How sites are grouped into towers. */
export type TowerOptions = {
  /** Largest distance, metres (geodesic), between two sites of one tower found by distance. @default 30 */
  distanceM: number;
};

/** Default tower options. */
export const TOWER_DEFAULTS: Readonly<TowerOptions> = { distanceM: TOWER_DISTANCE_M };

/**
 * A tower: its sites (by id, ascending), their operators (distinct, in `OPERATORS` order), and its position
 * `[lng, lat]` degrees, the mean of its sites' positions. `id` is the given tower id, or `near-<first site id>`
 * for a tower found by distance. `shared` is true when it carries two operators or more.
 */
export type Tower = {
  id: string;
  lng: number;
  lat: number;
  siteIds: string[];
  operators: Operator[];
  shared: boolean;
  by: 'tower-id' | 'distance';
};

/** The towers of `sites` (see the module comment), ordered by their first site's id. */
export function detectTowers(sites: readonly TowerSite[], options: Partial<TowerOptions> = {}): Tower[] {
  const { distanceM: limitM } = { ...TOWER_DEFAULTS, ...options };
  // Ranks by id (then position and operator, for repeated ids): the order ties are broken in.
  const order = sites.map((_, i) => i).sort((a, b) => compareSites(sites[a]!, sites[b]!));
  const sorted = order.map((i) => sites[i]!);
  const groups: number[][] = [];
  const byId = new Map<string, number[]>();
  const free: number[] = [];
  sorted.forEach((s, r) => {
    const id = s.towerId?.trim() ?? '';
    if (id === '') free.push(r);
    else if (byId.has(id)) byId.get(id)!.push(r);
    else byId.set(id, [r]);
  });
  groups.push(...byId.values(), ...completeLinkage(sorted, free, limitM));
  groups.sort((a, b) => a[0]! - b[0]!);
  return groups.map((ranks) => towerOf(ranks.map((r) => sorted[r]!)));
}

function compareSites(a: TowerSite, b: TowerSite): number {
  if (a.id !== b.id) return a.id < b.id ? -1 : 1;
  return a.lng - b.lng || a.lat - b.lat || OPERATORS.indexOf(a.operator) - OPERATORS.indexOf(b.operator);
}

function towerOf(members: readonly TowerSite[]): Tower {
  const ops = new Set(members.map((s) => s.operator));
  const given = members[0]!.towerId?.trim() ?? '';
  return {
    id: given !== '' ? given : `near-${members[0]!.id}`,
    lng: members.reduce((sum, s) => sum + s.lng, 0) / members.length,
    lat: members.reduce((sum, s) => sum + s.lat, 0) / members.length,
    siteIds: members.map((s) => s.id),
    operators: OPERATORS.filter((o) => ops.has(o)),
    shared: ops.size >= 2,
    by: given !== '' ? 'tower-id' : 'distance',
  };
}

/** Pairs of ranks (`a` < `b`) within `limitM` of each other, with their distance in whole millimetres. */
function closePairs(sites: readonly TowerSite[], ranks: readonly number[], limitM: number): [number, number, number][] {
  // The plane's scale differs from the ellipsoid's by under 0.01 % within 100 km of Hà Nội: a 1 % wider cell
  // keeps every close pair in neighbouring cells.
  const cellM = limitM * 1.01;
  // Cells keyed by one number (column and row offset by 2^20: ±31,000 km of 30 m cells).
  const keyOf = (i: number, j: number) => (i + 2 ** 20) * 2 ** 21 + (j + 2 ** 20);
  const cells = new Map<number, number[]>();
  const planeOf = new Map<number, [number, number]>();
  for (const r of ranks) {
    const [x, y] = HANOI_LAEA.forward([sites[r]!.lng, sites[r]!.lat]);
    planeOf.set(r, [x, y]);
    const key = keyOf(Math.floor(x / cellM), Math.floor(y / cellM));
    if (cells.has(key)) cells.get(key)!.push(r);
    else cells.set(key, [r]);
  }
  const pairs: [number, number, number][] = [];
  for (const a of ranks) {
    const [xa, ya] = planeOf.get(a)!;
    const [i, j] = [Math.floor(xa / cellM), Math.floor(ya / cellM)];
    const pa = [sites[a]!.lng, sites[a]!.lat];
    for (let di = -1; di <= 1; di++)
      for (let dj = -1; dj <= 1; dj++)
        for (const b of cells.get(keyOf(i + di, j + dj)) ?? []) {
          const [xb, yb] = planeOf.get(b)!;
          // The plane distance is within 1 % of the geodesic one: only near pairs are measured on the ellipsoid.
          if (b <= a || Math.hypot(xb - xa, yb - ya) > cellM) continue;
          const d = distanceM(pa, [sites[b]!.lng, sites[b]!.lat]);
          if (d <= limitM) pairs.push([Math.round(d * 1000), a, b]);
        }
  }
  return pairs;
}

/**
 * Complete-linkage groups of the sites at `ranks` (each group's ranks ascending). Groups are named by their
 * first (lowest) rank; `links` holds, for each pair of groups that may still merge, their largest distance (mm).
 */
function completeLinkage(sites: readonly TowerSite[], ranks: readonly number[], limitM: number): number[][] {
  const members = new Map<number, number[]>(ranks.map((r) => [r, [r]]));
  const links = new Map<number, Map<number, number>>();
  // Closest pairs first: `[mm, a, b]` in lexicographic order.
  const heap = new BinaryHeap<[number, number, number]>((p, q) =>
    p[0] !== q[0] ? p[0] < q[0] : p[1] !== q[1] ? p[1] < q[1] : p[2] < q[2],
  );
  const link = (a: number, b: number, mm: number) => {
    if (!links.has(a)) links.set(a, new Map());
    if (!links.has(b)) links.set(b, new Map());
    links.get(a)!.set(b, mm);
    links.get(b)!.set(a, mm);
    heap.push([mm, Math.min(a, b), Math.max(a, b)]);
  };
  for (const [mm, a, b] of closePairs(sites, ranks, limitM)) link(a, b, mm);
  for (let top = heap.pop(); top; top = heap.pop()) {
    const [mm, a, b] = top;
    // A stale entry: one group was merged away, or the pair's distance grew with a merge.
    if (links.get(a)?.get(b) !== mm) continue;
    const la = links.get(a)!;
    const lb = links.get(b)!;
    la.delete(b);
    lb.delete(a);
    // Group a takes b's sites; it stays linked only to groups close to every site of both.
    for (const [c, mmA] of [...la]) {
      links.get(c)!.delete(a);
      la.delete(c);
      const mmB = lb.get(c);
      if (mmB !== undefined) link(a, c, Math.max(mmA, mmB));
    }
    for (const c of lb.keys()) links.get(c)!.delete(b);
    links.delete(b);
    members.get(a)!.push(...members.get(b)!);
    members.delete(b);
  }
  return [...members.values()].map((m) => m.sort((x, y) => x - y));
}
