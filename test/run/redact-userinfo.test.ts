/**
 * A password with a raw `@` (`user:p@ss@host`): WHATWG URL parsers take the
 * userinfo up to the last `@` before the host (new URL gives password
 * "p%40ss"), so redaction must hide all of it, not stop at the first `@`.
 */
import { describe, expect, it } from 'vitest';
import { Redactor } from '../../src/run/redact.js';

describe('URL userinfo with a raw @', () => {
  it('is redacted whole, with the Basic value the clients send', () => {
    const url = 'http://alice:p@ss-w0rd@prometheus.internal:9090/api';
    expect(new URL(url).password).toBe('p%40ss-w0rd');
    const r = new Redactor();
    r.addFromValue(url);
    const basic = Buffer.from('alice:p@ss-w0rd').toString('base64');
    expect(r.redact(`${url} said Basic ${basic}`)).toBe('http://***@prometheus.internal:9090/api said Basic ***');
  });

  it('leaves an e-mail address after a URL alone', () => {
    expect(new Redactor().redact('see http://host/x or mail bob@example.com')).toBe('see http://host/x or mail bob@example.com');
  });
});
