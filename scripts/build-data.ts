/**
 * `npm run data`: builds the app's data from the raw Hà Nội files (see scripts/pipeline/options.ts for
 * flags), then the offline label glyphs. Prints progress and every problem; exits 1 on any error.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseOptions, REPO_ROOT } from './pipeline/options.js';
import { hashInputs, runPipeline } from './pipeline/run.js';
import { buildGlyphs } from './glyphs.js';
import { storeAnalysis } from './pipeline/stored-analysis.js';
import type { Manifest } from '../src/domain/report.js';
import { errorMessage } from '../src/domain/errors.js';

const log = (line: string) => console.log(`[data] ${line}`);

async function main(): Promise<number> {
  const opts = parseOptions(process.argv.slice(2));
  const inputHash = hashInputs(opts, REPO_ROOT);
  const manifestPath = path.join(opts.outDir, 'manifest.json');
  const glyphsPresent = fs.existsSync(path.join(opts.glyphsDir, 'Noto Sans Regular', '0-255.pbf'));
  if (opts.ifStale && fs.existsSync(manifestPath) && glyphsPresent) {
    const old = JSON.parse(fs.readFileSync(manifestPath, 'utf8')) as Manifest;
    const stored = old.stored ? [old.stored.index, old.stored.firstView, ...old.stored.dates] : null;
    const allThere =
      stored !== null && [...old.layers, ...stored].every((l) => fs.existsSync(path.join(opts.outDir, l.file)));
    if (old.inputHash === inputHash && allThere) {
      log(`up to date (${old.layers.length} layers in ${path.relative(REPO_ROOT, opts.outDir)})`);
      return 0;
    }
    log('inputs or pipeline changed: rebuilding');
  }
  const t0 = performance.now();
  log(`raw data: ${opts.dataDir}`);
  const { manifest, issues } = await runPipeline(opts, inputHash, log);
  const g = await buildGlyphs(opts.glyphsDir);
  log(`glyphs: ${g.fontstacks.join(', ')}: ${g.files} range files, ${g.glyphs} glyphs`);

  const errors = issues.filter((i) => i.severity === 'error');
  const warnings = issues.filter((i) => i.severity === 'warning');
  for (const w of warnings) console.warn(`[data] warning: ${w.message}`);
  for (const e of errors) console.error(`[data] error: ${e.message}`);
  log(
    `${manifest.layers.length} layers written in ${((performance.now() - t0) / 1000).toFixed(1)} s; ${errors.length} errors, ${warnings.length} warnings`,
  );
  if (errors.length > 0) {
    // A run with errors must not look fresh to --if-stale.
    fs.rmSync(manifestPath, { force: true });
    return 1;
  }
  // The app and the command line start on the stored analysis (see scripts/pipeline/stored-analysis.ts).
  manifest.stored = await storeAnalysis(opts.outDir, manifest, new Date().toISOString().slice(0, 10), log);
  fs.writeFileSync(manifestPath, JSON.stringify(manifest, null, 2));
  log(`done in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(`[data] failed: ${errorMessage(err)}`);
    process.exit(1);
  },
);
