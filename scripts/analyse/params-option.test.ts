/**
 * `npm run analyse -- --params FILE.json`: a file with mistakes is refused before any data is loaded, each mistake
 * named (file, field, value, rule), exit code 2; the option resolves its path like the others.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseAnalyseArgs } from './args.js';
import { runAnalyse } from './run.js';

let tmp: string;
beforeEach(() => void (tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'analyse-params-'))));
afterEach(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** Runs the command with a parameters file holding `text`, on a data folder that does not exist. */
async function runWith(text: string): Promise<{ code: number; lines: string[] }> {
  fs.writeFileSync(path.join(tmp, 'bad.json'), text);
  const lines: string[] = [];
  const code = await runAnalyse(['--params', 'bad.json', '--data', path.join(tmp, 'no-data'), '--out', tmp], {
    stderr: (l) => lines.push(l),
    cwd: tmp,
  });
  return { code, lines };
}

describe('analyse --params', () => {
  it('refuses a file with values out of range, naming the file, field, value and rule', async () => {
    const { code, lines } = await runWith('{"edgeProbability": 1.2, "linkBudget": {"5G": {"txPowerDbm": 90}}}');
    expect(code).toBe(2);
    expect(lines).toEqual([
      '[analyse] bad.json: edgeProbability: 1.2 is not a number from 0.5 to 0.99',
      '[analyse] bad.json: linkBudget.5G.txPowerDbm: 90 is not a number from 20 to 60',
    ]);
  });

  it('refuses a file that does not exist, naming it', async () => {
    const lines: string[] = [];
    const code = await runAnalyse(['--params', 'missing.json', '--out', tmp], {
      stderr: (l) => lines.push(l),
      cwd: tmp,
    });
    expect(code).toBe(2);
    expect(lines[0]).toMatch(/^\[analyse\] missing\.json: cannot be read \(ENOENT/);
  });

  it('resolves the file against the working directory', () => {
    expect(parseAnalyseArgs(['--params', 'p.json'], '/work', '/data').paramsFile).toBe(path.resolve('/work', 'p.json'));
  });
});
