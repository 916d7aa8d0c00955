/**
 * Every message the background answers, one handler table per area. The background entry
 * registers them with one loop; tests/unit/messaging-conventions.test.ts checks that each cs:/ui:
 * message of lib/messaging has exactly one handler here.
 */
import type { HandlerTable } from '@/lib/messaging';
import { callbacksHandlers } from './callbacks';
import { dataHandlers } from './data';
import { dockHandlers } from './dock';
import { lintHandlers } from './lint';
import { packsHandlers } from './packs';
import { policyHandlers } from './policy';
import { recipesHandlers } from './recipes';
import { roomHandlers } from './room';
import { sitesHandlers, type Sites } from './sites';
import { statsHandlers } from './stats';

export interface HandlerDeps {
  /** The installed packs are loaded (registerPacks). */
  packsReady: Promise<void>;
  /** Generic mode (registerSites). */
  sites: Sites;
}

/** The handler tables by area (an area's name, for a conventions test's message). */
export function handlerTables({ packsReady, sites }: HandlerDeps): Record<string, HandlerTable> {
  return {
    lint: lintHandlers(packsReady),
    callbacks: callbacksHandlers(),
    room: roomHandlers,
    packs: packsHandlers(packsReady),
    data: dataHandlers(),
    policy: policyHandlers,
    stats: statsHandlers(packsReady),
    sites: sitesHandlers(sites),
    recipes: recipesHandlers,
    dock: dockHandlers,
  };
}
