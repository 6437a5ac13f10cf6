/**
 * A service URL with credentials in it (`https://user:password@host/…`, the
 * form Prometheus and MLflow users write) cannot be fetched as it is: the
 * Fetch standard refuses a request whose URL includes credentials (Node's
 * fetch throws "Request cannot be constructed from a URL that includes
 * credentials" before connecting). The credentials go in an Authorization
 * header instead, as HTTP Basic authentication (RFC 7617): base64 of
 * `user-id:password` in UTF-8, each part percent-decoded first, since a URL
 * holds them percent-encoded.
 */
import { UserError } from './errors.js';

export interface SplitUrl {
  /** The URL without its userinfo (and without a trailing slash). */
  url: string;
  username?: string;
  password?: string;
  /** `Basic <base64>`, when the URL had a user name or a password. */
  authorization?: string;
}

function decode(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}

/** Split the userinfo off an http(s) URL; `field` names the input in errors. */
export function splitUrlCredentials(raw: string, field: string): SplitUrl {
  let parsed: URL;
  try {
    parsed = new URL(raw.trim());
  } catch {
    // The URL itself may hold the password: say only that it is not one.
    throw new UserError('not a valid URL', { field });
  }
  const username = decode(parsed.username);
  const password = decode(parsed.password);
  parsed.username = '';
  parsed.password = '';
  const url = parsed.toString().replace(/\/+$/, '');
  if (!username && !password) return { url };
  const authorization = `Basic ${Buffer.from(`${username}:${password}`, 'utf8').toString('base64')}`;
  return { url, username, password: password || undefined, authorization };
}
