/**
 * register-model's own sections of the JSON report, beside the common
 * fields (see core/report.ts). Published in docs/schemas/report.schema.json
 * for reports of this gate; written by runCommand in commands.ts, whose
 * `registration`, `command` and `backend` every command writes and whose
 * other sections depend on the command.
 */
import { z } from 'zod';
import { COMMANDS } from './inputs.js';

const fileHash = z
  .object({
    path: z.string().describe('File path relative to the model path (the file name for a single file)'),
    sha256: z.string().describe('SHA-256 of the file, hex'),
    bytes: z.number().int().min(0).describe('File size in bytes'),
  })
  .strict();

const registration = z
  .object({
    name: z.string().describe('The model (artifact) name; empty for `show` of the whole registry'),
    version: z.string().nullable().describe('The version acted on, e.g. "v0.0.1"; null when there is none (deprecating a whole artifact, an empty registry)'),
    tag: z.string().nullable().describe('Its registration tag (git) or model version (mlflow, "name/number"), or null'),
    sha256: z.string().nullable().describe("Manifest hash of the version's files, or null when unknown"),
    stage: z.string().nullable().describe('The stage acted on (promote, demote, rollback, verify by stage), else null'),
    files: z.array(fileHash).describe("The version's files with their hashes; empty when unknown"),
  })
  .strict();

const versionSummary = z
  .object({
    version: z.string(),
    active: z.boolean().describe('False once the version is deregistered'),
    registeredAt: z.string().nullable().describe('ISO-8601 time of registration, or null when unknown'),
    stages: z.array(z.string()).describe('Stages the version is in now'),
    sha256: z.string().nullable().describe('Manifest hash from its modelgate record, or null without one'),
    verdicts: z.record(z.string(), z.string()).describe('Gate name → verdict of the reports recorded at registration'),
  })
  .strict();

const artifactSummary = z
  .object({
    name: z.string(),
    deprecated: z.boolean(),
    latest: z.string().nullable().describe('The latest active registered version, or null'),
    stages: z.record(z.string(), z.array(z.string())).describe('Stage → versions in it, first wins'),
    versions: z.array(versionSummary).describe('Registered versions, in registry order'),
  })
  .strict();

export const reportSections = z.object({
  registration: registration.describe('The model version the command acted on.'),
  command: z.enum(COMMANDS).describe('The command run.'),
  backend: z.enum(['git', 'mlflow']).describe('The registry backend used.'),
  existing: z.boolean().optional().describe('register only: whether the same files were already registered (no new version).'),
  written: z.array(z.string()).optional().describe('promote, demote, rollback, deprecate, verify: the tags or alias operations written (empty when nothing changed).'),
  registry: z.array(artifactSummary).optional().describe('show only: each artifact (or the one named) with its latest version, stages and versions.'),
});
