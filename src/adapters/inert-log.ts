/**
 * Text the GitHub Actions runner prints but never obeys.
 *
 * The runner reads every line a step writes, on stdout and on stderr, and
 * runs two forms of workflow command in it (actions/runner,
 * src/Runner.Common/ActionCommand.cs, TryParseV2 and TryParse):
 *
 * - `::name props::data` when the line starts with `::` once leading white
 *   space (.NET's Char.IsWhiteSpace, which includes U+0085) is trimmed;
 * - `##[name props]data` anywhere in the line (the older form).
 *
 * Lines end at `\n`, `\r` or `\r\n`. So a value from a file (a path, a column
 * or group name) that holds a line break followed by `::error::…` or
 * `::add-mask::…`, or that holds `##[error]` anywhere, would be a command if
 * printed raw. Everything modelgate prints that can carry data goes through
 * one of these two functions (the runner's own commands escape their data
 * as @actions/core does: src/adapters/action/runner.ts).
 *
 * A zero-width space (U+200B) breaks a command: the runner does not trim it
 * (it is a format character, not white space), and a reader does not see it.
 */

const ZWSP = '\u200b';
/** A line that would start a `::` command, up to the first colon. */
const COMMAND_START = /^([\s\u0085]*):(?=:)/;
const OLD_COMMAND = /##\[/g;

/** One line made inert: nothing in it starts a command. Line breaks must be gone already. */
function defuseLine(line: string): string {
  return line.replace(COMMAND_START, `$1${ZWSP}:`).replace(OLD_COMMAND, `##${ZWSP}[`);
}

/**
 * A log line that stays one line and issues no command: line breaks are
 * written as the toolkit writes them in command data (`%0D`, `%0A`), and a
 * command start is broken. `%` itself is left alone: a plain line is never
 * decoded, and escaping it would print every percentage as `%25`.
 */
export function inertLogLine(text: string): string {
  return defuseLine(text.replace(/\r/g, '%0D').replace(/\n/g, '%0A'));
}

/**
 * Multi-line text (the CLI's Markdown report, an error with its stack) with
 * its lines kept and every command start broken. Honest output is unchanged;
 * only a line that would have been a command gains an invisible character.
 */
export function inertLines(text: string): string {
  return text
    .split(/(\r\n|\r|\n)/)
    .map((part, i) => (i % 2 === 0 ? defuseLine(part) : part))
    .join('');
}
