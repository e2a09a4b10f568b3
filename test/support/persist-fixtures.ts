/**
 * Builders and database harnesses for the persistence tests (not a test file itself). Every harness starts from an
 * empty database of its own, so tests share no state.
 */
import type { Feature, LineString } from 'geojson';
import { IDBFactory } from 'fake-indexeddb';
import type { ImportedCoverage } from '../../src/analysis/engine/engine.js';
import type { CableSegmentProps, Site } from '../../src/domain/telecom.js';
import type { ImportReport } from '../../src/data/import/types.js';
import { memoryAppDb, type AppDb } from '../../src/data/persist/app-db.js';
import { openAppDb } from '../../src/data/persist/indexed-db.js';
import type { PlanStep, StoredImport, StoredPlan } from '../../src/data/persist/schema.js';

/** A database and a way to open it again as after a reload (IndexedDB: a new connection on the same factory). */
export type Harness = { open(): Promise<AppDb>; reopen(db: AppDb): Promise<AppDb> };

/** Both `AppDb` implementations, to run one suite against each. */
export const IMPLEMENTATIONS: { name: string; start(): Harness }[] = [
  {
    name: 'IndexedDB',
    start() {
      const factory = new IDBFactory();
      return {
        open: () => openAppDb({ factory }),
        reopen: async (db) => {
          db.close();
          return openAppDb({ factory });
        },
      };
    },
  },
  {
    name: 'memory',
    start() {
      // Nothing survives a reload here by design: "reopening" is the same instance.
      const db = memoryAppDb();
      return { open: async () => db, reopen: async () => db };
    },
  },
];

/** A candidate site of the plan; every field set, with `overrides` on top. */
export function createSite(overrides: Partial<Site> = {}): Site {
  return {
    id: 'plan-1',
    operator: 'viettel',
    lng: 105.8342,
    lat: 21.0278,
    technologies: ['4G', '5G'],
    bands: ['B3', 'n78'],
    heightM: 32.5,
    azimuthsDeg: [0, 120, 240],
    onAir: null,
    onAir5g: null,
    rangeM: null,
    sample: false,
    ...overrides,
  };
}

/** A plan of three sites (omni, ranged, dated) with one undo and one redo step. */
export function createPlan(): StoredPlan {
  const a = createSite();
  const b = createSite({
    id: 'plan-2',
    operator: 'vnpt',
    azimuthsDeg: [],
    technologies: ['4G'],
    bands: ['B1'],
    rangeM: 850,
  });
  const c = createSite({
    id: 'plan-3',
    operator: 'mobifone',
    onAir: '2024-03-01',
    onAir5g: '2025-01-15',
    azimuthsDeg: [45.5, 300],
  });
  const undo: PlanStep[] = [{ label: 'Move site plan-1', before: [createSite({ lng: 105.83 })], after: [a] }];
  const redo: PlanStep[] = [{ label: 'Add site plan-4', before: [], after: [createSite({ id: 'plan-4' })] }];
  return { sites: [a, b, c], undo, redo, nextId: 5 };
}

/** The report of a site file with one rejected row. */
export function createImportReport(source = 'sites.csv'): ImportReport {
  return {
    source,
    format: 'project-csv',
    delimiter: ';',
    decimalSeparator: ',',
    coordinates: {
      system: 'wgs84',
      forced: false,
      reason: 'row 2: degrees',
      reasonVi: 'dòng 2: độ',
      wgs84Rows: 3,
      vn2000Rows: 0,
      northingFirstRows: 0,
      heldRows: 0,
      heldSample: [],
      declared: null,
    },
    mapping: null,
    encoding: null,
    rows: 3,
    accepted: 2,
    rejected: [
      {
        severity: 'error',
        rule: 'lat-range',
        file: source,
        index: 4,
        key: 'S3',
        message: `${source}: row 4 (id "S3"): lat 99 is outside Hà Nội`,
      },
    ],
    rejectedRows: 1,
    fileErrors: [],
    warnings: [],
    leftOut: 0,
    merged: 0,
  };
}

