/**
 * One at a time: each call runs after the previous one has settled (resolved or failed), so two
 * writes of one store never interleave, and one failure does not block the next. Returns the run's
 * own result or failure.
 */
export function serialQueue(): <T>(fn: () => Promise<T>) => Promise<T> {
  let chain: Promise<unknown> = Promise.resolve();
  return <T>(fn: () => Promise<T>): Promise<T> => {
    const run = chain.then(fn, fn);
    chain = run.catch(() => {});
    return run;
  };
}
