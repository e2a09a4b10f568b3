/**
 * A thread that cuts one share of the area index's tiles (index-parallel.ts) for the analysis worker, which starts
 * it only when the index must be built (no stored index, or one of other boundaries). One request, one answer.
 */
import { serveIndexPart } from './index-threads.js';

serveIndexPart(self);
