// register-model on a 1 GiB model directory (8 files of 128 MiB and 2,000
// small ones), against coreutils computing the same manifest hash
// (`find | sort | sha256sum` of every file, then of the listing), in one run:
// wall time and peak memory as ratios (peer ÷ modelgate: above 1 means
// modelgate wins), and both manifest hashes compared. modelgate's time also
// includes the git work: fetching tags, the registration commit, the tag and
// the push to a bare origin.
import { execFileSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { measure, row, NODE, NODE_VERSION } from './measure.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const bigFiles = Number(process.env.BENCH_BIG_FILES ?? 8);
const bigMB = Number(process.env.BENCH_BIG_MB ?? 128);
const smallFiles = Number(process.env.BENCH_SMALL_FILES ?? 2000);
const model = join(root, 'bench/data', `register-model-${bigFiles}x${bigMB}-${smallFiles}`);

/** Deterministic bytes (xorshift32), written in 1 MiB chunks. */
async function generate() {
  mkdirSync(join(model, 'shards'), { recursive: true });
  mkdirSync(join(model, 'vocab'), { recursive: true });
  let s = 2463534242;
  const chunk = Buffer.alloc(1 << 20);
  const fill = () => {
    for (let i = 0; i < chunk.length; i += 4) {
      s ^= s << 13;
      s ^= s >>> 17;
      s ^= s << 5;
      chunk.writeUInt32LE(s >>> 0, i);
    }
  };
  for (let f = 0; f < bigFiles; f++) {
    const out = createWriteStream(join(model, 'shards', `shard-${String(f).padStart(3, '0')}.bin`));
    for (let m = 0; m < bigMB; m++) {
      fill();
      if (!out.write(Buffer.from(chunk))) await once(out, 'drain');
    }
    out.end();
    await once(out, 'finish');
  }
  for (let f = 0; f < smallFiles; f++) writeFileSync(join(model, 'vocab', `part-${f}.txt`), `token-${f}\n`.repeat(1 + (f % 50)));
}

if (!existsSync(model)) {
  console.log(`generating ${model} ...`);
  await generate();
}
const cli = join(resolve(root, process.env.MODELGATE_DIST ?? 'dist'), 'cli.js');
if (!existsSync(cli)) throw new Error(`${cli} not found: npm run build -- --out <dir>, then MODELGATE_DIST=<dir>`);

const work = mkdtempSync(join(tmpdir(), 'modelgate-bench-registry-'));
try {
  const git = (cwd, ...args) => execFileSync('git', args, { cwd, stdio: 'pipe' });
  git(work, 'init', '-q', '--bare', 'origin.git');
  git(work, 'clone', '-q', 'origin.git', 'repo');
  const repo = join(work, 'repo');
  git(repo, 'config', 'user.name', 'bench');
  git(repo, 'config', 'user.email', 'bench@example.com');
  git(repo, 'commit', '-q', '--allow-empty', '-m', 'init');
  git(repo, 'push', '-q', 'origin', 'HEAD:main');
  symlinkSync(model, join(repo, 'model'));

  const ours = measure(NODE, [cli, 'register-model', '--name', 'bench', '--path', 'model', '--comment', 'never'], { cwd: repo });
  if (ours.status !== 0) throw new Error(`modelgate failed: ${ours.stderr}`);
  const report = JSON.parse(readFileSync(join(repo, 'modelgate-register-model.json'), 'utf8'));
  const peer = measure('sh', ['-c', 'cd model && find -L . -type f | cut -c3- | LC_ALL=C sort | tr "\\n" "\\0" | xargs -0 sha256sum | sha256sum'], { cwd: repo });
  const peerHash = peer.stdout.split(' ')[0];

  console.log(`model: ${bigFiles} × ${bigMB} MiB + ${smallFiles} small files; modelgate on Node ${NODE_VERSION}`);
  console.log(`${''.padEnd(34)} ${'modelgate'.padStart(9)} ${'sha256sum'.padStart(9)}   ratio`);
  console.log(row('wall time (s)', ours.seconds, peer.seconds));
  console.log(row('peak memory (MB)', ours.peakMB, peer.peakMB));
  console.log(`manifest hash: modelgate ${report.registration.sha256}`);
  console.log(`               sha256sum ${peerHash} ${peerHash === report.registration.sha256 ? '(same)' : '(DIFFERENT)'}`);
  if (peerHash !== report.registration.sha256) process.exitCode = 1;
} finally {
  rmSync(work, { recursive: true, force: true });
}
