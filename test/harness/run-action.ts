/**
 * Runs a JavaScript action the way the GitHub Actions runner does, so that
 * tests exercise the built entry through the same files and variables:
 *
 * - reads `actions/<gate>/action.yml` and resolves `runs.main` against the
 *   action's folder;
 * - gives every input its value or its action.yml default, defaults'
 *   `${{ }}` expressions evaluated with GitHub's own expression engine
 *   (`${{ github.token }}` is the fake token), as `INPUT_<NAME>` (name upper
 *   cased, spaces to underscores, hyphens kept);
 * - writes the event payload to a file (GITHUB_EVENT_PATH) and creates the
 *   GITHUB_OUTPUT / GITHUB_STEP_SUMMARY / GITHUB_ENV / GITHUB_STATE /
 *   GITHUB_PATH files in a fresh RUNNER_TEMP;
 * - starts the entry with Node 20 (this process's node if it is 20, else
 *   the first on PATH) or Node 24 (the `node` package's binary) in
 *   GITHUB_WORKSPACE;
 * - reads back outputs (`name<<delimiter` blocks and `name=value` lines),
 *   the job summary, and the `::error`/`::warning`/... workflow commands.
 *
 * The runner's own environment is not inherited: GITHUB_*, RUNNER_*,
 * INPUT_* and ACTIONS_* variables of the test process (present when the
 * tests themselves run in Actions) are dropped.
 *
 * `MODELGATE_DIST` (in the test process's environment) points the harness at
 * another build directory (`npm run build -- --out DIR`): an entry that lies
 * under the repository's dist/ is looked up at the same place under DIR.
 * References:
 * https://docs.github.com/en/actions/reference/workflows-and-actions/metadata-syntax
 * https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-commands
 * https://docs.github.com/en/actions/reference/workflows-and-actions/variables
 */
import { execFileSync, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Evaluator, Lexer, Parser, data } from '@actions/expressions';
import { parse as parseYaml } from 'yaml';
import type { FakeArtifacts } from './fake-artifacts.js';
import type { FakeGitHub } from './fake-github.js';
import { checkReportSchema } from './report-schema.js';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** A GITHUB_TOKEN-shaped value; the fake server treats it as github-actions[bot]. */
export const FAKE_TOKEN = 'ghs_harnessToken0000000000000000000000000';

/** `runAction({ ...ROOT_ACTION, ... })` runs the root action.yml (`uses: modelgate/modelgate@v0`). */
export const ROOT_ACTION = { gate: 'modelgate', actionDir: REPO_ROOT } as const;

export type EventName = 'pull_request' | 'pull_request_target' | 'push' | 'workflow_dispatch' | 'schedule';

export interface RunActionOptions {
  gate: string;
  /** The step's `with:` values (YAML scalars become strings, as in the runner). */
  inputs?: Record<string, string | number | boolean>;
  node?: 'node20' | 'node24';
  event?: EventName;
  /** The fake GitHub (or any base URL) used as GITHUB_API_URL. */
  api: FakeGitHub | string;
  /** GITHUB_WORKSPACE and the process's working directory. */
  cwd: string;
  /** Extra variables for the step (`env:`), applied last. */
  env?: Record<string, string>;
  /** The value of `${{ github.token }}`. */
  token?: string;
  /** Details of the pull request in the payload. */
  pullRequest?: { number?: number; fork?: boolean; headSha?: string; baseSha?: string };
  repository?: string;
  timeoutMs?: number;
  /** The action's folder, when it is not the repository's `actions/<gate>`: the repository root for the root action (`ROOT_ACTION`), a harness test's own. */
  actionDir?: string;
  /** The fake artifact service: its ACTIONS_RESULTS_URL and ACTIONS_RUNTIME_TOKEN are given to the step, as the runner gives them to JavaScript actions. */
  artifacts?: FakeArtifacts;
}

export interface WorkflowCommand {
  command: string;
  properties: Record<string, string>;
  message: string;
}

