// A full disk, simulated: while `state.full`, every write fails the way IndexedDB fails it (a
// QuotaExceededError DOMException from the request), below Dexie, so Dexie wraps and aborts it as
// it would in a browser. Reads keep working.
import type { DBCore, Middleware } from 'dexie';

export function quotaMiddleware(state: { full: boolean }): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'test-quota',
    create: (down) => ({
      ...down,
      table: (tableName) => {
        const table = down.table(tableName);
        return {
          ...table,
          mutate: (req) =>
            state.full ? Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError')) : table.mutate(req),
        };
      },
    }),
  };
}
