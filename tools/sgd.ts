/**
 * The one training loop of Heard's learned tone layers (tools/train-tone-en.ts, train-tone-level-en.ts,
 * train-tone-de.ts): a class-balanced logistic regression over hashed feature buckets, trained by plain SGD
 * in a seeded order, so the same examples give the same weights on every machine.
 */

/** A deterministic shuffle (a linear congruential generator with a fixed seed). */
export function shuffled<T>(xs: readonly T[], seed: number): T[] {
  const a = [...xs];
  let s = seed >>> 0;
  for (let i = a.length - 1; i > 0; i--) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    const j = s % (i + 1);
    [a[i], a[j]] = [a[j] as T, a[i] as T];
  }
  return a;
}

/** One example: its buckets, each bucket's value (`value` alone when every bucket of the example has the same one), its class. */
export interface SgdExample {
  buckets: readonly number[];
  value: number | readonly number[];
  y: 0 | 1;
}

export interface SgdOptions {
  dim: number;
  epochs: number;
  lr: number;
  l2: number;
  /** The first epoch's shuffle seed (epoch n uses seed + n). */
  seed: number;
}

/** Weights and bias, each class weighing half whatever its count; the learning rate decays by epoch. */
export function trainLogistic(ex: readonly SgdExample[], o: SgdOptions): { w: Float64Array; bias: number } {
  const pos = ex.filter((e) => e.y === 1).length;
  const neg = ex.length - pos;
  const wPos = pos ? ex.length / (2 * pos) : 1;
  const wNeg = neg ? ex.length / (2 * neg) : 1;
  const w = new Float64Array(o.dim);
  let bias = 0;
  for (let epoch = 0; epoch < o.epochs; epoch++) {
    const lr = o.lr / (1 + epoch * 0.2);
    for (const e of shuffled(ex, o.seed + epoch)) {
      const one = typeof e.value === 'number' ? e.value : null;
      const vs = one === null ? (e.value as readonly number[]) : null;
      let z = bias;
      for (let i = 0; i < e.buckets.length; i++) z += (w[e.buckets[i] as number] as number) * (one ?? (vs![i] as number));
      const p = 1 / (1 + Math.exp(-z));
      const g = (p - e.y) * (e.y ? wPos : wNeg);
      bias -= lr * g;
      for (let i = 0; i < e.buckets.length; i++) {
        const b = e.buckets[i] as number;
        w[b] = (w[b] as number) * (1 - lr * o.l2) - lr * g * (one ?? (vs![i] as number));
      }
    }
  }
  return { w, bias };
}
