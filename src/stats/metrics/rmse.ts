import { mse } from './mse.js';

/**
 * Root mean squared error: sqrt((1/n) Σ (y_i − ŷ_i)²), in the target's unit.
 *
 * Reference: `sklearn.metrics.mean_squared_error(squared=False)`.
 */
export function rmse(actual: Float64Array, predicted: Float64Array): number {
  return Math.sqrt(mse(actual, predicted));
}
