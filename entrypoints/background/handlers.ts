/**
 * Every message the background answers, one handler table per area. Each area module that answers
 * messages exports `handlers` (its table, or a function of the deps below that builds it) and is
 * collected here by its file: a new area is its module alone. The background entry registers
 * them with one loop; tests/unit/messaging-conventions.test.ts checks that each cs:/ui: message of
 * lib/messaging has exactly one handler here.
 */
import type { HandlerTable } from '@/lib/messaging';
import type { Sites } from './sites';

export interface HandlerDeps {
  /** The installed packs are loaded (registerPacks). */
  packsReady: Promise<void>;
  /** Generic mode (registerSites). */
  sites: Sites;
}

type AreaHandlers = HandlerTable | ((deps: HandlerDeps) => HandlerTable);
const modules = import.meta.glob<{ handlers?: AreaHandlers }>(['./*.ts', '!./index.ts', '!./handlers.ts'], { eager: true });

/** The handler tables by area (the module's name, for a conventions test's message). */
export function handlerTables(deps: HandlerDeps): Record<string, HandlerTable> {
  const tables: Record<string, HandlerTable> = {};
  for (const [path, mod] of Object.entries(modules)) {
    if (!mod.handlers) continue;
    tables[path.replace(/^\.\/|\.ts$/g, '')] = typeof mod.handlers === 'function' ? mod.handlers(deps) : mod.handlers;
  }
  return tables;
}
