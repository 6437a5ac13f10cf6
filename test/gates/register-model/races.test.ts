/**
 * Push races and interrupted registrations, against real git with a bare
 * repository as origin.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { spawn, execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeFixture, remoteTags, sh, type Fixture } from '../../registry/helpers/git-fixture.js';
import { ctxFor, runGate } from './helpers.js';
import { recordFromMessage } from '../../../src/registry/record.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const NODE24 = path.resolve(here, '../../../node_modules/node/bin/node');
const HOOKS = path.resolve(here, '../../registry/helpers/ts-register.mjs');
const CHILD = path.resolve(here, '../../registry/helpers/register-child.ts');

let fx: Fixture;
beforeEach(() => {
  fx = makeFixture();
});
afterEach(() => fx.cleanup());

function remoteRecords() {
  const out = new Map<string, ReturnType<typeof recordFromMessage>>();
  for (const tag of remoteTags(fx).keys()) {
    out.set(tag, recordFromMessage(sh(fx.origin, ['tag', '-l', '--format=%(contents)', tag])));
  }
  return out;
}

describe('eight registrations at once against one bare remote', () => {
  it('end with eight distinct versions, none lost, each on its own commit', async () => {
    const clones = Array.from({ length: 8 }, (_, i) => {
      const dir = fx.clone(`job-${i}`);
      fx.write('model/weights.bin', `weights of job ${i}\n`, dir);
      return dir;
    });
    const results = await Promise.all(clones.map((dir) => runGate({ name: 'churn', path: 'model' }, ctxFor(dir))));
    const versions = results.map((r) => r.outputs.version).sort();
    expect(versions).toEqual(['v0.0.1', 'v0.0.2', 'v0.0.3', 'v0.0.4', 'v0.0.5', 'v0.0.6', 'v0.0.7', 'v0.0.8']);
    const tags = remoteTags(fx);
    expect(tags.size).toBe(8);
    expect(new Set(tags.values()).size).toBe(8); // GTO finds a version by its commit: one commit each
    const recs = remoteRecords();
    // Every job's files are in exactly one version, and each tag holds the record of the job that pushed it.
    const shas = new Set([...recs.values()].map((r) => r!.sha256));
    expect(shas.size).toBe(8);
    for (const r of results) expect(recs.get(r.outputs.tag)!.sha256).toBe(r.outputs.sha256);
    expect(results.some((r) => (r.report.checks[0].message ?? '').includes('attempts'))).toBe(true);
  });

  it('eight jobs registering the same files end with one version', async () => {
    const clones = Array.from({ length: 8 }, (_, i) => {
      const dir = fx.clone(`same-${i}`);
      fx.write('model/weights.bin', 'identical\n', dir);
      return dir;
    });
    const results = await Promise.all(clones.map((dir) => runGate({ name: 'churn', path: 'model' }, ctxFor(dir))));
    expect(new Set(results.map((r) => r.outputs.version))).toEqual(new Set(['v0.0.1']));
    expect([...remoteTags(fx).keys()]).toEqual(['churn@v0.0.1']);
  });
});

/** A `git` that announces one subcommand by creating a file, then waits before running it. */
function pausingGit(dir: string): string {
  mkdirSync(dir, { recursive: true });
  const real = execFileSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).trim();
  const script = path.join(dir, 'git');
  writeFileSync(
    script,
    `#!/bin/sh\nif [ "$1" = "$PAUSE_AT" ]; then : > "$PAUSE_MARKER"; sleep 30; fi\nexec "${real}" "$@"\n`,
  );
  chmodSync(script, 0o755);
  return dir;
}

async function killAt(step: string, work: string, bin: string): Promise<void> {
  const marker = path.join(fx.root, `paused-${step}`);
  const child = spawn(NODE24, ['--import', HOOKS, CHILD, work, 'churn', 'model'], {
    env: { ...process.env, PATH: `${bin}:${process.env.PATH}`, PAUSE_AT: step, PAUSE_MARKER: marker },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
  const deadline = Date.now() + 30_000;
  while (!existsSync(marker)) {
    if (child.exitCode !== null) throw new Error(`child ended before reaching ${step}: ${stderr}`);
    if (Date.now() > deadline) throw new Error(`child never reached ${step}: ${stderr}`);
    await new Promise((r) => setTimeout(r, 20));
  }
  process.kill(-child.pid!, 'SIGKILL'); // the whole process group: node and its git
  await exited;
}

describe('a registration killed midway', () => {
  it('leaves no half-made version, locally or on the remote, and the next registration proceeds', async () => {
    fx.write('model/weights.bin', 'first\n');
    await runGate({ name: 'churn', path: 'model' }, ctxFor(fx.work));
    fx.write('model/weights.bin', 'second\n');
    const bin = pausingGit(path.join(fx.root, 'bin'));
    // Killed after the record, commit and tag object were written, before publishing them.
    await killAt('push', fx.work, bin);
    // Killed earlier, while writing the tag object.
    await killAt('mktag', fx.work, bin);
    expect([...remoteTags(fx).keys()]).toEqual(['churn@v0.0.1']);
    expect(sh(fx.work, ['tag', '-l']).trim().split('\n')).toEqual(['churn@v0.0.1']);
    for (const rec of remoteRecords().values()) expect(rec?.files.length).toBe(1);
    const next = await runGate({ name: 'churn', path: 'model' }, ctxFor(fx.work));
    expect(next.outputs.version).toBe('v0.0.2');
    expect(next.report.existing).toBe(false);
    sh(fx.origin, ['fsck', '--no-dangling']);
  });
});