export interface ActionRun {
  exitCode: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  /** The job summary the step wrote (GITHUB_STEP_SUMMARY). */
  summary: string;
  /** Variables exported through GITHUB_ENV. */
  exportedEnv: Record<string, string>;
  commands: WorkflowCommand[];
  errors: WorkflowCommand[];
  warnings: WorkflowCommand[];
  /** What the runner itself would warn about (unexpected inputs, deprecated or disabled stdout commands). */
  runnerWarnings: string[];
  /** The entry file that was started. */
  entry: string;
  /** When the process was started and when it ended (Date.now()). */
  startedAt: number;
  endedAt: number;
  /** RUNNER_TEMP of this run; removed by `dispose`. */
  tempDir: string;
  /** The environment the entry was started with. */
  env: Record<string, string>;
  dispose(): void;
}

interface ActionManifest {
  inputs?: Record<string, { default?: unknown; required?: boolean; description?: string; deprecationMessage?: string }>;
  runs: { using: string; main: string; pre?: string; post?: string };
}

export function readActionManifest(gate: string, actionDir?: string): { manifest: ActionManifest; dir: string; file: string } {
  const dir = actionDir ?? join(REPO_ROOT, 'actions', gate);
  const file = join(dir, 'action.yml');
  if (!existsSync(file)) throw new Error(`${relative(REPO_ROOT, file)} does not exist (run npm run build)`);
  return { manifest: parseYaml(readFileSync(file, 'utf8')) as ActionManifest, dir, file };
}

/** The entry the runner would start, or its counterpart under MODELGATE_DIST. */
export function resolveEntry(gate: string, distOverride = process.env.MODELGATE_DIST, actionDir?: string): string {
  const { manifest, dir } = readActionManifest(gate, actionDir);
  const main = resolve(dir, manifest.runs.main);
  if (!distOverride) return main;
  const underDist = relative(join(REPO_ROOT, 'dist'), main);
  if (underDist.startsWith('..') || isAbsolute(underDist)) return main;
  return resolve(REPO_ROOT, distOverride, underDist);
}

let node20: string | undefined;

/**
 * Node 20: this process's node when it is 20, else the first node 20 on PATH.
 * `npm test` / `npx vitest` put node_modules/.bin first on PATH, and the
 * `node` dev dependency puts a Node 24 there, so the test process itself
 * usually runs on 24.
 */
function findNode20(): string {
  if (process.versions.node.split('.')[0] === '20') return process.execPath;
  if (node20) return node20;
  const names = process.platform === 'win32' ? ['node.exe'] : ['node'];
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (!dir || dir.includes(join('node_modules', '.bin'))) continue;
    for (const name of names) {
      const candidate = join(dir, name);
      if (!existsSync(candidate)) continue;
      try {
        const version = execFileSync(candidate, ['-p', 'process.versions.node'], { encoding: 'utf8' }).trim();
        if (version.split('.')[0] === '20') return (node20 = candidate);
      } catch {
        // Not runnable: try the next one.
      }
    }
  }
  throw new Error('no Node 20 found (neither this process nor on PATH)');
}

export function nodeBinary(node: 'node20' | 'node24'): string {
  if (node === 'node20') return findNode20();
  const bin = join(REPO_ROOT, 'node_modules', 'node', 'bin', process.platform === 'win32' ? 'node.exe' : 'node');
  if (!existsSync(bin)) throw new Error('Node 24 is not installed: the `node` dev dependency provides node_modules/node/bin/node');
  return bin;
}

/** The runner's name for an input's variable. */
export function inputVariable(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

/** Evaluate the `${{ }}` parts of a default, as the runner does for action.yml inputs. */
export function evaluateTemplate(template: string, contexts: Record<string, unknown>): string {
  const dict = JSON.parse(JSON.stringify(contexts), data.reviver) as data.Dictionary;
  return template.replace(/\$\{\{([\s\S]*?)\}\}/g, (_, expr: string) => {
    const lexed = new Lexer(expr.trim()).lex();
    const parsed = new Parser(lexed.tokens, Object.keys(contexts), []).parse();
    return new Evaluator(parsed, dict).evaluate().coerceString();
  });
}

/** GITHUB_OUTPUT / GITHUB_ENV file format: `name=value` lines and `name<<DELIM` blocks. */
export function parseFileCommands(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line === '') continue;
    const eq = line.indexOf('=');
    const heredoc = line.indexOf('<<');
    if (eq >= 0 && (heredoc < 0 || eq < heredoc)) {
      out[line.slice(0, eq)] = line.slice(eq + 1);
      continue;
    }
    if (heredoc < 0) throw new Error(`invalid file command line: ${line}`);
    const name = line.slice(0, heredoc);
    const delimiter = line.slice(heredoc + 2);
    const value: string[] = [];
    let j = i + 1;
    for (; j < lines.length && lines[j] !== delimiter; j++) value.push(lines[j]);
    if (j >= lines.length) throw new Error(`matching delimiter not found: ${delimiter}`);
    out[name] = value.join('\n');
    i = j;
  }
  return out;
}

