/**
 * The CLI adapter: `modelgate <gate> --<input-name> <value> ...` takes
 * exactly the action's inputs, prints the same report as Markdown, writes
 * the JSON report, and exits 0 on pass or warn, 1 on fail, 2 on a usage or
 * input error (1 also when `fail-on: warn` turns a warning into a failure).
 */
import { parseArgs } from 'node:util';
import { describeError, isUserError, UserError } from '../../core/errors.js';
import type { GateContext, Progress } from '../../core/gate.js';
import { COMMON_INPUTS, type InputSpec } from '../../core/inputs.js';
import { resolveGate, runGate, type RunOptions } from '../../run/run-gate.js';
import { VERSION } from '../../core/version.js';
import { availableGates } from '../../gates/index.js';
import { markdownForTerminal } from '../../render/terminal.js';
import { runContextFromEnv } from '../run-context.js';
import { inertLines, inertLogLine } from '../inert-log.js';
import { tmpdir } from 'node:os';

export interface CliIo {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  /** stderr is a terminal: show the progress line. */
  isTTY: boolean;
  /** stdout is a terminal: print the report as plain text rather than Markdown. */
  stdoutIsTTY?: boolean;
  cwd: string;
  env: Record<string, string | undefined>;
}

const defaultIo = (): CliIo => ({
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  isTTY: Boolean(process.stderr.isTTY),
  stdoutIsTTY: Boolean(process.stdout.isTTY),
  cwd: process.cwd(),
  env: process.env,
});

function usage(): string {
  return [
    `modelgate ${VERSION}: ML governance gates for CI/CD`,
    '',
    'Usage: modelgate <gate> [--<input> <value> ...]',
    '       modelgate <gate> --help',
    '       modelgate run [--policy modelgate.yml] [--gates <gate>,...]   several gates in one step (modelgate run --help)',
    '',
    `Gates: ${availableGates().join(', ')}`,
    '',
    'Exit codes: 0 pass or warn, 1 fail, 2 usage or input error.',
    '',
  ].join('\n');
}

