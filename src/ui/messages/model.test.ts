import { describe, expect, it } from 'vitest';
import { PATH_LOSS_MODEL_IDS } from '../../analysis/coverage/path-loss.js';
import { MODEL_MESSAGES } from './model.js';

describe('model messages', () => {
  it('name every error of a parameters file and every path-loss model', () => {
    for (const key of ['range', 'type', 'unknown', 'enum', 'integer', 'notObject'])
      expect(MODEL_MESSAGES.vi).toHaveProperty(`model.params.error.${key}`);
    for (const id of PATH_LOSS_MODEL_IDS) expect(MODEL_MESSAGES.en).toHaveProperty(`model.pathLoss.${id}`);
  });

  it('say what the indoor level means for a resident', () => {
    expect(MODEL_MESSAGES.vi['model.level.indoor.meaning']).toContain('5 m');
    expect(MODEL_MESSAGES.en['model.level.indoor.meaning']).toContain('5 m');
  });
});
