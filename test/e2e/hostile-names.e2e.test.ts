/**
 * Hostile names through every gate's action (issue #17 items 2 and 3), run
 * as the runner runs the committed dist/ against the fake GitHub:
 *
 * - Item 3: a column name, a group name and a category value (and the data
 *   file's path) that hold a line break followed by `::error title=…::`,
 *   `::add-mask::…` and `##[error]`. The runner obeys `::cmd` at the start of
 *   any stdout or stderr line (after white space) and `##[cmd]` anywhere
 *   (actions/runner, ActionCommand.cs), so no line the step prints may start
 *   a command that came from the data.
 * - Item 2: the same values carry another gate's sticky-comment marker (with
 *   and without a comment-id). The comment a gate posts has its own marker
 *   as the first line and no other marker anywhere, the job summary has none,
 *   and a second round of every gate updates only its own comment: no gate
 *   finds another gate's comment through a forged marker.
 *
 * The names are made to reach the comment (each case asserts they do), so
 * the escaping is exercised, not bypassed.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commentMarker } from '../../src/github/comment.js';
import { makeFixture, type Fixture } from '../registry/helpers/git-fixture.js';
import { startFakeGitHub, type FakeGitHub } from '../harness/fake-github.js';
import { runAction, type ActionRun, type RunActionOptions } from '../harness/run-action.js';

const GATES = ['validate-schema', 'drift-check', 'performance-gate', 'fairness-gate', 'canary-decision', 'register-model'] as const;
type Gate = (typeof GATES)[number];

/** Each gate's data forges the marker of the next gate in this list. */
const victimOf = (gate: Gate): Gate => GATES[(GATES.indexOf(gate) + 1) % GATES.length];

/** The word every injected command carries, so that a line obeyed from data is recognised. */
const TAG = 'PWNED';

/**
 * A name with everything hostile at once: another gate's marker (plain and
 * with a comment-id) and, after a line break and a lone CR, a `::error`, an
 * `::add-mask` and an old-style `##[error]` command.
 */
function hostile(label: string, victim: Gate): string {
  return (
    `${label}${TAG}${commentMarker(victim)}${commentMarker(victim, 'train')}` +
    `\n::error title=${TAG}::${label}\r::add-mask::${TAG}${label}\n##[error]${TAG}${label}` +
    `\n${commentMarker(victim)}`
  );
}

/** A CSV field, quoted (RFC 4180) so that line breaks stay inside it. */
const field = (s: string) => `"${s.replace(/"/g, '""')}"`;
const csv = (rows: (string | number)[][]) => rows.map((r) => r.map((v) => field(String(v))).join(',')).join('\n') + '\n';
/** A YAML double-quoted scalar: JSON's string escapes are YAML's. */
const yamlString = (s: string) => JSON.stringify(s);

/** Deterministic pseudo-random numbers (a linear congruential generator), so the data is the same every run. */
function lcg(seed: number) {
  let state = seed;
  return () => ((state = (state * 1664525 + 1013904223) % 4294967296) / 4294967296);
}

interface Prepared {
  cwd: string;
  inputs: RunActionOptions['inputs'];
  event: RunActionOptions['event'];
}

let root: string;
let registry: Fixture;

