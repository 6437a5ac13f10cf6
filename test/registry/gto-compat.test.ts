/**
 * Reading a registry written by GTO: GTO's own documented scenarios are
 * replayed as annotated tags in a real repository (same tag names, commits
 * and tag times), and modelgate must read the state GTO reports for them.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeFixture, sh, type Fixture } from './helpers/git-fixture.js';
import { GitRegistry } from '../../src/registry/git-registry.js';
import type { ArtifactState } from '../../src/registry/registry-state.js';

let fx: Fixture;
beforeEach(() => {
  fx = makeFixture();
});
afterEach(() => fx.cleanup());

function tagAt(name: string, commit: string, isoTime: string) {
  const date = `${Math.floor(Date.parse(isoTime) / 1000)} +0000`;
  sh(fx.work, ['tag', '-a', name, '-m', `GTO tag ${name}`, commit], { GIT_COMMITTER_DATE: date });
}

function stagesOf(a: ArtifactState) {
  return Object.fromEntries(Object.entries(a.stages).map(([s, l]) => [s, l.map((x) => x.version)]));
}

async function read(sort: 'timestamp' | 'semver' = 'timestamp', versionsPerStage = 1) {
  const reg = new GitRegistry({ cwd: fx.work, remote: null });
  const all = await reg.loadAll({ sort, versionsPerStage });
  return Object.fromEntries(all.map((a) => [a.name, a]));
}

describe("GTO's showcase fixture (iterative/gto tests/conftest.py, test_showcase.py)", () => {
  beforeEach(() => {
    fx.write('models/random-forest.pkl', '1st version');
    const first = fx.commit('Add artifacts');
    tagAt('rf@v1.2.3', first, '2022-04-11T21:51:56Z');
    tagAt('nn@v0.0.1', first, '2022-04-11T21:51:56Z');
    fx.write('models/random-forest.pkl', '2nd version');
    const second = fx.commit('Update model');
    tagAt('rf@v1.2.4', second, '2022-04-11T21:51:57Z'); // bumped automatically by GTO
    tagAt('nn#staging#1', first, '2022-04-11T21:51:57Z');
    tagAt('rf#production#1', first, '2022-04-11T21:51:57Z');
    tagAt('rf#staging#2', second, '2022-04-11T21:51:58Z');
    tagAt('rf#production#3', second, '2022-04-11T21:51:59Z');
    tagAt('rf#production#4', first, '2022-04-11T21:52:00Z'); // --force back to v1.2.3
  });

  it('the latest assignment wins by default', async () => {
    const s = await read();
    expect(s.rf.versions.map((v) => v.version)).toEqual(['v1.2.4', 'v1.2.3']);
    expect(stagesOf(s.rf)).toEqual({ production: ['v1.2.3'], staging: ['v1.2.4'] });
    expect(stagesOf(s.nn)).toEqual({ staging: ['v0.0.1'] });
    expect(s.nn.stages.staging[0].tag).toBe('nn#staging#1');
    expect(s.rf.stages.production[0].tag).toBe('rf#production#4');
  });

  it('with --sort semver the greatest version in the stage wins', async () => {
    const s = await read('semver');
    expect(stagesOf(s.rf)).toEqual({ production: ['v1.2.4'], staging: ['v1.2.4'] });
  });

  it('with --vs -1 every version with the stage is listed, latest assignment first', async () => {
    const s = await read('timestamp', -1);
    expect(stagesOf(s.rf)).toEqual({ production: ['v1.2.3', 'v1.2.4'], staging: ['v1.2.4'] });
  });
});

describe('example-gto (GTO tests/resources/sample_remote_repo_expected_*.json)', () => {
  it('churn: latest v3.1.0, prod v3.0.0, staging v3.1.0', async () => {
    fx.write('models/churn.pkl', 'v3.0.0');
    const a = fx.commit('Annotate models with GTO');
    tagAt('churn@v3.0.0', a, '2022-05-20T03:09:52Z');
    fx.write('models/churn.pkl', 'v3.1.0');
    const b = fx.commit('Update model');
    tagAt('churn@v3.1.0', b, '2022-05-24T18:16:32Z');
    tagAt('churn#staging#1', b, '2022-05-25T22:03:12Z');
    tagAt('churn#prod#2', a, '2022-05-27T01:49:52Z');
    const s = await read();
    expect(s.churn.versions.find((v) => v.active && v.registered)?.version).toBe('v3.1.0');
    expect(stagesOf(s.churn)).toEqual({ prod: ['v3.0.0'], staging: ['v3.1.0'] });
  });
});

describe('GTO API scenarios (tests/test_api.py)', () => {
  it('deregistering the latest version makes the previous one latest (test_register_deregister)', async () => {
    const c1 = sh(fx.work, ['rev-parse', 'HEAD']).trim();
    tagAt('new-artifact@v1.0.0', c1, '2022-01-01T00:00:00Z');
    const c2 = fx.commit('Irrelevant action to create a git commit');
    tagAt('new-artifact@v1.0.1', c2, '2022-01-01T00:00:01Z');
    tagAt('new-artifact@v1.0.1!', c2, '2022-01-01T00:00:02Z');
    const s = await read();
    const active = s['new-artifact'].versions.filter((v) => v.active).map((v) => v.version);
    expect(active).toEqual(['v1.0.0']);
  });

  it('an unassigned stage has no version (test_unassign)', async () => {
    const c = sh(fx.work, ['rev-parse', 'HEAD']).trim();
    tagAt('model@v0.0.1', c, '2022-01-01T00:00:00Z');
    tagAt('model#dev#1', c, '2022-01-01T00:00:01Z');
    tagAt('model#dev!#2', c, '2022-01-01T00:00:02Z');
    expect(stagesOf((await read()).model)).toEqual({});
  });

  it('a deprecation after the last event deprecates the artifact; a later registration revives it (test_deprecate)', async () => {
    const c = sh(fx.work, ['rev-parse', 'HEAD']).trim();
    tagAt('model@v0.0.1', c, '2022-01-01T00:00:00Z');
    tagAt('model@deprecated', c, '2022-01-01T00:00:01Z');
    expect((await read()).model.deprecated).toBe(true);
    const c2 = fx.commit('more');
    tagAt('model@v0.0.2', c2, '2022-01-01T00:00:02Z');
    expect((await read()).model.deprecated).toBe(false);
  });

  it('ignores lightweight tags (test_lightweight_tag)', async () => {
    sh(fx.work, ['tag', 'lightweight-tag@v0.0.1']);
    expect(await read()).toEqual({});
  });
});
