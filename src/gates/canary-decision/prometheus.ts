/**
 * Metric samples from Prometheus's HTTP API: one `query_range` per metric
 * and variant, with the variant's label selector put into the metric's
 * PromQL template where it says `$selector` (or `${scope}`, Kayenta's
 * placeholder), e.g.
 *
 *   histogram_quantile(0.99, sum by (le) (rate(http_request_duration_seconds_bucket{$selector}[1m])))
 *
 * Every point of every returned series is one sample (Kayenta does the
 * same with its per-interval values). "NaN" and ±Inf points are missing.
 * API: https://prometheus.io/docs/prometheus/latest/querying/api/#range-queries
 *
 * A URL with `user:password@` is sent as Basic authentication (Prometheus's
 * `basic_auth_users`, or a proxy in front of it); the URL in every message
 * is the one without them.
 */
import { UserError } from '../../core/errors.js';
import { splitUrlCredentials } from '../../core/url-credentials.js';
import type { MetricConfig } from './config.js';
import type { RawMetricData } from './samples.js';

export interface PrometheusSource {
  url: string;
  /** Window end (default: now) and length. */
  end: Date;
  windowSeconds: number;
  stepSeconds: number;
  selectors: { canary: string; baseline: string };
  timeoutMs?: number;
  /** For tests and proxies; the global fetch otherwise. */
  fetch?: typeof fetch;
  /** Told the Authorization value made from the URL's credentials, so that it is masked and redacted like them. */
  secret?: (value: string) => void;
}

/** The server's address and the headers every query carries. */
interface Endpoint {
  base: string;
  headers: Record<string, string>;
}

function endpointOf(source: PrometheusSource): Endpoint {
  const { url, authorization } = splitUrlCredentials(source.url, 'input prometheus-url');
  const headers: Record<string, string> = { 'content-type': 'application/x-www-form-urlencoded' };
  if (authorization) {
    source.secret?.(authorization.slice('Basic '.length));
    headers.authorization = authorization;
  }
  return { base: url, headers };
}

const UNITS: Record<string, number> = { ms: 0.001, s: 1, m: 60, h: 3600, d: 86400, w: 604800, y: 31536000 };

/** A Prometheus duration (`90s`, `30m`, `1h30m`) or a number of seconds, in seconds. */
export function parseDuration(text: string, field: string): number {
  const t = text.trim();
  if (/^\d+(\.\d+)?$/.test(t)) return Number(t);
  const re = /(\d+)(ms|s|m|h|d|w|y)/y;
  let total = 0;
  let pos = 0;
  while (pos < t.length) {
    re.lastIndex = pos;
    const m = re.exec(t);
    if (!m) throw new UserError(`not a duration: "${text}" (e.g. 90s, 30m, 1h30m)`, { field });
    total += Number(m[1]) * UNITS[m[2]];
    pos = re.lastIndex;
  }
  if (!(total > 0)) throw new UserError(`not a positive duration: "${text}"`, { field });
  return total;
}

/** An RFC 3339 time or Unix seconds. */
export function parseTime(text: string, field: string): Date {
  const t = text.trim();
  const d = /^\d+(\.\d+)?$/.test(t) ? new Date(Number(t) * 1000) : new Date(t);
  if (Number.isNaN(d.getTime())) throw new UserError(`not a time: "${text}" (RFC 3339 or Unix seconds)`, { field });
  return d;
}

export function fillTemplate(template: string, selector: string): string {
  return template.replaceAll('${scope}', selector).replaceAll('$selector', selector);
}

interface QueryRangeResponse {
  status: 'success' | 'error';
  errorType?: string;
  error?: string;
  data?: { resultType: string; result: { metric: Record<string, string>; values?: [number, string][] }[] };
}

async function queryRange(source: PrometheusSource, endpoint: Endpoint, query: string, metric: string): Promise<Float64Array> {
  const { base } = endpoint;
  const end = source.end.getTime() / 1000;
  const params = new URLSearchParams({
    query,
    start: String(end - source.windowSeconds),
    end: String(end),
    step: String(source.stepSeconds),
  });
  const url = `${base}/api/v1/query_range`;
  const doFetch = source.fetch ?? fetch;
  let res: Response;
  try {
    res = await doFetch(url, {
      method: 'POST',
      headers: endpoint.headers,
      body: params.toString(),
      signal: AbortSignal.timeout(source.timeoutMs ?? 30_000),
    });
  } catch (err) {
    const cause = (err as { cause?: { code?: string } }).cause?.code ?? (err as Error).name;
    throw new UserError(`cannot reach Prometheus at ${base} (${cause})`, { field: `metric ${metric}` });
  }
  const body = await res.text();
  if (res.status === 401 || res.status === 403) {
    const given = endpoint.headers.authorization ? 'the user and password in the URL were refused' : 'it asks for credentials: put `user:password@` in the URL';
    throw new UserError(`Prometheus at ${base} answered HTTP ${res.status}: ${given}`, { field: 'input prometheus-url' });
  }
  let parsed: QueryRangeResponse;
  try {
    parsed = JSON.parse(body) as QueryRangeResponse;
  } catch {
    throw new UserError(`Prometheus at ${base} answered HTTP ${res.status} with a body that is not JSON`, { field: `metric ${metric}` });
  }
  if (parsed.status !== 'success' || !parsed.data) {
    throw new UserError(`Prometheus rejected the query ${JSON.stringify(query)}: ${parsed.errorType ?? `HTTP ${res.status}`}: ${parsed.error ?? 'no message'}`, {
      field: `metric ${metric}`,
    });
  }
  if (parsed.data.resultType !== 'matrix') {
    throw new UserError(`expected a range vector (matrix) from ${JSON.stringify(query)}, got ${parsed.data.resultType}`, { field: `metric ${metric}` });
  }
  const values: number[] = [];
  for (const series of parsed.data.result) {
    for (const [, v] of series.values ?? []) {
      const n = Number(v);
      values.push(Number.isFinite(n) ? n : NaN);
    }
  }
  return Float64Array.from(values);
}

export async function fetchPrometheusMetrics(source: PrometheusSource, metrics: MetricConfig[]): Promise<Map<string, RawMetricData>> {
  const out = new Map<string, RawMetricData>();
  const endpoint = endpointOf(source);
  for (const metric of metrics) {
    if (!metric.query) continue;
    const [canary, baseline] = await Promise.all([
      queryRange(source, endpoint, fillTemplate(metric.query, source.selectors.canary), metric.name),
      queryRange(source, endpoint, fillTemplate(metric.query, source.selectors.baseline), metric.name),
    ]);
    out.set(metric.name, { canary, baseline });
  }
  return out;
}
