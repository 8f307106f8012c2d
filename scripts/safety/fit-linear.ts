/**
 * Fits the safety screen's linear models by full-batch gradient descent with L2 regularisation:
 * deterministic (zero start, fixed steps), so the same corpus always gives the same weights.
 */
import type { FeatureSet } from '../../src/safety/message-features.js';
import type { LinearWeights } from '../../src/safety/safety-model.js';

const STEPS = 400;
const RATE = 0.8;

/**
 * Training options: how strongly weights are pulled towards zero, and how much the dense vector
 * features (if any) are magnified while fitting. The stored weights already carry the gain, so
 * scoring multiplies plain sentence vectors by them.
 */
export interface FitOptions {
  l2: number;
  vectorGain?: number;
}

/** Each example's dense vector features, aligned with the examples (optional). */
export type DenseRows = readonly Float32Array[] | undefined;

function denseWeights(values: Float64Array, gain: number): number[] {
  return [...values].map((value) => Math.round(value * gain * 1e4) / 1e4);
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
  dense?: DenseRows,
): LinearWeights {
  const { names, rows } = index(examples);
  const w = new Float64Array(names.length);
  const gain = options.vectorGain ?? 1;
  const width = dense?.[0]?.length ?? 0;
  const d = new Float64Array(width);
  let bias = 0;
  const n = rows.length;
  for (let step = 0; step < STEPS; step += 1) {
    const grad = new Float64Array(names.length);
    const gradDense = new Float64Array(width);
    let gradBias = 0;
    rows.forEach((row, i) => {
      let z = bias;
      for (const id of row) z += w[id] ?? 0;
      const x = dense?.[i];
      if (x !== undefined) for (let j = 0; j < width; j += 1) z += (d[j] ?? 0) * (x[j] ?? 0) * gain;
      const error = 1 / (1 + Math.exp(-z)) - (labels[i] ?? 0);
      gradBias += error;
      for (const id of row) grad[id] = (grad[id] ?? 0) + error;
      if (x !== undefined) {
        for (let j = 0; j < width; j += 1)
          gradDense[j] = (gradDense[j] ?? 0) + error * (x[j] ?? 0) * gain;
      }
    });
    for (let id = 0; id < w.length; id += 1) {
      w[id] = (w[id] ?? 0) - RATE * ((grad[id] ?? 0) / n + options.l2 * (w[id] ?? 0));
    }
    for (let j = 0; j < width; j += 1) {
      d[j] = (d[j] ?? 0) - RATE * ((gradDense[j] ?? 0) / n + options.l2 * (d[j] ?? 0));
    }
    bias -= (RATE * gradBias) / n;
  }
  const weights = toWeights(names, bias, w);
  return width === 0 ? weights : { ...weights, dense: denseWeights(d, gain) };
}

/** Softmax regression over `classes`; `labels[i]` is an index into `classes`. */
export function fitSoftmax(
  examples: FeatureSet[],
  labels: number[],
  classes: number,
  options: FitOptions,
  dense?: DenseRows,
): LinearWeights[] {
  const { names, rows } = index(examples);
  const w = Array.from({ length: classes }, () => new Float64Array(names.length));
  const gain = options.vectorGain ?? 1;
  const width = dense?.[0]?.length ?? 0;
  const d = Array.from({ length: classes }, () => new Float64Array(width));
  const bias = new Float64Array(classes);
  const n = rows.length;
  for (let step = 0; step < STEPS; step += 1) {
    const grad = Array.from({ length: classes }, () => new Float64Array(names.length));
    const gradDense = Array.from({ length: classes }, () => new Float64Array(width));
    const gradBias = new Float64Array(classes);
    rows.forEach((row, i) => {
      const x = dense?.[i];
      const scores = w.map((weights, k) => {
        let z = bias[k] ?? 0;
        for (const id of row) z += weights[id] ?? 0;
        const dk = d[k]!;
        if (x !== undefined)
          for (let j = 0; j < width; j += 1) z += (dk[j] ?? 0) * (x[j] ?? 0) * gain;
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
        const gd = gradDense[k]!;
        if (x !== undefined)
          for (let j = 0; j < width; j += 1) gd[j] = (gd[j] ?? 0) + error * (x[j] ?? 0) * gain;
      });
    });
    for (let k = 0; k < classes; k += 1) {
      const weights = w[k]!;
      const g = grad[k]!;
      for (let id = 0; id < weights.length; id += 1) {
        weights[id] =
          (weights[id] ?? 0) - RATE * ((g[id] ?? 0) / n + options.l2 * (weights[id] ?? 0));
      }
      const dk = d[k]!;
      const gd = gradDense[k]!;
      for (let j = 0; j < width; j += 1) {
        dk[j] = (dk[j] ?? 0) - RATE * ((gd[j] ?? 0) / n + options.l2 * (dk[j] ?? 0));
      }
      bias[k] = (bias[k] ?? 0) - (RATE * (gradBias[k] ?? 0)) / n;
    }
  }
  return w.map((weights, k) => {
    const fitted = toWeights(names, bias[k] ?? 0, weights);
    return width === 0 ? fitted : { ...fitted, dense: denseWeights(d[k]!, gain) };
  });
}
