/**
 * Logistic regression over examples that carry both named binary features (the screen's sparse
 * features) and a dense vector (a sentence embedding), by full-batch gradient descent with
 * momentum and L2: deterministic (zero start, fixed steps). Dense inputs are standardised on the
 * training examples first; the same shift and scale are applied when scoring.
 */

/** One example: names of binary features that are on, and a dense vector (may be empty). */
export interface MixedExample {
  names: Iterable<string>;
  dense: ArrayLike<number>;
}

/** A fitted model; `score` returns the probability of a disclosure. */
export interface MixedModel {
  score(example: MixedExample): number;
}

/** Options: L2 strength for each part, gain on the standardised dense inputs, steps. */
export interface MixedOptions {
  l2Sparse: number;
  l2Dense: number;
  gain: number;
  steps?: number;
  rate?: number;
}

export function fitMixed(
  examples: MixedExample[],
  labels: number[],
  options: MixedOptions,
): MixedModel {
  const steps = options.steps ?? 400;
  const rate = options.rate ?? 0.5;
  const ids = new Map<string, number>();
  const rows = examples.map((example) =>
    [...example.names].map((name) => {
      let id = ids.get(name);
      if (id === undefined) {
        id = ids.size;
        ids.set(name, id);
      }
      return id;
    }),
  );
  const dims = examples[0]?.dense.length ?? 0;
  const n = examples.length;
  const mean = new Float64Array(dims);
  const scale = new Float64Array(dims);
  for (const example of examples)
    for (let d = 0; d < dims; d += 1) mean[d]! += example.dense[d]! / n;
  for (const example of examples)
    for (let d = 0; d < dims; d += 1) scale[d]! += (example.dense[d]! - mean[d]!) ** 2 / n;
  for (let d = 0; d < dims; d += 1) scale[d] = options.gain / Math.sqrt(scale[d]! + 1e-12);
  const dense = examples.map((example) => {
    const row = new Float64Array(dims);
    for (let d = 0; d < dims; d += 1) row[d] = (example.dense[d]! - mean[d]!) * scale[d]!;
    return row;
  });
  const ws = new Float64Array(ids.size);
  const wd = new Float64Array(dims);
  const vs = new Float64Array(ids.size);
  const vd = new Float64Array(dims);
  let bias = 0;
  let vb = 0;
  const momentum = 0.9;
  for (let step = 0; step < steps; step += 1) {
    const gs = new Float64Array(ids.size);
    const gd = new Float64Array(dims);
    let gb = 0;
    for (let i = 0; i < n; i += 1) {
      let z = bias;
      for (const id of rows[i]!) z += ws[id]!;
      const x = dense[i]!;
      for (let d = 0; d < dims; d += 1) z += wd[d]! * x[d]!;
      const error = 1 / (1 + Math.exp(-z)) - labels[i]!;
      gb += error;
      for (const id of rows[i]!) gs[id]! += error;
      for (let d = 0; d < dims; d += 1) gd[d]! += error * x[d]!;
    }
    for (let id = 0; id < ws.length; id += 1) {
      vs[id] = momentum * vs[id]! + gs[id]! / n + options.l2Sparse * ws[id]!;
      ws[id]! -= rate * vs[id]!;
    }
    for (let d = 0; d < dims; d += 1) {
      vd[d] = momentum * vd[d]! + gd[d]! / n + options.l2Dense * wd[d]!;
      wd[d]! -= rate * vd[d]!;
    }
    vb = momentum * vb + gb / n;
    bias -= rate * vb;
  }
  return {
    score(example) {
      let z = bias;
      for (const name of example.names) {
        const id = ids.get(name);
        if (id !== undefined) z += ws[id]!;
      }
      for (let d = 0; d < dims; d += 1) z += wd[d]! * (example.dense[d]! - mean[d]!) * scale[d]!;
      return 1 / (1 + Math.exp(-z));
    },
  };
}
