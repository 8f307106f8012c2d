/**
 * Fits the safety screen's linear models by full-batch gradient descent with L2 regularisation:
 * deterministic (zero start, fixed steps), so the same corpus always gives the same weights.
 */
import type { FeatureSet } from '../../src/safety/message-features.js';
import type { LinearWeights } from '../../src/safety/safety-model.js';

const STEPS = 400;
const RATE = 0.8;

/** Training options: how strongly weights are pulled towards zero. */
export interface FitOptions {
  l2: number;
}

function index(examples: FeatureSet[]): { names: string[]; rows: number[][] } {
  const ids = new Map<string, number>();
  const rows = examples.map((features) =>
    [...features].map((name) => {
      let id = ids.get(name);
      if (id === undefined) {
        id = ids.size;
        ids.set(name, id);
      }
      return id;
    }),
  );
  return { names: [...ids.keys()], rows };
}

function toWeights(names: string[], bias: number, values: Float64Array): LinearWeights {
  const weights: Record<string, number> = {};
  names.forEach((name, id) => {
    const value = values[id] ?? 0;
    if (Math.abs(value) >= 0.02) weights[name] = Math.round(value * 1e4) / 1e4;
  });
  return { bias: Math.round(bias * 1e4) / 1e4, weights };
}

/** Logistic regression: `labels[i]` is 1 for a disclosure. */
export function fitLogistic(
  examples: FeatureSet[],
  labels: number[],
  options: FitOptions,
): LinearWeights {
  const { names, rows } = index(examples);
  const w = new Float64Array(names.length);
  let bias = 0;
  const n = rows.length;
  for (let step = 0; step < STEPS; step += 1) {
    const grad = new Float64Array(names.length);
    let gradBias = 0;
    rows.forEach((row, i) => {
      let z = bias;
      for (const id of row) z += w[id] ?? 0;
      const error = 1 / (1 + Math.exp(-z)) - (labels[i] ?? 0);
      gradBias += error;
      for (const id of row) grad[id] = (grad[id] ?? 0) + error;
    });
    for (let id = 0; id < w.length; id += 1) {
      w[id] = (w[id] ?? 0) - RATE * ((grad[id] ?? 0) / n + options.l2 * (w[id] ?? 0));
    }
    bias -= (RATE * gradBias) / n;
  }
  return toWeights(names, bias, w);
}

/** Softmax regression over `classes`; `labels[i]` is an index into `classes`. */
export function fitSoftmax(
  examples: FeatureSet[],
  labels: number[],
  classes: number,
  options: FitOptions,
): LinearWeights[] {
  const { names, rows } = index(examples);
  const w = Array.from({ length: classes }, () => new Float64Array(names.length));
  const bias = new Float64Array(classes);
  const n = rows.length;
  for (let step = 0; step < STEPS; step += 1) {
    const grad = Array.from({ length: classes }, () => new Float64Array(names.length));
    const gradBias = new Float64Array(classes);
    rows.forEach((row, i) => {
      const scores = w.map((weights, k) => {
        let z = bias[k] ?? 0;
        for (const id of row) z += weights[id] ?? 0;
        return z;
      });
      const top = Math.max(...scores);
      const exps = scores.map((z) => Math.exp(z - top));
      const total = exps.reduce((sum, value) => sum + value, 0);
      exps.forEach((value, k) => {
        const error = value / total - (labels[i] === k ? 1 : 0);
        gradBias[k] = (gradBias[k] ?? 0) + error;
        const g = grad[k]!;
        for (const id of row) g[id] = (g[id] ?? 0) + error;
      });
    });
    for (let k = 0; k < classes; k += 1) {
      const weights = w[k]!;
      const g = grad[k]!;
      for (let id = 0; id < weights.length; id += 1) {
        weights[id] =
          (weights[id] ?? 0) - RATE * ((g[id] ?? 0) / n + options.l2 * (weights[id] ?? 0));
      }
      bias[k] = (bias[k] ?? 0) - (RATE * (gradBias[k] ?? 0)) / n;
    }
  }
  return w.map((weights, k) => toWeights(names, bias[k] ?? 0, weights));
}
