/**
 * What a gate is: a pure evaluation from typed inputs to a typed report.
 * Adapters (the action entry, the CLI) collect the inputs, call `run`, and
 * take care of everything else (writing the report, the summary, the PR
 * comment, outputs, exit codes) in src/core/run-gate.ts and src/adapters/.
 */
import type { z } from 'zod';
import type { Report, GateName } from './report.js';
import type { InputSpec, OutputSpec } from './inputs.js';
import type { GitHubClient } from '../github/client.js';

export interface Logger {
  info(message: string): void;
  warn(message: string): void;
  debug(message: string): void;
}

/** Progress of a long read, for the terminal's progress line. */
export interface Progress {
  file: string;
  rows: number;
  bytes: number;
  done?: boolean;
}

/** Facts about the CI run, from the GitHub Actions environment where present. */
export interface RunContext {
  repository?: string;
  sha?: string;
  ref?: string;
  actor?: string;
  workflow?: string;
  runId?: string;
  runUrl?: string;
  eventName?: string;
  /** Pull request number, when the event is a pull request. */
  pullRequest?: number;
}

export interface GateContext {
  /** Directory that relative paths are resolved against. */
  cwd: string;
  env: Record<string, string | undefined>;
  log: Logger;
  run: RunContext;
  /** Called as a long read goes on; a no-op where nobody watches. */
  progress(p: Progress): void;
  /** Directory for temporary files of this run. */
  tempDir: string;
  /**
   * The GitHub API client for the run's `github-token`, created on first use
   * (Octokit is heavy to load); absent when no token was given. Used by
   * register-model's check-run lookups and drift-check's dispatch.
   */
  github?: () => Promise<GitHubClient>;
}

/** A file annotation (shown on the PR's changed files and the run page). */
export interface Annotation {
  level: 'error' | 'warning' | 'notice';
  file: string;
  line?: number;
  endLine?: number;
  title: string;
  message: string;
}

export interface GateResult<R extends Report = Report> {
  report: R;
  /** Gate-specific outputs (the common ones are set by the adapter). */
  outputs: Record<string, string>;
  /** The gate's Markdown body: the shared header and footer are added around it. */
  markdown: string;
  annotations?: Annotation[];
  /**
   * Gate-specific decision on the job: 'neutral' lets canary-decision end a
   * `continue` as neither success nor failure. Default: from verdict and fail-on.
   */
  conclusion?: 'neutral';
}

export interface Gate<I = Record<string, unknown>> {
  name: GateName;
  /** Short title for headings, e.g. "Schema validation". */
  title: string;
  /** One sentence for action.yml and the docs. */
  description: string;
  /** The gate's own inputs (the common inputs are added by the core). */
  inputs: InputSpec[];
  /** The gate's own outputs (the common outputs are added by the core). */
  outputs: OutputSpec[];
  /**
   * Validates the merged values (input specs' defaults < policy < inputs,
   * keyed by input name) into the typed inputs `run` takes.
   */
  schema: z.ZodType<I>;
  run(inputs: I, ctx: GateContext): Promise<GateResult>;
  /** JSON Schemas of the gate's own file formats, published by the build as docs/schemas/<name>.schema.json. */
  schemas?: () => Record<string, unknown>;
  /**
   * The gate's own top-level sections of the JSON report (`columns`,
   * `groups`, ...): published in docs/schemas/report.schema.json for reports
   * of this gate, and checked against every report the end-to-end tests make.
   */
  reportSections?: z.ZodObject;
  /**
   * Markdown sections of the gate's docs page generated from the code, by
   * marker name: the build replaces what stands between
   * `<!-- generated:<name> -->` and `<!-- /generated:<name> -->` in
   * docs/gates/<gate>.md with the section (which carries both markers).
   */
  docTables?: () => Record<string, string>;
}

/** Identity helper that keeps a gate's input type. */
export function defineGate<I>(gate: Gate<I>): Gate<I> {
  return gate;
}
