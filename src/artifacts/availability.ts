/**
 * Whether this process can reach the Actions artifact service, decided from
 * the environment before @actions/artifact is loaded (it is heavy: Azure's
 * blob client, protobuf; a run that uses no artifact never loads it).
 *
 * The runner gives a JavaScript action ACTIONS_RUNTIME_TOKEN and
 * ACTIONS_RESULTS_URL; @actions/artifact (v2 and later) needs both, and
 * refuses GitHub Enterprise Server, whose runners lack the results service
 * (its `isGhes`: a server other than github.com, *.ghe.com or *.localhost).
 */
export type ArtifactService = { available: true } | { available: false; reason: string };

export function isEnterpriseServer(env: Record<string, string | undefined>): boolean {
  let host: string;
  try {
    host = new URL(env.GITHUB_SERVER_URL || 'https://github.com').hostname.trim().toUpperCase();
  } catch {
    return false;
  }
  return host !== 'GITHUB.COM' && !host.endsWith('.GHE.COM') && !host.endsWith('.LOCALHOST');
}

/** The artifact service of this run (uploads, and `artifact:` inputs of this run). */
export function artifactService(env: Record<string, string | undefined>): ArtifactService {
  if (isEnterpriseServer(env)) return { available: false, reason: 'GitHub Enterprise Server has no artifact results service for @actions/artifact' };
  if (!env.ACTIONS_RUNTIME_TOKEN || !env.ACTIONS_RESULTS_URL) {
    return { available: false, reason: 'not in a GitHub Actions job (ACTIONS_RUNTIME_TOKEN and ACTIONS_RESULTS_URL are not set)' };
  }
  return { available: true };
}
