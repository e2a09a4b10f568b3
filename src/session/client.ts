/**
 * The coverage worker's client: the typed channel of rpc.ts over the coverage API. `spawnCoverageWorker` starts
 * the real module worker (Vite bundles it from this `new URL(…, import.meta.url)`); tests pass a fake.
 */
import type { CoverageApi, CoverageEvents } from '../worker/protocol.js';
import type { RpcClient, WorkerLike } from '../worker/rpc.js';

export type CoverageClient = RpcClient<CoverageApi, CoverageEvents>;

export function spawnCoverageWorker(): WorkerLike {
  return new Worker(new URL('../worker/coverage.worker.ts', import.meta.url), { type: 'module' });
}
