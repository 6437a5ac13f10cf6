/**
 * `modelgate run [--policy modelgate.yml] [--gates a,b] [--<gate> '<yaml>'] …`:
 * the root action's suite on a terminal, with exactly its inputs as flags.
 * Prints the combined report, writes one JSON report per gate into the report
 * folder (`modelgate-reports` in the working directory unless `--report-path`
 * says otherwise), and exits 0 when no gate fails the run, 1 when one does,
 * 2 when a gate could not run or the run's own inputs are wrong.
 */
import { tmpdir } from 'node:os';
import { describeError, isUserError } from '../../core/errors.js';
import { VERSION } from '../../core/version.js';
import { markdownForTerminal } from '../../render/terminal.js';
import { runSuite, suiteMarkdown, type SuiteContext } from '../../run/run-suite.js';
import { SUITE_INPUTS } from '../../run/suite-inputs.js';
import { runContextFromEnv } from '../run-context.js';
import { explicitFromArgs, progressLine, type CliIo } from './run-cli.js';

function help(): string {
  const lines = [
    `modelgate ${VERSION} run: several gates in one step, as the root action runs them`,
    '',
    'Usage: modelgate run [--policy modelgate.yml] [--gates validate-schema,drift-check,…] [--<gate> "<input>: <value>"] …',
    '',
    'Runs the gates named by --gates, else those with a section in the policy file, in dependency order.',
    '',
    'Inputs (the root action inputs, as --flags):',
  ];
  for (const s of SUITE_INPUTS.specs) {
    if (s.name === 'github-token') continue;
    const def = s.default !== undefined ? ` (default: ${s.default})` : '';
    lines.push(`  --${s.name}${def}`, `      ${s.description.replace(/`/g, '')}`);
    if (s.examples?.length) lines.push(`      e.g. --${s.name} '${s.examples[0]}'`);
  }
  lines.push('', 'Exit codes: 0 no gate fails, 1 a gate fails, 2 a gate could not run or a usage or input error.', '');
  return lines.join('\n');
}

export async function runSuiteCli(args: string[], io: CliIo): Promise<number> {
  try {
    if (args.includes('--help') || args.includes('-h')) {
      io.stdout(help());
      return 0;
    }
    const explicit = explicitFromArgs('run', SUITE_INPUTS.specs, args);
    const ctx: SuiteContext = {
      cwd: io.cwd,
      env: io.env,
      log: { info: () => {}, warn: (m) => io.stderr(`warning: ${m}\n`), debug: io.env.MODELGATE_DEBUG === '1' ? (m) => io.stderr(`debug: ${m}\n`) : () => {} },
      run: runContextFromEnv(io.env),
      progress: progressLine(io),
      tempDir: tmpdir(),
      defaultReportDir: io.cwd,
    };
    const outcome = await runSuite(explicit, ctx);
    const markdown = suiteMarkdown(outcome);
    io.stdout(io.stdoutIsTTY ? markdownForTerminal(markdown, !io.env.NO_COLOR) : markdown);
    io.stderr(`reports: ${outcome.reportDir}\n`);
    if (outcome.entries.some((e) => e.status === 'error')) return 2;
    return outcome.conclusion === 'failure' ? 1 : 0;
  } catch (err) {
    io.stderr(`modelgate: ${isUserError(err) ? err.format() : describeError(err)}\n`);
    return 2;
  }
}
