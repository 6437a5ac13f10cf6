/**
 * The runner protocol an action speaks: inputs from INPUT_<NAME> variables,
 * outputs and the job summary appended to the files named by GITHUB_OUTPUT
 * and GITHUB_STEP_SUMMARY, and workflow commands (`::error file=…::message`)
 * on stdout (docs.github.com, "Workflow commands for GitHub Actions").
 *
 * Why not @actions/core: it pulls in its HTTP client (undici), @actions/io
 * and @actions/exec at import, for OIDC tokens and platform details no gate
 * uses. Measured on the validate-schema action: importing it cost ~65 ms of
 * CPU at every start, about half of the action's overhead over bare node
 * (bench/cold-start.mjs). These few functions write the same bytes, which
 * test/adapters/runner.test.ts checks against @actions/core itself.
 */
import { randomUUID } from 'node:crypto';
import { appendFileSync } from 'node:fs';
import { EOL } from 'node:os';
import { inertLogLine } from '../inert-log.js';

export interface AnnotationProperties {
  title?: string;
  file?: string;
  startLine?: number;
  endLine?: number;
  startColumn?: number;
  endColumn?: number;
}

/** The input as the runner passes it: INPUT_ + name upper-cased, spaces as underscores; trimmed. */
export function getInput(name: string, env: NodeJS.ProcessEnv = process.env): string {
  return (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}

// Escaping of workflow command data and properties, as the runner decodes them.
function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export function formatCommand(command: string, properties: Record<string, string | number | undefined>, message: string): string {
  const props = Object.entries(properties)
    .filter(([, v]) => v !== undefined && v !== '')
    .map(([k, v]) => `${k}=${escapeProperty(String(v))}`)
    .join(',');
  return `::${command}${props ? ` ${props}` : ''}::${escapeData(message)}`;
}

function issue(command: string, properties: Record<string, string | number | undefined>, message: string): void {
  process.stdout.write(formatCommand(command, properties, message) + EOL);
}

function annotationProps(p: AnnotationProperties = {}): Record<string, string | number | undefined> {
  return { title: p.title, file: p.file, line: p.startLine, endLine: p.endLine, col: p.startColumn, endColumn: p.endColumn };
}

/**
 * A plain log line. Gates log names of files and columns, so the line is
 * made inert: it stays one line and starts no workflow command.
 */
export const info = (message: string): void => void process.stdout.write(inertLogLine(message) + EOL);
export const debug = (message: string): void => issue('debug', {}, message);
export const warning = (message: string, props?: AnnotationProperties): void => issue('warning', annotationProps(props), message);
export const error = (message: string, props?: AnnotationProperties): void => issue('error', annotationProps(props), message);
export const notice = (message: string, props?: AnnotationProperties): void => issue('notice', annotationProps(props), message);
export const setSecret = (secret: string): void => issue('add-mask', {}, secret);

/** `name<<delimiter` blocks in GITHUB_OUTPUT, with a random delimiter the value cannot contain. */
export function formatOutput(name: string, value: string, delimiter = `ghadelimiter_${randomUUID()}`): string {
  if (name.includes(delimiter) || value.includes(delimiter)) throw new Error(`output ${name} contains its delimiter`);
  return `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`;
}

export function setOutput(name: string, value: string, env: NodeJS.ProcessEnv = process.env): void {
  const file = env.GITHUB_OUTPUT;
  if (file) appendFileSync(file, formatOutput(name, value));
  else process.stdout.write(EOL + formatCommand('set-output', { name }, value) + EOL);
}

/** Append Markdown to the job summary (the runner shows it on the run page). */
export function appendSummary(markdown: string, env: NodeJS.ProcessEnv = process.env): void {
  const file = env.GITHUB_STEP_SUMMARY;
  if (file) appendFileSync(file, markdown.endsWith(EOL) ? markdown : markdown + EOL);
}

/** Log the error and make the step fail (exit code 1). */
export function setFailed(message: string): void {
  process.exitCode = 1;
  error(message);
}