/** Data files and inputs for one gate, with hostile names where the gate shows names. */
function prepare(gate: Gate): Prepared {
  const victim = victimOf(gate);
  const dir = join(root, gate);
  mkdirSync(dir, { recursive: true });
  const rand = lcg(GATES.indexOf(gate) + 7);
  // The data file's own name is hostile too: it is logged when read. (No
  // brackets: a path is also a glob pattern. validate-schema's `data` is a
  // list, one pattern a line, so its path cannot hold a line break.)
  const dataFile = gate === 'validate-schema' ? `data-${TAG} ::error title=${TAG}::path.csv` : `data-${TAG}\n::error title=${TAG}::path.csv`;
  // A name with a line break reaches a setting through the policy file: an
  // action input is read line by line.
  const policy = (settings: Record<string, unknown>) => write('modelgate.yml', `${gate}: ${JSON.stringify(settings)}\n`);
  const write = (name: string, text: string) => writeFileSync(join(dir, name), text);
  const column = hostile('column', victim);
  const group = hostile('group', victim);
  const category = hostile('category', victim);
  const slice = hostile('slice', victim);

  switch (gate) {
    case 'validate-schema': {
      // A category value outside the contract's set and a column the contract does not know.
      write(
        'contract.yml',
        ['contract: 1', 'columns:', '  - name: id', '    type: integer', '  - name: purpose', '    type: category', '    values: [car, home]', ''].join('\n'),
      );
      const rows: (string | number)[][] = [['id', 'purpose', column]];
      for (let i = 1; i <= 40; i++) rows.push([i, i % 5 === 0 ? category : i % 2 ? 'car' : 'home', i]);
      write(dataFile, csv(rows));
      return { cwd: dir, event: 'pull_request', inputs: { data: dataFile, schema: 'contract.yml' } };
    }
    case 'drift-check': {
      // A numeric feature with a hostile name that drifts, and a categorical one whose new category is hostile.
      const rows = (shift: number, newCategory: boolean) => {
        const out: (string | number)[][] = [[column, 'plan']];
        for (let i = 0; i < 300; i++) out.push([(rand() * 10 + shift).toFixed(3), newCategory && i % 3 === 0 ? category : i % 2 ? 'basic' : 'plus']);
        return out;
      };
      write('reference.csv', csv(rows(0, false)));
      write(dataFile, csv(rows(5, true)));
      return { cwd: dir, event: 'pull_request', inputs: { reference: 'reference.csv', current: dataFile } };
    }
    case 'performance-gate': {
      // Hostile slice column and slice values; the label column's name is hostile too.
      const rows: (string | number)[][] = [[column, 'score', 'prediction', slice]];
      for (let i = 0; i < 400; i++) {
        const label = rand() < 0.5 ? 1 : 0;
        const score = Math.min(1, Math.max(0, label * 0.4 + rand() * 0.6));
        rows.push([label, score.toFixed(4), score >= 0.5 ? 1 : 0, i % 2 ? group : 'retail']);
      }
      write(dataFile, csv(rows));
      policy({
        'label-column': column,
        'score-column': 'score',
        'prediction-column': 'prediction',
        'slice-by': [slice],
        'min-slice-size': 10,
        metrics: ['accuracy', 'roc_auc'],
        thresholds: { accuracy: '>= 0.99' },
      });
      return { cwd: dir, event: 'pull_request', inputs: { predictions: dataFile, policy: 'modelgate.yml' } };
    }
    case 'fairness-gate': {
      // A hostile sensitive attribute whose groups are hostile values.
      const rows: (string | number)[][] = [[column, 'label', 'prediction']];
      for (let i = 0; i < 400; i++) {
        const member = i % 2 ? group : category;
        const label = rand() < 0.5 ? 1 : 0;
        const prediction = rand() < (member === group ? 0.7 : 0.3) ? 1 : 0;
        rows.push([member, label, prediction]);
      }
      write(dataFile, csv(rows));
      policy({ sensitive: [column], 'label-column': 'label', 'prediction-column': 'prediction', 'min-group-size': 10 });
      return { cwd: dir, event: 'pull_request', inputs: { predictions: dataFile, policy: 'modelgate.yml' } };
    }
    case 'canary-decision': {
      // A hostile metric (column) name in a hostile metric group, and hostile variant labels.
      const canary = hostile('canary', victim);
      write(
        'canary.yml',
        [`${yamlString(column)}:`, '  direction: increase', `  group: ${yamlString(group)}`, '  max-increase: 5', '  min-samples: 30', ''].join('\n'),
      );
      const rows: (string | number)[][] = [['variant', column]];
      for (let i = 0; i < 200; i++) rows.push([i % 2 ? canary : 'baseline', (100 + rand() * 10 + (i % 2 ? 30 : 0)).toFixed(2)]);
      write(dataFile, csv(rows));
      policy({ 'canary-label': canary, 'baseline-label': 'baseline' });
      return { cwd: dir, event: 'pull_request', inputs: { samples: dataFile, config: 'canary.yml', policy: 'modelgate.yml', 'current-weight': 10 } };
    }
    case 'register-model': {
      // Hostile metadata (shown in the model card and the comment) and a hostile file name in the model.
      const work = registry.clone(`hostile-${Date.now()}-${Math.floor(rand() * 1e9)}`);
      registry.write(`models/churn/${hostile('file', victim).replace(/\//g, '_')}.json`, '{"coef": [0.1]}\n', work);
      registry.write('models/churn/model.json', '{"coef": [0.1, 0.2]}\n', work);
      registry.commit('train churn', work);
      return {
        cwd: work,
        event: 'pull_request',
        inputs: { name: 'churn', path: 'models/churn', metadata: JSON.stringify({ owner: category, [column]: group }) },
      };
    }
  }
}

/** Lines as the runner splits them, each trimmed of leading white space as the runner trims it. */
const runnerLines = (text: string) => text.split(/\r\n|\r|\n/).map((l) => l.replace(/^[\s\u0085]+/, ''));

/** The commands the action prints (src/adapters/action/runner.ts), and the properties of annotations. */
const OUR_COMMANDS = new Set(['add-mask', 'debug', 'notice', 'warning', 'error', 'group', 'endgroup']);
const ANNOTATION_PROPERTIES = new Set(['title', 'file', 'line', 'endLine', 'col', 'endColumn']);

