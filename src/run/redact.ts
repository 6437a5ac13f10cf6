/**
 * Secrets, redacted once. A run learns its credentials from three places:
 * inputs declared `secret` (the GitHub token), the user:password part of any
 * URL it is given (a Prometheus URL, an MLflow tracking URI), and the
 * environment's credential variables (MLFLOW_TRACKING_TOKEN, …). run-gate.ts
 * passes everything that leaves the process (the JSON report, the Markdown of
 * the summary and comment, outputs, annotations, log lines, error messages)
 * through one Redactor, so no copy of a secret can slip past a second,
 * forgotten redaction.
 */

/**
 * `scheme://userinfo@`: the userinfo of a URL anywhere in a text. It runs to
 * the LAST `@` before the host, as URL parsers read it: a password written
 * with a raw `@` (`user:p@ss@host`) is userinfo whole.
 */
const URL_USERINFO = /\b([a-z][a-z0-9+.-]*:\/\/)([^/?#\s]+)@/gi;

/**
 * Environment variables that hold credentials: the names the tools we talk
 * to document (MLflow's MLFLOW_TRACKING_TOKEN / _PASSWORD, the runner's
 * ACTIONS_RUNTIME_TOKEN) and any other *_TOKEN, *_PASSWORD, *_SECRET or
 * *_API_KEY.
 */
const SECRET_ENV = /(^|_)(TOKEN|PASSWORD|PASSWD|SECRET|API_KEY|ACCESS_KEY)$/i;

/** Shorter values are not treated as secrets: "***" in place of every "on" would wreck the text. */
const MIN_SECRET_LENGTH = 4;

export const REDACTED = '***';

export class Redactor {
  private readonly secrets = new Set<string>();
  private ordered: string[] | null = null;

  constructor(private readonly onNew: (secret: string) => void = () => {}) {}

  /** A credential to redact from now on (and its URL-encoded form). */
  add(secret: string | undefined): void {
    if (!secret) return;
    this.addOne(secret);
    this.addOne(encodeURIComponent(secret));
  }

  private addOne(secret: string): void {
    if (secret.length < MIN_SECRET_LENGTH || this.secrets.has(secret)) return;
    this.secrets.add(secret);
    this.ordered = null;
    this.onNew(secret);
  }

  /**
   * The credentials inside a value: a URL's userinfo, its password alone, and
   * the Basic authorization built from them (which a server may echo back in
   * an error body).
   */
  addFromValue(value: unknown): void {
    if (typeof value === 'string') {
      for (const m of value.matchAll(URL_USERINFO)) {
        const userinfo = m[2];
        this.add(userinfo);
        const colon = userinfo.indexOf(':');
        const user = colon < 0 ? userinfo : userinfo.slice(0, colon);
        const password = colon < 0 ? undefined : userinfo.slice(colon + 1);
        if (password) this.add(password);
        const decoded = `${safeDecode(user)}:${safeDecode(password ?? '')}`;
        this.add(Buffer.from(decoded).toString('base64'));
        if (password) this.add(safeDecode(password));
      }
    } else if (Array.isArray(value)) {
      for (const v of value) this.addFromValue(v);
    } else if (value && typeof value === 'object') {
      for (const v of Object.values(value)) this.addFromValue(v);
    }
  }

  /** The credential variables of an environment. */
  addFromEnv(env: Record<string, string | undefined>): void {
    for (const [name, value] of Object.entries(env)) {
      if (value && SECRET_ENV.test(name)) this.add(value.trim());
    }
  }

  /** The text with every URL userinfo and every known secret replaced by "***". */
  redact(text: string): string {
    let out = text.replace(URL_USERINFO, `$1${REDACTED}@`);
    if (this.secrets.size === 0) return out;
    // Longest first, so that a secret containing another is replaced whole.
    this.ordered ??= [...this.secrets].sort((a, b) => b.length - a.length);
    for (const s of this.ordered) if (out.includes(s)) out = out.split(s).join(REDACTED);
    return out;
  }

  /** A copy of a JSON-like value with every string redacted (keys included). */
  redactDeep<T>(value: T): T {
    return this.walk(value) as T;
  }

  private walk(value: unknown): unknown {
    if (typeof value === 'string') return this.redact(value);
    if (Array.isArray(value)) return value.map((v) => this.walk(v));
    if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(value)) out[this.redact(k)] = this.walk(v);
      return out;
    }
    return value;
  }
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
