/**
 * The registration record and the tag messages that carry it.
 *
 * A modelgate tag message is:
 *
 *   <one line, in the words GTO uses: "Registering artifact x version v1.0.0">
 *   <blank line>
 *   audit: <ISO time> actor=<who> action=<what> [stage=..] [version=..] reason=<why>
 *   ---
 *   <YAML document: the record or the audit entry>
 *
 * GTO shows the message as is; modelgate reads the YAML after the `---` line.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import { UserError } from '../core/errors.js';
import type { FileHash } from './manifest.js';

export const RECORD_FORMAT = 1;

export type Scalar = number | string | boolean | null;

export interface GateVerdict {
  gate: string;
  verdict: string;
  summary?: string;
  /** Report file as given. */
  report: string;
  /** Key figures: check id → observed value (the first checks of the report). */
  figures: Record<string, Scalar>;
}

export interface ModelRecord {
  modelgate: number;
  action: 'register';
  name: string;
  version: string;
  sha256: string;
  bytes: number;
  path: string;
  files: FileHash[];
  data: { path: string; sha256: string; bytes: number; files: number }[];
  metadata: Record<string, unknown>;
  gates: GateVerdict[];
  git: { commit: string | null; ref: string | null };
  run: { url: string | null; actor: string | null; workflow: string | null; id: string | null; repository: string | null };
  time: string;
}

export interface AuditEntry {
  modelgate: number;
  action: 'register' | 'promote' | 'demote' | 'rollback' | 'deprecate' | 'deregister';
  name: string;
  time: string;
  actor: string;
  reason: string | null;
  stage?: string;
  version?: string;
  /** Version that held the stage before (promote, rollback). */
  previous?: string | null;
  run?: string | null;
}

/** One line: time, actor, action and reason, readable in `git tag -n`. */
export function auditLine(e: Pick<AuditEntry, 'time' | 'actor' | 'action' | 'reason' | 'stage' | 'version'>): string {
  const parts = [`audit: ${e.time}`, `actor=${e.actor}`, `action=${e.action}`];
  if (e.stage) parts.push(`stage=${e.stage}`);
  if (e.version) parts.push(`version=${e.version}`);
  parts.push(`reason=${JSON.stringify(e.reason ?? '')}`);
  return parts.join(' ');
}

export function formatTagMessage(title: string, audit: string, body: object): string {
  return `${title}\n\n${audit}\n---\n${stringifyYaml(body, { lineWidth: 0 })}`;
}

export interface ParsedMessage {
  title: string;
  audit: string | null;
  body: Record<string, unknown> | null;
}

export function parseTagMessage(message: string): ParsedMessage {
  const lines = message.replace(/\r\n/g, '\n').split('\n');
  const title = lines[0] ?? '';
  const audit = lines.find((l) => l.startsWith('audit: ')) ?? null;
  const sep = lines.indexOf('---');
  let body: Record<string, unknown> | null = null;
  if (sep >= 0) {
    try {
      const doc = parseYaml(lines.slice(sep + 1).join('\n'));
      if (doc && typeof doc === 'object' && 'modelgate' in doc) body = doc as Record<string, unknown>;
    } catch {
      body = null;
    }
  }
  return { title, audit, body };
}

export function recordFromMessage(message: string): ModelRecord | null {
  const { body } = parseTagMessage(message);
  return body && body.action === 'register' ? (body as unknown as ModelRecord) : null;
}

const MAX_FIGURES = 25;

/** Read another gate's JSON report for its verdict and key figures. */
export async function readGateReport(file: string, cwd: string): Promise<GateVerdict> {
  let text: string;
  try {
    text = await readFile(path.resolve(cwd, file), 'utf8');
  } catch {
    throw new UserError('report file not found', { file, field: 'reports' });
  }
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (err) {
    throw new UserError(`not valid JSON: ${(err as Error).message}`, { file, field: 'reports' });
  }
  const r = doc as { gate?: unknown; verdict?: unknown; summary?: unknown; checks?: unknown };
  if (!r || typeof r !== 'object' || typeof r.gate !== 'string' || typeof r.verdict !== 'string') {
    throw new UserError('not a modelgate report (needs "gate" and "verdict")', { file, field: 'reports' });
  }
  const figures: Record<string, Scalar> = {};
  if (Array.isArray(r.checks)) {
    for (const c of r.checks.slice(0, MAX_FIGURES)) {
      if (c && typeof c === 'object' && typeof c.id === 'string') {
        const v = (c as { value?: unknown }).value;
        figures[c.id] = v === undefined || typeof v === 'object' ? null : (v as Scalar);
      }
    }
  }
  return {
    gate: r.gate,
    verdict: r.verdict,
    summary: typeof r.summary === 'string' ? r.summary : undefined,
    report: file,
    figures,
  };
}