const unescapeData = (s: string) => s.replace(/%0D/gi, '\r').replace(/%0A/gi, '\n').replace(/%25/g, '%');
const unescapeProperty = (s: string) => unescapeData(s).replace(/%3A/gi, ':').replace(/%2C/gi, ',');

/** `::name key=value,key=value::message` lines of a step's output. */
export function parseWorkflowCommands(stdout: string): WorkflowCommand[] {
  const commands: WorkflowCommand[] = [];
  for (const line of stdout.split(/\r?\n/)) {
    const m = /^::([A-Za-z-]+)(?: ([^:]*))?::(.*)$/.exec(line);
    if (!m) continue;
    const properties: Record<string, string> = {};
    for (const pair of (m[2] ?? '').split(',')) {
      const eq = pair.indexOf('=');
      if (eq > 0) properties[pair.slice(0, eq).trim()] = unescapeProperty(pair.slice(eq + 1));
    }
    commands.push({ command: m[1], properties, message: unescapeData(m[3]) });
  }
  return commands;
}

const HEAD_SHA = '4c8f2d1e9b7a6c5d3e2f1a0b9c8d7e6f5a4b3c2d';
const BASE_SHA = '1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d';
const MERGE_SHA = '9f8e7d6c5b4a392817f6e5d4c3b2a1908f7e6d5c';

function repoJson(fullName: string, fork: boolean) {
  const [owner, name] = fullName.split('/');
  return {
    id: fork ? 2002 : 1001,
    node_id: fork ? 'R_fork' : 'R_base',
    name,
    full_name: fullName,
    private: false,
    fork,
    owner: { login: owner, id: fork ? 3003 : 4004, type: fork ? 'User' : 'Organization' },
    html_url: `https://github.com/${fullName}`,
    default_branch: 'main',
  };
}

/** A pull_request or push payload with the fields actions read. */
export function eventPayload(event: EventName, repository: string, pr: RunActionOptions['pullRequest'] = {}): Record<string, unknown> {
  const number = pr.number ?? 12;
  const base = repoJson(repository, false);
  const sender = { login: 'octocat', id: 583231, type: 'User' };
  if (event === 'pull_request' || event === 'pull_request_target') {
    const headRepo = pr.fork ? repoJson(`contributor/${repository.split('/')[1]}`, true) : base;
    return {
      action: 'synchronize',
      number,
      pull_request: {
        id: 900000 + number,
        number,
        state: 'open',
        title: 'Retrain the churn model',
        user: sender,
        html_url: `https://github.com/${repository}/pull/${number}`,
        head: { label: `${headRepo.owner.login}:feature`, ref: 'feature', sha: pr.headSha ?? HEAD_SHA, repo: headRepo, user: headRepo.owner },
        base: { label: `${base.owner.login}:main`, ref: 'main', sha: pr.baseSha ?? BASE_SHA, repo: base, user: base.owner },
      },
      repository: base,
      sender,
    };
  }
  if (event === 'push') {
    return { ref: 'refs/heads/main', before: BASE_SHA, after: HEAD_SHA, repository: base, pusher: { name: 'octocat' }, sender };
  }
  if (event === 'workflow_dispatch') return { inputs: {}, ref: 'refs/heads/main', repository: base, sender };
  return { schedule: '0 6 * * *', repository: base };
}

