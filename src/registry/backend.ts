/** What a registry backend does; the gate's commands are written against this. */
import type { AuditEntry, ModelRecord } from './record.js';
import type { Manifest } from './manifest.js';
import type { ArtifactState, StageSort } from './registry-state.js';
import type { Bump } from './semver.js';

export interface LoadOptions {
  sort?: StageSort;
  versionsPerStage?: number;
}

export interface RegisterPlan {
  name: string;
  manifest: Manifest;
  /** Explicit version (normalised `vX.Y.Z`), or undefined to bump. */
  version?: string;
  bump: Bump;
  /** Build the record once the version is known; `commit` is the source commit where the backend knows it. */
  buildRecord(version: string, time: string, commit: string | null): ModelRecord;
  /** One line for the tag's audit line. */
  actor: string;
}

export interface RegisterOutcome {
  version: string;
  /** Tag (git) or model URI (mlflow) of the version. */
  tag: string;
  /** True when the same manifest was registered before and that version is returned. */
  existing: boolean;
  record: ModelRecord;
  attempts: number;
}

export type Change =
  | { kind: 'assign'; stage: string; version: string }
  | { kind: 'unassign'; stage: string; version: string }
  | { kind: 'deregister'; version: string }
  | { kind: 'deprecate' };

export interface ChangePlan {
  changes: Change[];
  audit: AuditEntry;
}

export interface RegistryBackend {
  readonly kind: 'git' | 'mlflow';
  /** The state of one artifact (fresh from the remote). */
  load(name: string, options?: LoadOptions): Promise<ArtifactState>;
  /** Every artifact's state, for `show` without a name. */
  loadAll(options?: LoadOptions): Promise<ArtifactState[]>;
  register(plan: RegisterPlan): Promise<RegisterOutcome>;
  /**
   * Apply stage and lifecycle changes. `plan` is called with the current
   * state and may be called again if another writer got there first.
   * Returns the tags (or alias operations) written.
   */
  apply(name: string, plan: (state: ArtifactState) => ChangePlan, options?: LoadOptions): Promise<{ written: string[]; plan: ChangePlan }>;
  modelUri(name: string, version: string, record: ModelRecord | null): string;
}
