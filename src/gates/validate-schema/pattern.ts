/**
 * Contract patterns (modelgate `pattern`, Frictionless `pattern`, Great
 * Expectations `regex`, JSON Schema `pattern`) run on RE2 through re2js, a
 * pure-JavaScript port of RE2: matching takes time linear in the length of
 * the text, so a pattern like `^(a+)+$` cannot hang the gate on a long
 * value, as a backtracking engine (JavaScript's RegExp, Python's re) does.
 *
 * The syntax is RE2's (github.com/google/re2/wiki/Syntax): the Perl/Python
 * forms (classes, `\d \w \s \b`, `\p{L}`, `[[:alpha:]]`, `{m,n}`, lazy `*?`,
 * `(?i)` flags, named groups `(?P<n>…)` and `(?<n>…)`) without lookaround and
 * backreferences, which no linear-time engine can run; a pattern using them
 * is refused when the contract is read. `$` without `(?m)` matches at the very
 * end of the value only (Python's also matches before a final newline).
 */
import { RE2JS } from 're2js';

/**
 * `search`: the pattern may match anywhere in the value unless anchored with
 * `^`/`$` (Python's re.search for Great Expectations; JSON Schema and
 * modelgate patterns). `whole`: the pattern must match the whole value (the
 * Table Schema spec's implicitly anchored patterns).
 */
export type PatternMode = 'search' | 'whole';

export interface CompiledPattern {
  test(text: string): boolean;
}

/** Compile a pattern; throws an Error whose message says why it does not compile. */
export function compilePattern(pattern: string, mode: PatternMode): CompiledPattern {
  let re: RE2JS;
  try {
    re = RE2JS.compile(pattern);
  } catch (err) {
    throw new Error((err as Error).message.replace(/^error parsing regexp: /, ''));
  }
  return mode === 'whole' ? { test: (text) => re.matches(text) } : { test: (text) => re.test(text) };
}

/**
 * The reason a pattern does not compile, or undefined when it does: for the
 * contract readers, which refuse the contract with this reason and the place.
 */
export function patternError(pattern: string): string | undefined {
  try {
    compilePattern(pattern, 'search');
    return undefined;
  } catch (err) {
    return (err as Error).message;
  }
}

/**
 * A RegExp engine for ajv (its `code.regExp` option), so that JSON Schema
 * `pattern` and `patternProperties` run on RE2 too. ajv asks only `test` and
 * `toString` (its cache key) of what the engine returns.
 */
export const ajvRegExpEngine = Object.assign(
  (pattern: string) => {
    const compiled = compilePattern(pattern, 'search');
    return { test: (text: string) => compiled.test(text), toString: () => `re2:${pattern}` };
  },
  // Only read when ajv writes standalone validation code, which this project does not.
  { code: 're2js' },
);
