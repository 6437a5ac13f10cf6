/** Pure state rules on hand-built events. */
import { describe, expect, it } from 'vitest';
import { parseTag } from '../../src/registry/gto-tag.js';
import { buildArtifactState, type TagEvent } from '../../src/registry/registry-state.js';
import { previousHolder, promotionChanges } from '../../src/registry/promotion-policy.js';

function ev(tag: string, time: number, commit: string): TagEvent {
  return { tag, parsed: parseTag(tag)!, time, commit, message: '' };
}

describe('buildArtifactState', () => {
  it('orders events of the same second by counter', () => {
    const s = buildArtifactState('m1', [ev('m1@v0.0.1', 1, 'c1'), ev('m1#prod!#2', 5, 'c1'), ev('m1#prod#1', 5, 'c1')]);
    expect(s.stages).toEqual({});
  });

  it('gives a stage tag on an unregistered commit to the commit itself, as GTO does', () => {
    const s = buildArtifactState('m1', [ev('m1#dev#1', 1, 'abc123')]);
    expect(s.stages.dev[0].version).toBe('abc123');
    expect(s.versions[0].registered).toBe(false);
  });

  it('drops a deregistered version from its stages', () => {
    const s = buildArtifactState('m1', [ev('m1@v0.0.1', 1, 'c1'), ev('m1#prod#1', 2, 'c1'), ev('m1@v0.0.1!', 3, 'c1')]);
    expect(s.stages).toEqual({});
  });
});

describe('promotion plans', () => {
  const events = [
    ev('m1@v0.0.1', 1, 'c1'),
    ev('m1@v0.0.2', 2, 'c2'),
    ev('m1@v0.0.3', 3, 'c3'),
    ev('m1#prod#1', 4, 'c1'),
    ev('m1#prod!#2', 5, 'c1'),
    ev('m1#prod#3', 6, 'c2'),
  ];
  it('replaces the holder with one version per stage and adds with more', () => {
    const s = buildArtifactState('m1', events);
    expect(promotionChanges(s, 'v0.0.3', 'prod', 1)).toEqual([
      { kind: 'unassign', stage: 'prod', version: 'v0.0.2' },
      { kind: 'assign', stage: 'prod', version: 'v0.0.3' },
    ]);
    expect(promotionChanges(s, 'v0.0.3', 'prod', 2)).toEqual([{ kind: 'assign', stage: 'prod', version: 'v0.0.3' }]);
    expect(promotionChanges(s, 'v0.0.2', 'prod', 1)).toEqual([]);
  });
  it('finds the previous holder, skipping deregistered versions', () => {
    expect(previousHolder(buildArtifactState('m1', events), 'prod', 'v0.0.2')).toBe('v0.0.1');
    const gone = buildArtifactState('m1', [...events, ev('m1@v0.0.1!', 7, 'c1')]);
    expect(previousHolder(gone, 'prod', 'v0.0.2')).toBeNull();
  });
});
