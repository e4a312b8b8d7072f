// Issue 3's first acceptance point, run as `npm run train` runs: a training run on ../shared/datasets writes the
// committed model files byte for byte. Any change to what the extractor, the views or the featurizer give a
// training text changes the bytes (docs/ARCHITECTURE.md, "features of training pages do not change without a
// retrain"); this is the check that catches it. About a minute and a half on two cores.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { MODELS_DIR } from '../../inference/models/model-manifest.js';
import { DATASETS_DIR } from '../helpers/benign-pages.js';

const run = promisify(execFile);
const FILES = ['bags.onnx', 'heads.onnx', 'exemplars.json', 'manifest.json'];

describe('npm run train', function () {
  this.timeout(15 * 60_000);
  let out: string;

  before(function () {
    if (!existsSync(DATASETS_DIR)) this.skip();
    out = mkdtempSync(join(tmpdir(), 'stronghold-train-'));
  });

  after(() => {
    if (out !== undefined) rmSync(out, { recursive: true, force: true });
  });

  it('rebuilds the committed models byte for byte from ../shared/datasets', async () => {
    const script = new URL('../../training/train.ts', import.meta.url).pathname;
    await run(process.execPath, ['--import', 'tsx', script, '--data', DATASETS_DIR, '--out', out], { maxBuffer: 64 * 1024 * 1024 });
    for (const file of FILES) {
      const built = readFileSync(join(out, file));
      const committed = readFileSync(join(MODELS_DIR, file));
      assert.ok(built.equals(committed), `${file} differs from the committed one (${built.length} against ${committed.length} bytes)`);
    }
  });
});
