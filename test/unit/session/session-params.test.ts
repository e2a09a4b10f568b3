/**
 * The model's parameters in the session (params-sync.ts) against the scripted fake worker: what `setParams`
 * requests the store's parameters make, and that a restarted worker is told them again.
 */
import { describe, expect, it } from 'vitest';
import { setup, until } from '../../support/session-harness.js';

const sentParams = (log: readonly string[]) => log.filter((l) => l.startsWith('params'));

describe('session and the model parameters', () => {
  it('sends nothing while the parameters are the defaults', async () => {
    const { store, session, log } = setup();
    await until(() => store.getState().analysis.status === 'ready', 'first results');
    store.getState().paramsChosen({ edgeProbability: 0.9 });
    store.getState().asOfChosen('2024-12-31');
    await until(() => log.includes('asOf 2024-12-31'), 'a later request');
    expect(sentParams(log)).toEqual([]);
    session.destroy();
  });

  it('sends parameters chosen before the first results once they arrive, then each change', async () => {
    const { store, session, log } = setup();
    store.getState().paramsChosen({ edgeProbability: 0.8 });
    await until(() => sentParams(log).length === 1, 'parameters sent');
    await until(() => store.getState().analysis.status === 'ready', 'figures under the parameters');
    store.getState().paramsReset();
    await until(() => sentParams(log).length === 2, 'reset sent');
    expect(sentParams(log)).toEqual(['params {"edgeProbability":0.8}', 'params {}']);
    session.destroy();
  });

  it('tells a restarted worker the parameters again', async () => {
    const { store, session, log, workers } = setup();
    store.getState().paramsChosen({ edgeProbability: 0.8 });
    await until(() => sentParams(log).length === 1 && store.getState().analysis.status === 'ready', 'sent');
    workers[0]!.crash('out of memory');
    await until(() => sentParams(log).length === 2, 'sent again');
    expect(log.filter((l) => l === 'init' || l.startsWith('params'))).toEqual([
      'init',
      'params {"edgeProbability":0.8}',
      'init',
      'params {"edgeProbability":0.8}',
    ]);
    session.destroy();
  });
});