/**
 * Every place a printed line would make the runner obey something the data
 * said. The runner tries a line as `::cmd props::data` first and as
 * `##[cmd props]data` (anywhere in the line) only when that fails, so in a
 * command of ours a `##[` inside the escaped data is inert.
 */
function obeyedFromData(run: ActionRun): string[] {
  const found: string[] = [];
  for (const line of runnerLines(run.stdout + '\n' + run.stderr)) {
    const m = /^::([^:\s]*)( [^:]*)?::(.*)$/.exec(line);
    if (!m) {
      if (line.includes('##[')) found.push(line);
      continue;
    }
    // Our own commands carry data escaped (an annotation's `file=` may hold
    // the hostile path, `%3A%3A` for `::`): the data never picks the command
    // or a property of its own. What it tried: `::error title=PWNED::…` and
    // `::add-mask::PWNED…`.
    const properties = (m[2] ?? '').trim().split(',').filter(Boolean);
    const keys = properties.map((p) => p.split('=')[0]);
    if (!OUR_COMMANDS.has(m[1]) || keys.some((k) => !ANNOTATION_PROPERTIES.has(k))) found.push(line);
    if (properties.includes(`title=${TAG}`)) found.push(line);
    if (m[1] === 'add-mask' && m[3].includes(TAG)) found.push(line);
  }
  return found;
}

const MARKER_LIKE = /<!--\s*modelgate:/gi;

let api: FakeGitHub;
const rounds: Record<Gate, ActionRun>[] = [];
/** Each gate's comment id after the first round. */
const commentIds = new Map<Gate, number>();

async function runRound(): Promise<Record<Gate, ActionRun>> {
  const runs = await Promise.all(
    GATES.map(async (gate) => {
      const { cwd, inputs, event } = prepare(gate);
      return [gate, await runAction({ gate, node: 'node24', api, cwd, inputs: { ...inputs, comment: 'always' }, event, timeoutMs: 120_000 })] as const;
    }),
  );
  return Object.fromEntries(runs) as Record<Gate, ActionRun>;
}

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'modelgate-hostile-'));
  registry = makeFixture();
  registry.write('README.md', 'models\n');
  registry.commit('start');
  api = await startFakeGitHub();
  rounds.push(await runRound());
  const marked = api.comments.filter((c) => GATES.some((g) => c.body.startsWith(`${commentMarker(g)}\n`)));
  for (const gate of GATES) {
    const own = marked.find((c) => c.body.startsWith(`${commentMarker(gate)}\n`));
    if (own) commentIds.set(gate, own.id);
  }
  rounds.push(await runRound());
}, 300_000);

afterAll(async () => {
  for (const round of rounds) for (const run of Object.values(round)) run.dispose();
  await api?.close();
  if (root) rmSync(root, { recursive: true, force: true });
  registry?.cleanup();
});

describe.each(GATES)('%s with hostile names', (gate) => {
  const marker = commentMarker(gate);

  it('ran on the hostile data (no input error), and the names reached the log and the comment', () => {
    for (const round of rounds) {
      const run = round[gate];
      expect(run.exitCode, run.stdout + run.stderr).not.toBe(2);
      expect(['pass', 'warn', 'fail'], run.stdout + run.stderr).toContain(run.outputs.verdict);
      // register-model logs no name from its files: nothing hostile to print.
      if (gate !== 'register-model') expect(run.stdout, 'some hostile text was printed').toContain(TAG);
    }
    const comment = api.comments.find((c) => c.id === commentIds.get(gate));
    expect(comment, 'the gate posted its comment').toBeDefined();
    expect(comment!.body, 'a hostile name is in the comment').toContain(TAG);
  });

  it('item 3: no line of stdout or stderr starts a workflow command from the data', () => {
    for (const round of rounds) {
      const run = round[gate];
      expect(obeyedFromData(run), run.stdout).toEqual([]);
      // The harness's own parse of the commands agrees.
      expect(run.commands.filter((c) => c.properties.title === TAG || (c.command === 'add-mask' && c.message.includes(TAG)))).toEqual([]);
    }
  });

  it('item 2: the comment has its own marker first and no other; the job summary has none', () => {
    const comment = api.comments.find((c) => c.id === commentIds.get(gate))!;
    expect(comment.body.split('\n')[0]).toBe(marker);
    expect(comment.body.match(MARKER_LIKE), comment.body).toHaveLength(1);
    for (const round of rounds) expect(round[gate].summary.match(MARKER_LIKE) ?? []).toEqual([]);
  });

  it('item 2: the second round updated only the gate\'s own comment', () => {
    // One comment a gate, the same one as after the first round, still its own.
    const mine = api.comments.filter((c) => c.body.split('\n')[0] === marker);
    expect(mine.map((c) => c.id)).toEqual([commentIds.get(gate)]);
    expect(api.comments).toHaveLength(GATES.length);
    expect(api.deletedComments).toEqual([]);
    expect(api.violations).toEqual([]);
  });
});
