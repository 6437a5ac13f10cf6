/**
 * What a gate is: a pure evaluation from typed inputs to a typed report.
 * Adapters (the action entry, the CLI) collect the inputs, call `run`, and
 * take care of everything else (writing the report, the summary, the PR
 * comment, outputs, exit codes) in src/run/run-gate.ts and src/adapters/.
 */
import type { z } from 'zod';
import type { Report, GateName } from './report.js';
import type { InputSet, InputsOf, OutputSpec } from './inputs.js';
import type { GitHubClient } from '../github/client.js';
import type { ReadLimits } from './read-limits.js';

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
   * What one data file may make the run hold (the common inputs
   * `max-input-bytes` and `max-record-bytes`), for the gate to pass to every
   * read (`readTable(path, { ...ctx.readLimits, ... })`); the readers' defaults
   * where absent.
   */
  readLimits?: ReadLimits;
  /**
   * Tells the adapter of a credential the run has come to know (a URL's
   * password, a token from the environment): the action masks it in the
   * runner log. Everything the run writes is redacted of it either way.
   */
  secret?: (value: string) => void;
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

/**
 * What the report frame (src/render/report-markdown.ts) puts right under the
 * verdict, so that the first lines a reviewer reads answer what happened and
 * what to do. Markdown: every value from data is already escaped.
 */
export interface Headline {
  /** The one reason in plain words: the worst finding, not a list. Defaults to the report's reason. */
  reason?: string;
  /** The next action, e.g. "fix rows 120–121 of `train.csv`, or change `contract.yml`". */
  next: string;
  /** What was compared: files, commits or model versions, row counts. */
  compared: string;
}

export interface GateResult<R extends Report = Report> {
  report: R;
  /** Gate-specific outputs (the common ones are set by the adapter). */
  outputs: Record<string, string>;
  /** The gate's Markdown body: the shared header and footer are added around it. */
  markdown: string;
  /** Reason, next action and what was compared, shown first (optional: the report's reason alone otherwise). */
  headline?: Headline;
  annotations?: Annotation[];
  /**
   * The gate asks for a neutral conclusion when its verdict does not fail the
   * job: canary-decision's `continue` is neither a success nor a failure.
   * The conclusion itself is decided once, by `conclusionOf` (core/verdict.ts).
   */
  neutral?: boolean;
}

export interface Gate<S extends InputSet = InputSet> {
  name: GateName;
  /** Short title for headings, e.g. "Schema validation". */
  title: string;
  /** One sentence for action.yml and the docs. */
  description: string;
  /**
   * The gate's own inputs, each declared once (core/inputs.ts); the common
   * inputs are added by the run path. Their schema validates the merged
   * values (defaults < policy < step inputs) into what `run` takes.
   */
  inputs: S;
  /** The gate's own outputs (the common outputs are added by the run path). */
  outputs: OutputSpec[];
  run(inputs: InputsOf<S>, ctx: GateContext): Promise<GateResult>;
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
export function defineGate<S extends InputSet>(gate: Gate<S>): Gate<S> {
  return gate;
}
