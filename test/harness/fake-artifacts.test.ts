/**
 * The fake artifact service against the real client: @actions/artifact
 * uploads through it (zipped and unzipped), lists, and downloads from this
 * run and, with `findBy`, from another run through the fake GitHub API.
 * A client that speaks the protocol differently from the fake makes these
 * fail (or leaves violations).
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startFakeArtifacts, zipStored, type FakeArtifacts } from './fake-artifacts.js';
import { startFakeGitHub, type FakeGitHub } from './fake-github.js';

describe('fake artifact service with @actions/artifact', () => {
  let fake: FakeArtifacts;
  let github: FakeGitHub;
  let dir: string;
  const saved = { ...process.env };

  beforeAll(async () => {
    fake = await startFakeArtifacts();
    github = await startFakeGitHub();
    fake.attach(github);
    dir = mkdtempSync(join(tmpdir(), 'modelgate-fake-artifacts-'));
    Object.assign(process.env, fake.env(), { GITHUB_SERVER_URL: 'https://github.com', GITHUB_WORKSPACE: dir, GITHUB_API_URL: github.url });
  });
  afterEach(() => {
    expect(fake.violations).toEqual([]);
    expect(github.violations).toEqual([]);
  });
  afterAll(async () => {
    for (const k of Object.keys(process.env)) if (!(k in saved)) delete process.env[k];
    Object.assign(process.env, saved);
    await fake.close();
    await github.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('stores an upload with skipArchive as the file itself, named after it', async () => {
    const { DefaultArtifactClient } = await import('@actions/artifact');
    const client = new DefaultArtifactClient();
    const file = join(dir, 'report.html');
    writeFileSync(file, '<!doctype html><title>x</title>');
    const { id, size } = await client.uploadArtifact('ignored-name', [file], dir, { skipArchive: true, retentionDays: 3 });
    const stored = fake.artifactsOf().find((a) => a.id === id)!;
    expect(stored).toMatchObject({ name: 'report.html', contentType: 'text/html', finalized: true });
    expect(stored.content.toString()).toBe('<!doctype html><title>x</title>');
    expect(size).toBe(stored.content.length);
    expect(stored.expiresAt).toBeTruthy();
  });

  it('refuses a second artifact of the same name in a run (409)', async () => {
    const { DefaultArtifactClient } = await import('@actions/artifact');
    const file = join(dir, 'report.html');
    await expect(new DefaultArtifactClient().uploadArtifact('x', [file], dir, { skipArchive: true })).rejects.toThrow(/409|already exists/);
    // The refused upload is not half-stored.
    expect(fake.artifactsOf().filter((a) => a.name === 'report.html')).toHaveLength(1);
  });

  it('lists and downloads from this run, unzipped and zipped', async () => {
    fake.seed({ runId: fake.thisRun.id, name: 'preds', files: { 'eval/preds.csv': Buffer.from('id,score\n1,0.5\n'), 'README.md': Buffer.from('hi') } });
    const { DefaultArtifactClient } = await import('@actions/artifact');
    const client = new DefaultArtifactClient();
    const { artifacts } = await client.listArtifacts({ latest: true });
    expect(artifacts.map((a) => a.name).sort()).toEqual(['preds', 'report.html']);
    const target = join(dir, 'dl-zip');
    await client.downloadArtifact(artifacts.find((a) => a.name === 'preds')!.id, { path: target });
    expect(readFileSync(join(target, 'eval', 'preds.csv'), 'utf8')).toBe('id,score\n1,0.5\n');
    const raw = join(dir, 'dl-raw');
    await client.downloadArtifact(artifacts.find((a) => a.name === 'report.html')!.id, { path: raw });
    expect(readdirSync(raw)).toEqual(['report.html']);
  });

  it('finds and downloads another run’s artifact through the REST API (findBy)', async () => {
    const run = fake.addRun({ id: 555 });
    fake.seed({ runId: run.id, name: 'champion', files: { 'preds.csv': Buffer.from('a\n1\n') } });
    const { DefaultArtifactClient } = await import('@actions/artifact');
    const client = new DefaultArtifactClient();
    const findBy = { token: 'ghs_x', workflowRunId: run.id, repositoryOwner: 'acme', repositoryName: 'models' };
    const { artifact } = await client.getArtifact('champion', { findBy });
    const target = join(dir, 'dl-other');
    await client.downloadArtifact(artifact.id, { path: target, findBy });
    expect(readFileSync(join(target, 'preds.csv'), 'utf8')).toBe('a\n1\n');
    expect(github.requestsTo('GET', '/repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format}')).toHaveLength(1);
  });

  it('writes zips that unzip tools read (stored entries, CRC-32)', () => {
    const zip = zipStored({ 'a.txt': Buffer.from('abc') });
    // Local header signature, stored method, CRC-32 of "abc" (0x352441C2, from the CRC-32/ISO-HDLC check table).
    expect(zip.readUInt32LE(0)).toBe(0x04034b50);
    expect(zip.readUInt16LE(8)).toBe(0);
    expect(zip.readUInt32LE(14)).toBe(0x352441c2);
  });
});