function gateHelp(name: string, title: string, description: string, specs: InputSpec[]): string {
  const lines = [`modelgate ${name}: ${title}`, '', description, '', 'Inputs (the action inputs, as --flags):'];
  for (const s of specs) {
    if (s.name === 'github-token') continue;
    const def = s.default !== undefined ? ` (default: ${s.default})` : s.required ? ' (required)' : '';
    const alias = Object.entries(FLAG_ALIASES).find(([, input]) => input === s.name)?.[0];
    lines.push(`  --${s.name}${alias ? `, --${alias}` : ''}${def}`, `      ${s.description.replace(/`/g, '')}`);
    if (s.examples?.length) lines.push(`      e.g. ${s.examples.slice(0, 3).map((e) => `--${s.name} '${e}'`).join(', ')}`);
  }
  return `${lines.join('\n')}\n`;
}

/** A single rewritten status line on a terminal: rows read and MB/s. */
export function progressLine(io: CliIo): (p: Progress) => void {
  if (!io.isTTY) return () => {};
  const started = new Map<string, number>();
  let last = 0;
  return (p) => {
    const now = Date.now();
    if (!started.has(p.file)) started.set(p.file, now);
    if (!p.done && now - last < 200) return;
    last = now;
    const secs = Math.max((now - started.get(p.file)!) / 1000, 1e-3);
    const line = `reading ${p.file}: ${p.rows.toLocaleString('en-US')} rows, ${(p.bytes / 1e6).toFixed(0)} MB (${(p.bytes / 1e6 / secs).toFixed(0)} MB/s)`;
    io.stderr(`\r\x1b[2K${line}${p.done ? '\n' : ''}`);
  };
}

/**
 * `--bootstrap -5`: node's parseArgs takes a value starting with "-" for an
 * option and refuses it as ambiguous. A negative number after a flag is its
 * value, so it is joined as `--bootstrap=-5` (and then judged by the input's
 * own rule, which names the allowed range).
 */
function joinNegativeValues(args: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    const next = args[i + 1];
    if (a.startsWith('--') && !a.includes('=') && next !== undefined && /^-(\d|\.\d|Infinity\b)/.test(next)) {
      out.push(`${a}=${next}`);
      i++;
    } else out.push(a);
  }
  return out;
}

/** Short flags of the CLI for inputs: `--html <file>` is `--html-report <file>`. */
const FLAG_ALIASES: Record<string, string> = { html: 'html-report' };

/** The step's explicit inputs from `--<input> <value>` flags (the action reads the same from INPUT_* variables). */
export function explicitFromArgs(gate: string, specs: InputSpec[], args: string[]): Record<string, string> {
  let parsed;
  const aliases = Object.entries(FLAG_ALIASES).filter(([, input]) => specs.some((s) => s.name === input));
  try {
    parsed = parseArgs({
      args: joinNegativeValues(args),
      options: Object.fromEntries([...specs.map((s) => [s.name, { type: 'string' as const }]), ...aliases.map(([flag]) => [flag, { type: 'string' as const }])]),
      strict: true,
      allowPositionals: false,
    });
  } catch (err) {
    throw new UserError(`${(err as Error).message.split('\n')[0]} (see: modelgate ${gate} --help)`);
  }
  const explicit: Record<string, string> = {};
  for (const [k, v] of Object.entries(parsed.values)) if (typeof v === 'string') explicit[FLAG_ALIASES[k] ?? k] = v;
  return explicit;
}

export async function runCli(argv: string[], io: CliIo = defaultIo()): Promise<number> {
  try {
    const [gateName, ...rest] = argv;
    if (!gateName || gateName === '--help' || gateName === '-h' || gateName === 'help') {
      io.stdout(usage());
      return gateName ? 0 : 2;
    }
    if (gateName === '--version' || gateName === '-v') {
      io.stdout(`${VERSION}\n`);
      return 0;
    }
    // The suite: the root action's gates in one step.
    if (gateName === 'run') return (await import('./run-suite-cli.js')).runSuiteCli(rest, io);
    const gate = await resolveGate(gateName);
    const specs = [...gate.inputs.specs, ...COMMON_INPUTS];
    if (rest.includes('--help') || rest.includes('-h')) {
      io.stdout(gateHelp(gate.name, gate.title, gate.description, specs));
      return 0;
    }
    const explicit = explicitFromArgs(gate.name, specs, rest);
    // The CLI writes its report where it runs unless told otherwise.
    const ctx: GateContext & RunOptions = {
      cwd: io.cwd,
      env: io.env,
      // Inside a workflow's `run:` step the runner reads these lines too: what
      // carries data is made inert (src/adapters/inert-log.ts).
      log: {
        info: () => {},
        warn: (m) => io.stderr(`warning: ${inertLogLine(m)}\n`),
        debug: io.env.MODELGATE_DEBUG === '1' ? (m) => io.stderr(`debug: ${inertLogLine(m)}\n`) : () => {},
      },
      run: runContextFromEnv(io.env),
      progress: progressLine(io),
      tempDir: tmpdir(),
      defaultReportDir: io.cwd,
    };
    const outcome = await runGate(gate.name, explicit, ctx);
    io.stdout(inertLines(io.stdoutIsTTY ? markdownForTerminal(outcome.markdown, !io.env.NO_COLOR) : outcome.markdown));
    io.stderr(`report: ${inertLogLine(outcome.reportPath)}\n`);
    if (outcome.htmlPath) io.stderr(`html report: ${inertLogLine(outcome.redact(outcome.htmlPath))}\n`);
    return outcome.conclusion === 'failure' ? 1 : 0;
  } catch (err) {
    io.stderr(`modelgate: ${inertLines(isUserError(err) ? err.format() : describeError(err))}\n`);
    return 2;
  }
}
