/**
 * A Kayenta canary configuration (the JSON Spinnaker stores; see Kayenta's
 * docs/canary-config.md) turned into canary-decision's metric settings, so
 * Spinnaker users can bring theirs as it is. Read per metric:
 *
 *   name, groups, query.customInlineTemplate | query.metricName (Prometheus),
 *   analysisConfigurations.canary.{direction, nanStrategy, critical,
 *     mustHaveData, criticality ("critical" | "report-only"),
 *     outliers.{strategy, outlierFactor},
 *     effectSize.{measure ("meanRatio" | "cles"), allowedIncrease, allowedDecrease,
 *       criticalIncrease, criticalDecrease}}
 *   classifier.{groupWeights, scoreThresholds.{pass, marginal}}
 *
 * Kayenta's PromQL placeholders `${scope}` and `${location}` are replaced by
 * the variant's label selector (see prometheus.ts). Unknown fields (services,
 * judge, templates, ...) are ignored: they concern Kayenta's own runtime.
 */
import { UserError } from '../../core/errors.js';
import { metricFromSettings, type CanaryConfig, type MetricConfig, type MetricSettings } from './config.js';

function obj(v: unknown): Record<string, unknown> {
  return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
}

export function fromKayentaConfig(json: Record<string, unknown>, source: string): CanaryConfig {
  const metricsIn = json.metrics as unknown[];
  const metrics: MetricConfig[] = [];
  const seen = new Set<string>();
  metricsIn.forEach((m, i) => {
    const metric = obj(m);
    const name = metric.name;
    if (typeof name !== 'string' || name === '') throw new UserError('a metric without a name', { file: source, field: `metrics[${i}].name` });
    if (seen.has(name)) throw new UserError(`metric "${name}" appears twice`, { file: source, field: `metrics[${i}].name` });
    seen.add(name);
    const canary = obj(obj(metric.analysisConfigurations).canary);
    const effect = obj(canary.effectSize);
    const query = obj(metric.query);
    const settings: MetricSettings = {};
    if (typeof canary.direction === 'string') settings.direction = canary.direction as MetricSettings['direction'];
    if (typeof canary.nanStrategy === 'string' && canary.nanStrategy !== 'none') settings['nan-strategy'] = canary.nanStrategy as 'remove' | 'replace';
    if (canary.critical === true || canary.criticality === 'critical') settings.critical = true;
    if (canary.criticality === 'report-only') settings['report-only'] = true;
    if (canary.mustHaveData === true) settings['must-have-data'] = true;
    if (effect.measure !== undefined) {
      // Kayenta reads anything but "cles" as the mean ratio; a misspelt measure is refused here instead.
      if (effect.measure === 'cles') settings['effect-size-measure'] = 'cles';
      else if (effect.measure === 'meanRatio') settings['effect-size-measure'] = 'mean-ratio';
      else {
        throw new UserError(`effect size measure must be "meanRatio" or "cles", got ${JSON.stringify(effect.measure)}`, {
          file: source,
          field: `metrics[${i}].analysisConfigurations.canary.effectSize.measure`,
        });
      }
    }
    for (const [k, key] of [
      ['allowedIncrease', 'allowed-increase'],
      ['allowedDecrease', 'allowed-decrease'],
      ['criticalIncrease', 'critical-increase'],
      ['criticalDecrease', 'critical-decrease'],
    ] as const) {
      if (typeof effect[k] === 'number') settings[key] = effect[k] as number;
    }
    const outliers = obj(canary.outliers);
    if (outliers.strategy === 'remove' || outliers.strategy === 'keep') settings.outliers = outliers.strategy;
    if (typeof outliers.outlierFactor === 'number') settings['outlier-factor'] = outliers.outlierFactor;
    if (Array.isArray(metric.groups) && metric.groups.length > 0) settings.groups = metric.groups.map(String);
    const template = typeof query.customInlineTemplate === 'string' ? query.customInlineTemplate.replace(/^PromQL:/, '') : undefined;
    if (template) settings.query = template;
    else if (typeof query.metricName === 'string' && query.metricName) settings.query = `${query.metricName}{\${scope}}`;
    // Kayenta judges every metric it has data for; so does the default min-samples of 1 here.
    settings['min-samples'] = 1;
    metrics.push(metricFromSettings(name, settings, source));
  });
  const classifier = obj(json.classifier);
  const groupWeights: Record<string, number> = {};
  for (const [g, w] of Object.entries(obj(classifier.groupWeights))) {
    if (typeof w !== 'number' || !(w >= 0 && w <= 100)) throw new UserError(`group weight must be a number from 0 to 100, got ${JSON.stringify(w)}`, { file: source, field: `classifier.groupWeights.${g}` });
    groupWeights[g] = w;
  }
  const thresholds = obj(classifier.scoreThresholds);
  const scoreThresholds: CanaryConfig['scoreThresholds'] = {};
  if (typeof thresholds.pass === 'number') scoreThresholds.pass = thresholds.pass;
  if (typeof thresholds.marginal === 'number') scoreThresholds.marginal = thresholds.marginal;
  return { metrics, groupWeights, scoreThresholds, source };
}
