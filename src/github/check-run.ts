/**
 * A check run carrying the gate's verdict and its file annotations.
 * GitHub takes at most 50 annotations per request, so the first 50 go with
 * the create call and the rest are appended by updates of at most 50 each
 * (updates add to the annotations already there). Summary and text are
 * limited to 65,535 characters each.
 * https://docs.github.com/en/rest/checks/runs#create-a-check-run
 */
import type { Annotation, Logger } from '../core/gate.js';
import type { GitHubClient } from './client.js';
import { fallbackLog, firstLine, httpStatus } from './errors.js';

export const ANNOTATIONS_PER_REQUEST = 50;
export const CHECK_OUTPUT_LIMIT = 65_535;
const TITLE_LIMIT = 255;

export interface CheckRunOptions {
  owner: string;
  repo: string;
  headSha: string;
  name: string;
  conclusion: 'success' | 'failure' | 'neutral';
  title: string;
  summary: string;
  text?: string;
  annotations: Annotation[];
  log?: Pick<Logger, 'warn'>;
}

export interface CheckRunResult {
  id: number;
  url?: string;
}

type CheckAnnotation = {
  path: string;
  start_line: number;
  end_line: number;
  annotation_level: 'notice' | 'warning' | 'failure';
  message: string;
  title?: string;
};

const LEVEL: Record<Annotation['level'], CheckAnnotation['annotation_level']> = {
  error: 'failure',
  warning: 'warning',
  notice: 'notice',
};

/** Cut at a line boundary when one is near, with an ellipsis line. */
export function trimOutput(text: string, limit = CHECK_OUTPUT_LIMIT): string {
  if (text.length <= limit) return text;
  const tail = '\n…';
  let cut = text.lastIndexOf('\n', limit - tail.length);
  if (cut < (limit * 3) / 4) {
    cut = limit - tail.length;
    // Do not split a UTF-16 surrogate pair.
    const code = text.charCodeAt(cut - 1);
    if (code >= 0xd800 && code <= 0xdbff) cut -= 1;
  }
  return text.slice(0, cut) + tail;
}

function toCheckAnnotation(a: Annotation): CheckAnnotation {
  const start = a.line && a.line > 0 ? a.line : 1;
  const end = a.endLine && a.endLine >= start ? a.endLine : start;
  return {
    path: a.file,
    start_line: start,
    end_line: end,
    annotation_level: LEVEL[a.level],
    message: trimOutput(a.message, 64 * 1024 - 1),
    title: a.title.length > TITLE_LIMIT ? a.title.slice(0, TITLE_LIMIT - 1) + '…' : a.title,
  };
}

export async function createCheckRun(client: GitHubClient, opts: CheckRunOptions): Promise<CheckRunResult | undefined> {
  const { owner, repo } = opts;
  const annotations = opts.annotations.map(toCheckAnnotation);
  const output = (batch: CheckAnnotation[]) => ({
    title: opts.title.length > TITLE_LIMIT ? opts.title.slice(0, TITLE_LIMIT - 1) + '…' : opts.title,
    summary: trimOutput(opts.summary),
    ...(opts.text !== undefined ? { text: trimOutput(opts.text) } : {}),
    ...(batch.length ? { annotations: batch } : {}),
  });
  try {
    const { data } = await client.rest.checks.create({
      owner,
      repo,
      name: opts.name,
      head_sha: opts.headSha,
      status: 'completed',
      conclusion: opts.conclusion,
      completed_at: new Date().toISOString(),
      output: output(annotations.slice(0, ANNOTATIONS_PER_REQUEST)),
    });
    for (let i = ANNOTATIONS_PER_REQUEST; i < annotations.length; i += ANNOTATIONS_PER_REQUEST) {
      await client.rest.checks.update({
        owner,
        repo,
        check_run_id: data.id,
        output: output(annotations.slice(i, i + ANNOTATIONS_PER_REQUEST)),
      });
    }
    return { id: data.id, url: data.html_url ?? undefined };
  } catch (err) {
    if (httpStatus(err) !== 403) throw err;
    (opts.log ?? fallbackLog).warn(
      `Could not create the check run "${opts.name}" on ${owner}/${repo} (HTTP 403: ${firstLine(err)}). ` +
        'Grant `permissions: checks: write` to get it; pull requests from forks get a read-only token.',
    );
    return undefined;
  }
}