/** A site import. */
export function createSitesImport(overrides: Partial<StoredImport & { kind: 'sites' }> = {}): StoredImport {
  return {
    id: 'imp-sites',
    kind: 'sites',
    fileName: 'sites.csv',
    importedAt: '2025-06-01T08:00:00.000Z',
    mode: 'join',
    sites: [
      createSite({ id: 'S1', sample: false, onAir: '2020-05-05' }),
      createSite({ id: 'S2', rangeM: 1200, azimuthsDeg: [] }),
    ],
    report: createImportReport(),
    ...overrides,
  };
}

/** A coverage import: a MultiPolygon with a hole and a Polygon. */
export function createCoverageImport(): StoredImport {
  const coverage: ImportedCoverage[] = [
    {
      operator: 'viettel',
      tech: '5G',
      geometry: {
        type: 'MultiPolygon',
        coordinates: [
          [
            [
              [105.8, 21.0],
              [105.9, 21.0],
              [105.9, 21.1],
              [105.8, 21.1],
              [105.8, 21.0],
            ],
            [
              [105.82, 21.02],
              [105.82, 21.04],
              [105.84, 21.04],
              [105.84, 21.02],
              [105.82, 21.02],
            ],
          ],
          [
            [
              [106.0, 21.0],
              [106.05, 21.0],
              [106.05, 21.05],
              [106.0, 21.0],
            ],
          ],
        ],
      },
    },
    {
      operator: 'vnpt',
      tech: '4G',
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [105.7, 20.9],
            [105.75, 20.9],
            [105.75, 20.95],
            [105.7, 20.9],
          ],
        ],
      },
    },
  ];
  return {
    id: 'imp-coverage',
    kind: 'coverage',
    fileName: 'viettel-5g.geojson',
    importedAt: '2025-06-02T08:00:00.000Z',
    mode: 'replace',
    coverage,
    report: { accepted: 2, issues: [], repairs: { duplicateVertices: 1, ringsClosed: 0, ringsRewound: 2 } },
  };
}

/** A cable import of two segments. */
export function createCablesImport(): StoredImport {
  const cable = (id: string, doneDate: string | null): Feature<LineString, CableSegmentProps> => ({
    type: 'Feature',
    geometry: {
      type: 'LineString',
      coordinates: [
        [105.85, 21.02],
        [105.851, 21.021],
        [105.853, 21.0205],
      ],
    },
    properties: {
      id,
      status: doneDate === null ? 'planned-2025' : 'done',
      highway: 'primary',
      lengthM: 312.4,
      doneDate,
      sample: false,
    },
  });
  return {
    id: 'imp-cables',
    kind: 'cables',
    fileName: 'cables.geojson',
    importedAt: '2025-06-03T08:00:00.000Z',
    mode: 'join',
    cables: [cable('c1', '2024-11-30'), cable('c2', null)],
    report: { accepted: 2, issues: [], repairs: null },
  };
}

/** Counts the writes (`put`) made through `inner`, and the most at once; `gate` can hold each write back. */
export function countWrites(
  inner: AppDb,
  gate: () => Promise<void> = async () => undefined,
): { db: AppDb; writes: unknown[]; maxInFlight: () => number } {
  const writes: unknown[] = [];
  let inFlight = 0;
  let max = 0;
  const db: AppDb = {
    persistent: inner.persistent,
    get: (store, key) => inner.get(store, key),
    entries: (store) => inner.entries(store),
    async put(store, key, value) {
      writes.push(value);
      max = Math.max(max, ++inFlight);
      try {
        await gate();
        await inner.put(store, key, value);
      } finally {
        inFlight--;
      }
    },
    delete: (store, key) => inner.delete(store, key),
    clear: (store) => inner.clear(store),
    close: () => inner.close(),
  };
  return { db, writes, maxInFlight: () => max };
}
