/**
 * Uploads the run's JSON and HTML reports as artifacts of the run, each
 * unzipped (`skipArchive`): GitHub stores a single file as it is, and a
 * browser opens the HTML page straight from the run page. With skipArchive
 * @actions/artifact names the artifact after the file, so each report is
 * first copied to `<artifact-name>.<ext>` in a directory of its own.
 *
 * Uploading never decides the run: where the service is missing (GitHub
 * Enterprise Server, a laptop) the step logs one line; a failed upload (a
 * name already taken in this run, a quota) is one warning.
 */
import { copyFile, mkdtemp } from 'node:fs/promises';
import { join } from 'node:path';
import type { Logger } from '../core/gate.js';
import { firstLine } from '../github/errors.js';
import { artifactService } from './availability.js';

export interface ReportFile {
  /** What it is, for the link text: `html` or `json`. */
  kind: 'html' | 'json';
  path: string;
}

export interface UploadOptions {
  env: Record<string, string | undefined>;
  /** Artifact name stem: `<name>.html`, `<name>.json`. */
  name: string;
  retentionDays?: number;
  tempDir: string;
  /** `https://github.com/<owner>/<repo>/actions/runs/<id>`: artifact links are made under it. */
  runUrl?: string;
  log: Logger;
}

/** Links to the uploaded artifacts, by kind. */
export type ReportLinks = Partial<Record<ReportFile['kind'], string>>;

export async function uploadReports(files: ReportFile[], options: UploadOptions): Promise<ReportLinks> {
  const links: ReportLinks = {};
  if (files.length === 0) return links;
  const service = artifactService(options.env);
  if (!service.available) {
    options.log.info(`report artifacts: not uploaded, ${service.reason}`);
    return links;
  }
  const { DefaultArtifactClient } = await import('@actions/artifact');
  const client = new DefaultArtifactClient();
  for (const file of files) {
    const artifactName = `${options.name}.${file.kind}`;
    try {
      const dir = await mkdtemp(join(options.tempDir, 'modelgate-upload-'));
      const copy = join(dir, artifactName);
      await copyFile(file.path, copy);
      const { id } = await client.uploadArtifact(artifactName, [copy], dir, {
        skipArchive: true,
        ...(options.retentionDays !== undefined ? { retentionDays: options.retentionDays } : {}),
      });
      if (id !== undefined && options.runUrl) links[file.kind] = `${options.runUrl}/artifacts/${id}`;
      options.log.info(`report artifacts: uploaded ${artifactName}${id !== undefined ? ` (artifact ${id})` : ''}`);
    } catch (err) {
      const taken = /409|already exists/i.test(firstLine(err)) ? ' (the name is taken in this run: set artifact-name or comment-id)' : '';
      options.log.warn(`report artifacts: could not upload ${artifactName}: ${firstLine(err)}${taken}`);
    }
  }
  return links;
}