export async function runAction(options: RunActionOptions): Promise<ActionRun> {
  const { gate, cwd } = options;
  const event = options.event ?? 'pull_request';
  const repository = options.repository ?? 'acme/models';
  const token = options.token ?? FAKE_TOKEN;
  const apiUrl = typeof options.api === 'string' ? options.api : options.api.url;
  const { manifest, dir: actionPath } = readActionManifest(gate, options.actionDir);
  if (!/^node\d+$/.test(manifest.runs.using)) throw new Error(`actions/${gate} runs with ${manifest.runs.using}, not node`);
  // Fail loudly rather than silently skip steps the runner would run.
  if (manifest.runs.pre || manifest.runs.post) throw new Error(`actions/${gate} has pre/post scripts, which this harness does not run`);
  const entry = resolveEntry(gate, process.env.MODELGATE_DIST, options.actionDir);
  if (!existsSync(entry)) throw new Error(`the entry ${entry} does not exist (run npm run build, or set MODELGATE_DIST)`);

  const temp = mkdtempSync(join(tmpdir(), 'modelgate-runner-'));
  const fileCommands = join(temp, '_runner_file_commands');
  mkdirSync(fileCommands);
  const step = randomUUID();
  const files = {
    GITHUB_OUTPUT: join(fileCommands, `set_output_${step}`),
    GITHUB_STEP_SUMMARY: join(fileCommands, `step_summary_${step}`),
    GITHUB_ENV: join(fileCommands, `set_env_${step}`),
    GITHUB_STATE: join(fileCommands, `save_state_${step}`),
    GITHUB_PATH: join(fileCommands, `add_path_${step}`),
  };
  for (const f of Object.values(files)) writeFileSync(f, '');
  const eventPath = join(temp, '_github_workflow', 'event.json');
  mkdirSync(dirname(eventPath));
  const payload = eventPayload(event, repository, options.pullRequest);
  writeFileSync(eventPath, JSON.stringify(payload, null, 2));

  const isPr = event === 'pull_request' || event === 'pull_request_target';
  const prNumber = options.pullRequest?.number ?? 12;
  const sha = isPr ? (event === 'pull_request_target' ? BASE_SHA : MERGE_SHA) : HEAD_SHA;
  const ref = isPr ? (event === 'pull_request_target' ? 'refs/heads/main' : `refs/pull/${prNumber}/merge`) : 'refs/heads/main';
  const serverUrl = 'https://github.com';
  const runId = '7171717171';

  const githubVars: Record<string, string> = {
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_ACTION: `__${repository.split('/')[0]}_${gate}`,
    GITHUB_ACTOR: 'octocat',
    GITHUB_ACTOR_ID: '583231',
    GITHUB_API_URL: apiUrl,
    GITHUB_GRAPHQL_URL: `${apiUrl}/graphql`,
    GITHUB_SERVER_URL: serverUrl,
    GITHUB_REPOSITORY: repository,
    GITHUB_REPOSITORY_OWNER: repository.split('/')[0],
    GITHUB_EVENT_NAME: event,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_SHA: sha,
    GITHUB_REF: ref,
    GITHUB_REF_NAME: isPr && event === 'pull_request' ? `${prNumber}/merge` : 'main',
    GITHUB_REF_TYPE: 'branch',
    GITHUB_HEAD_REF: isPr ? 'feature' : '',
    GITHUB_BASE_REF: isPr ? 'main' : '',
    GITHUB_RUN_ID: runId,
    GITHUB_RUN_NUMBER: '42',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_JOB: 'gate',
    GITHUB_WORKFLOW: 'ML gates',
    GITHUB_WORKFLOW_REF: `${repository}/.github/workflows/ml.yml@${ref}`,
    GITHUB_WORKSPACE: cwd,
    RUNNER_TEMP: temp,
    RUNNER_TOOL_CACHE: join(temp, '_tool'),
    RUNNER_OS: process.platform === 'darwin' ? 'macOS' : process.platform === 'win32' ? 'Windows' : 'Linux',
    RUNNER_ARCH: process.arch === 'arm64' ? 'ARM64' : 'X64',
    RUNNER_NAME: 'modelgate-harness',
    RUNNER_DEBUG: '',
    ...files,
  };

  // Inputs: given values, else action.yml defaults evaluated like the runner.
  const contexts = {
    github: {
      token,
      repository,
      repository_owner: repository.split('/')[0],
      workspace: cwd,
      sha,
      ref,
      event_name: event,
      event: payload,
      actor: 'octocat',
      server_url: serverUrl,
      api_url: apiUrl,
      run_id: runId,
      action_path: actionPath,
    },
    runner: { temp, os: githubVars.RUNNER_OS, arch: githubVars.RUNNER_ARCH, tool_cache: githubVars.RUNNER_TOOL_CACHE },
    env: {},
  };
  const declared = manifest.inputs ?? {};
  const inputs: Record<string, string> = {};
  const runnerWarnings: string[] = [];
  for (const [name, spec] of Object.entries(declared)) {
    if (spec?.default !== undefined && spec.default !== null) inputs[inputVariable(name)] = evaluateTemplate(String(spec.default), contexts);
  }
  for (const [name, value] of Object.entries(options.inputs ?? {})) {
    if (!(name in declared)) runnerWarnings.push(`Unexpected input(s) '${name}', valid inputs are ['${Object.keys(declared).join("', '")}']`);
    inputs[inputVariable(name)] = String(value);
  }

  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(
      (e): e is [string, string] => e[1] !== undefined && !/^(GITHUB_|RUNNER_|INPUT_|ACTIONS_|STATE_|MODELGATE_DIST$)/.test(e[0]),
    ),
  );
  const env: Record<string, string> = { ...inherited, ...githubVars, ...(options.artifacts?.env() ?? {}), ...inputs, ...(options.env ?? {}) };

  const binary = nodeBinary(options.node ?? 'node20');
  const startedAt = Date.now();
  let endedAt = startedAt;
  const { code, stdout, stderr } = await new Promise<{ code: number | null; stdout: string; stderr: string }>((done, fail) => {
    const child = spawn(binary, [entry], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => out.push(c));
    child.stderr.on('data', (c: Buffer) => err.push(c));
    const timer = setTimeout(() => {
      err.push(Buffer.from(`\n[harness] killed after ${options.timeoutMs ?? 60_000} ms\n`));
      child.kill('SIGKILL');
    }, options.timeoutMs ?? 60_000);
    child.on('error', (e) => {
      clearTimeout(timer);
      fail(e);
    });
    child.on('close', (c) => {
      endedAt = Date.now();
      clearTimeout(timer);
      done({ code: c, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') });
    });
  });

  const commands = parseWorkflowCommands(stdout);
  // Stdout commands the runner no longer honours (replaced by file commands).
  for (const c of commands) {
    if (c.command === 'set-output' || c.command === 'save-state') {
      runnerWarnings.push(`The \`${c.command}\` command is deprecated and will be disabled soon. Please upgrade to using Environment Files.`);
    } else if (c.command === 'set-env' || c.command === 'add-path') {
      runnerWarnings.push(`Unable to process command '::${c.command}' successfully: the \`${c.command}\` command is disabled.`);
    }
  }
  const outputs = parseFileCommands(readFileSync(files.GITHUB_OUTPUT, 'utf8'));
  const reportPath = outputs['report-path'] ? resolve(cwd, outputs['report-path']) : undefined;
  // The root action's report-path is a folder of reports, one per gate.
  if (reportPath && existsSync(reportPath)) {
    const reports = statSync(reportPath).isDirectory()
      ? readdirSync(reportPath)
          .filter((f) => f.endsWith('.json'))
          .map((f) => join(reportPath, f))
      : [reportPath];
    for (const report of reports) checkReportSchema(report, REPO_ROOT);
  }
  return {
    exitCode: code,
    stdout,
    stderr,
    outputs,
    summary: readFileSync(files.GITHUB_STEP_SUMMARY, 'utf8'),
    exportedEnv: parseFileCommands(readFileSync(files.GITHUB_ENV, 'utf8')),
    commands,
    errors: commands.filter((c) => c.command === 'error'),
    warnings: commands.filter((c) => c.command === 'warning'),
    runnerWarnings,
    entry,
    startedAt,
    endedAt,
    tempDir: temp,
    env,
    dispose: () => rmSync(temp, { recursive: true, force: true }),
  };
}
