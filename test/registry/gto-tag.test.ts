/**
 * GTO's tag grammar, checked on the examples of GTO's own test-suite
 * (iterative/gto tests/test_tag.py and tests/test_constants.py) and its
 * documentation (dvc.org/doc/gto/command-reference/assign, deprecate).
 */
import { describe, expect, it } from 'vitest';
import { assignTag, deprecateTag, deregisterTag, isValidName, nextCounter, parseTag, registerTag, unassignTag } from '../../src/registry/gto-tag.js';

describe('names (GTO tests/test_constants.py)', () => {
  it.each(['nn', 'm1', 'model-prod', 'model-prod-v1', 'namespace/model'])('%s is valid', (n) => {
    expect(isValidName(n)).toBe(true);
  });
  it.each(['', 'm', '1', 'm/', '/m', '1nn', '###', '@@@', 'a model', 'a_model', '-model', 'model-', 'model@1', 'model#1', '@namespace/model'])(
    '%j is invalid',
    (n) => {
      expect(isValidName(n)).toBe(false);
    },
  );
});

describe('parsing (GTO tests/test_tag.py test_parse_name)', () => {
  it('reads each action', () => {
    expect(parseTag('path@v1.2.3')).toEqual({ artifact: 'path', version: 'v1.2.3', action: 'register' });
    expect(parseTag('path@v1.2.3#5')).toEqual({ artifact: 'path', version: 'v1.2.3', action: 'register', counter: 5 });
    expect(parseTag('path@v1.2.3!')).toEqual({ artifact: 'path', version: 'v1.2.3', action: 'deregister' });
    expect(parseTag('path@v1.2.3!#2')).toEqual({ artifact: 'path', version: 'v1.2.3', action: 'deregister', counter: 2 });
    expect(parseTag('path#stage')).toEqual({ artifact: 'path', stage: 'stage', action: 'assign' });
    expect(parseTag('path#stage#1')).toEqual({ artifact: 'path', stage: 'stage', action: 'assign', counter: 1 });
    expect(parseTag('path#stage!#2')).toEqual({ artifact: 'path', stage: 'stage', action: 'unassign', counter: 2 });
    expect(parseTag('path@deprecated')).toEqual({ artifact: 'path', action: 'deprecate' });
  });

  it.each([
    'nn#prod', 'nn#prod!', 'nn#prod#1', 'nn@v1.0.0', 'nn#prod!#2', 'nn@v1.0.0!', 'nn@v1.0.0#1', 'nn@v1.0.0!#1',
    'nn@v1.0.0-rc.2', 'nn@v1.0.0-alpha', 'nn@v1.0.0-alpha.1', 'nn@v1.0.0-alpha.beta', 'new-artifact@v1.0.1!',
  ])('accepts %s', (t) => {
    expect(parseTag(t)).not.toBeNull();
  });

  it.each([
    '', '###', '@@@', 'model@v1', 'nn#prod#-1', 'model@v111', 'model-prod', 'model@0.0.1', 'model-prod-v1', 'model#prod#-1',
    'model#prod#1-2', 'model#prod?#1-2', 'model#prod@v1.2.3', 'model@v1.2.3#prod', 'model-prod-v1-stage', 'model@prod@v1@stage-1',
    'namespace/model@0.0.1', '@namespace/model@0.0.1', 'model#prod#v1#stage#1-', 'model#prod-v1-stage@1-2', 'model#prod-v1-stage@1-2#@',
  ])('rejects %j', (t) => {
    expect(parseTag(t)).toBeNull();
  });
});

describe('writing', () => {
  it('spells each tag as GTO does (tests/test_tag.py test_name_tag)', () => {
    expect(registerTag('myartifact', 'v1.0.0')).toBe('myartifact@v1.0.0');
    expect(deregisterTag('myartifact', 'v1.0.0')).toBe('myartifact@v1.0.0!');
    expect(assignTag('myartifact', 'stage', 1)).toBe('myartifact#stage#1');
    expect(unassignTag('myartifact', 'stage', 1)).toBe('myartifact#stage!#1');
    expect(deprecateTag('myartifact')).toBe('myartifact@deprecated');
  });

  it('counts one above the highest counter on any tag of the artifact', () => {
    // GTO tests/test_api.py test_check_ref_catch_the_bug: staging, prod, dev assigned in turn.
    const tags: string[] = ['artifact@v0.0.1'];
    for (const stage of ['staging', 'prod', 'dev']) tags.push(assignTag('artifact', stage, nextCounter('artifact', tags)));
    expect(tags.slice(1)).toEqual(['artifact#staging#1', 'artifact#prod#2', 'artifact#dev#3']);
    // test_if_unassign_with_auto_push: after model#dev#1, unassigning gives model#dev!#2.
    expect(unassignTag('model', 'dev', nextCounter('model', ['model@v0.0.1', 'model#dev#1']))).toBe('model#dev!#2');
    // Other artifacts' counters do not count.
    expect(nextCounter('aa', ['bb#prod#7', 'aa#prod#2'])).toBe(3);
  });
});
