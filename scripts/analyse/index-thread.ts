/** A worker thread that cuts shares of the area index's tiles (see index-threads.ts), one per request. */
import { parentPort } from 'node:worker_threads';
import { indexPartOf, type IndexPartRequest } from '../../src/analysis/engine/index-parallel.js';
import { errorMessage } from '../../src/domain/errors.js';

parentPort!.on('message', (request: IndexPartRequest) => {
  try {
    parentPort!.postMessage({ part: indexPartOf(request) });
  } catch (err) {
    parentPort!.postMessage({ error: errorMessage(err) });
  }
});
parentPort!.postMessage({ ready: true });
