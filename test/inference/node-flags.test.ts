// The service's node flags (inference/node-flags.ts) reach it from every launcher, node accepts
// them, and a service started without them says so.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { INFERENCE_NODE_FLAGS, missingNodeFlags } from '../../inference/node-flags.js';

const root = new URL('../../', import.meta.url);
const read = (file: string) => readFileSync(new URL(file, root), 'utf8');

/** Starts inference/main.ts with `flags` and a port it refuses, so it stops right after its first log lines. */
async function startOutput(flags: readonly string[]): Promise<string> {
  const main = new URL('inference/main.ts', root).pathname;
  // Only what the run needs: a developer's own INFERENCE_* or NODE_OPTIONS must not change it.
  const env = { PATH: process.env.PATH ?? '', INFERENCE_PORT: '70000', NODE_ENV: 'production', LOG_LEVEL: 'info' };
  const error = await promisify(execFile)(process.execPath, [...flags, '--import', 'tsx', main], { env, timeout: 20_000 }).then(
    () => assert.fail('the service started on an invalid port'),
    (e: { code: number; stdout: string; stderr: string }) => e,
  );
  assert.equal(error.code, 1);
  return error.stdout + error.stderr;
}

describe('inference node flags', () => {
  it('are on every launcher of the service', () => {
    const cmd = /^CMD (\[.*\])$/m.exec(read('Dockerfile.inference'))?.[1];
    assert.ok(cmd, 'Dockerfile.inference has an exec-form CMD');
    const argv = JSON.parse(cmd) as string[];
    assert.deepEqual(argv.slice(1, -1), [...INFERENCE_NODE_FLAGS], 'flags between node and the script');
    const script = (JSON.parse(read('package.json')) as { scripts: Record<string, string> }).scripts['start:inference']!.split(' ');
    for (const flag of INFERENCE_NODE_FLAGS) {
      const at = script.indexOf(flag);
      assert.ok(at > 0 && at < script.indexOf('inference/main.ts'), `start:inference passes ${flag} to node, before the script`);
    }
    for (const file of ['scripts/start-all.ts', 'bench/run.ts']) assert.match(read(file), /INFERENCE_NODE_FLAGS\)|\.\.\.INFERENCE_NODE_FLAGS\]/, `${file} passes the flags`);
  });

  it('names the flags a process was started without', () => {
    assert.deepEqual(missingNodeFlags(['--import', 'tsx'], ''), [...INFERENCE_NODE_FLAGS]);
    assert.deepEqual(missingNodeFlags(['--import', 'tsx', ...INFERENCE_NODE_FLAGS], ''), []);
    // Given another way, or with another value on purpose: not missing.
    assert.deepEqual(missingNodeFlags(['--single-threaded-gc', '--no-regexp-tier-up'], '--max-semi-space-size=8'), []);
    assert.deepEqual(missingNodeFlags(['--single_threaded_gc', '--max_semi_space_size=32', '--no_regexp_tier_up'], ''), []);
    assert.deepEqual(missingNodeFlags(['--max-semi-space-size=16'], ''), ['--single-threaded-gc', '--no-regexp-tier-up']);
  });

  it('are accepted by node, and a service started without them warns', async function () {
    this.timeout(30_000);
    const withFlags = await startOutput(INFERENCE_NODE_FLAGS);
    assert.match(withFlags, /INFERENCE_PORT/, 'the run reached the configuration check');
    assert.doesNotMatch(withFlags, /started without the node flags/);
    const without = await startOutput([]);
    const warning = without.split('\n').find((line) => line.includes('started without the node flags'));
    assert.ok(warning?.includes(INFERENCE_NODE_FLAGS.join(' ')), `the warning names every flag: ${warning}`);
  });
});
