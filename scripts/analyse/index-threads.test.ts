/**
 * The area index built on Node worker threads (index-threads.ts) on the shared real-data build: the index one thread
 * builds, bit for bit; and `indexFor` takes a stored index that lists the data's areas, and builds instead of one
 * that does not, saying so.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { HANOI_DATA_DIR } from '../../test/support/data-dir.js';
import { sharedPipeline } from '../../test/setup/shared-pipeline.js';
import { buildAreaIndex, type AreaIndex } from '../../src/analysis/engine/area-index.js';
import { encodeAreaIndex } from '../../src/analysis/engine/index-codec.js';
import { createGrid } from '../../src/analysis/engine/tiles.js';
import { ENGINE_DEFAULTS } from '../../src/analysis/engine/types.js';
import { engineInputOf } from '../../src/analysis/engine-input.js';
import type { ServiceInput } from '../../src/analysis/service-types.js';
import { loadManifest } from '../../src/data/load-layers.js';
import { loadServiceInput } from '../../src/data/load-service-input.js';
import { folderDataSource } from './shipped-data.js';
import { IndexThreads, buildIndexOnThreads, indexFor, indexThreadCount } from './index-threads.js';

const hasData = fs.existsSync(HANOI_DATA_DIR);
const bytes = (index: AreaIndex) => encodeAreaIndex(index, { tileM: ENGINE_DEFAULTS.tileM });

describe.skipIf(!hasData)('the area index on worker threads', () => {
  let input: ServiceInput;
  let one: AreaIndex;
  let threads: IndexThreads;

  beforeAll(async () => {
    threads = new IndexThreads(2);
    const source = folderDataSource(sharedPipeline().dir);
    input = (await loadServiceInput(source, await loadManifest(source))).input;
    const { areas, population } = engineInputOf(input);
    one = buildAreaIndex(areas, population, createGrid(ENGINE_DEFAULTS.tileM));
  });
  afterAll(() => threads?.close());

  it('is the index one thread builds, bit for bit (three shares: two threads and this one)', async () => {
    // Each thread answers its share itself: none is cut here instead (the same index, but no threads).
    const said = vi.spyOn(console, 'error');
    const index = await buildIndexOnThreads(input, threads).finally(() => said.mockRestore());
    expect(said.mock.calls.filter((c) => String(c[0]).includes('cut on the main thread'))).toEqual([]);
    expect(index.partitionErrors).toEqual(one.partitionErrors);
    expect(Buffer.from(bytes(index)).equals(Buffer.from(bytes(one)))).toBe(true);
  });

  it('answers a share from a thread, and fails fast once a thread is given up on', async () => {
    const { areas, population } = engineInputOf(input);
    const request = { areas, units: population, tileM: ENGINE_DEFAULTS.tileM, shard: { index: 1, count: 2 } };
    const part = await threads.runners[0]!(request);
    expect(part.tiles.size).toBeGreaterThan(0);
    const given = new AbortController();
    const late = threads.runners[1]!(request, given.signal);
    given.abort(new Error('too slow'));
    await expect(late).rejects.toThrow('area index thread: given up (too slow)');
    await expect(threads.runners[1]!(request)).rejects.toThrow('given up');
  });

  it('takes a stored index that lists the areas as it is', async () => {
    await expect(indexFor(input, one)).resolves.toBe(one);
  });

  it('builds the index when the stored one lists other areas, and says why', async () => {
    const other: AreaIndex = { ...one, areas: one.areas.slice(1) };
    const said = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      const index = await indexFor(input, other);
      expect(index).not.toBe(other);
      expect(Buffer.from(bytes(index)).equals(Buffer.from(bytes(one)))).toBe(true);
      expect(said.mock.calls.map((c) => String(c[0])).join('\n')).toMatch(
        /stored area index: area 0 .* — the area index is built instead/,
      );
    } finally {
      said.mockRestore();
    }
  });

  it('keeps the process alive only while a thread loads or works: a process that forgets `close` still ends', () => {
    const script = [
      `import { IndexThreads } from ${JSON.stringify(path.join(import.meta.dirname, 'index-threads.ts'))};`,
      'const threads = new IndexThreads(1);',
      'await threads.started;',
      "console.log('started');",
    ].join('\n');
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'index-threads-')), 'forget.mts');
    fs.writeFileSync(file, script);
    const out = execFileSync(process.execPath, ['--import', 'tsx', file], { encoding: 'utf8', timeout: 120_000 });
    expect(out.trim()).toBe('started');
  });

  it('uses the cores beyond two, up to three threads', () => {
    expect([1, 2, 4, 16].map((cores) => indexThreadCount(cores))).toEqual([0, 0, 2, 3]);
  });
});
