/**
 * Tiny benchmark harness for `npm run bench`. Machines here are noisy, so every bench prints
 * figures measured side by side in one run, and ratios between them; nothing gates on an
 * absolute time.
 */
export interface Stats {
  name: string;
  runs: number;
  median: number;
  p99: number;
  mean: number;
}

export function measure(name: string, fn: () => unknown, opts: { runs?: number; warmup?: number } = {}): Stats {
  const runs = opts.runs ?? 500;
  const warmup = opts.warmup ?? Math.min(100, runs);
  for (let i = 0; i < warmup; i++) fn();
  const times = new Float64Array(runs);
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    times[i] = performance.now() - t0;
  }
  times.sort();
  const sum = times.reduce((a, b) => a + b, 0);
  return {
    name,
    runs,
    median: times[Math.floor(runs / 2)] ?? 0,
    p99: times[Math.min(runs - 1, Math.floor(runs * 0.99))] ?? 0,
    mean: sum / runs,
  };
}

export async function measureAsync(
  name: string,
  fn: () => Promise<unknown>,
  opts: { runs?: number; warmup?: number } = {},
): Promise<Stats> {
  const runs = opts.runs ?? 20;
  const warmup = opts.warmup ?? 2;
  for (let i = 0; i < warmup; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return {
    name,
    runs,
    median: times[Math.floor(runs / 2)] ?? 0,
    p99: times[Math.min(runs - 1, Math.floor(runs * 0.99))] ?? 0,
    mean: times.reduce((a, b) => a + b, 0) / runs,
  };
}

const ms = (v: number): string => `${v.toFixed(v < 1 ? 4 : 2)} ms`;

export function printTable(title: string, rows: Stats[]): void {
  console.log(`\n## ${title}`);
  console.log(['name'.padEnd(48), 'median'.padStart(12), 'p99'.padStart(12), 'mean'.padStart(12), 'runs'.padStart(6)].join(' '));
  for (const r of rows) {
    console.log([r.name.padEnd(48), ms(r.median).padStart(12), ms(r.p99).padStart(12), ms(r.mean).padStart(12), String(r.runs).padStart(6)].join(' '));
  }
}

/** Prints "a is N× faster than b" from medians measured in the same run. */
export function printRatio(a: Stats, b: Stats): void {
  const ratio = b.median / a.median;
  console.log(`ratio: ${a.name} vs ${b.name}: ${ratio.toFixed(1)}× ${ratio >= 1 ? 'faster' : 'slower'} (median ${ms(a.median)} vs ${ms(b.median)})`);
}
