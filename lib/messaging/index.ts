import { defineExtensionMessaging } from '@webext-core/messaging';
import type { Browser } from 'wxt/browser';
import type * as z from 'zod/mini';
import { CORE_SCHEMAS, type CoreProtocol } from './protocol';
import { CALLBACKS_SCHEMAS, type CallbacksProtocol } from './callbacks';
import { ROOM_SCHEMAS, type RoomProtocol } from './room';
import { PACKS_SCHEMAS, type PacksProtocol } from './packs';
import { DATA_SCHEMAS, type DataProtocol } from './data';
import { POLICY_SCHEMAS, type PolicyProtocol } from './policy';
import { STATS_SCHEMAS, type StatsProtocol } from './stats';
import { SITES_SCHEMAS, type SitesProtocol } from './sites';
import { DOCK_SCHEMAS, type DockProtocol } from './dock';
import { CARD_SCHEMAS, type CardProtocol } from './card';
import { RECIPES_SCHEMAS, type RecipesProtocol } from './recipes';
import { makeReceive } from './receive';

export * from './protocol';
export * from './callbacks';
export * from './room';
export * from './packs';
export * from './data';
export * from './policy';
export * from './stats';
export * from './sites';
export * from './card';
export * from './dock';
export * from './recipes';
export { senderIs, RejectedMessage, PAGE_OR_PANEL, answerAfter, type SenderKind } from './receive';

/** Every message of the extension: the core (content script ↔ background) and each area's. */
export type ProtocolMap = CoreProtocol & CallbacksProtocol & RoomProtocol & PacksProtocol & DataProtocol & PolicyProtocol & StatsProtocol & SitesProtocol & CardProtocol & DockProtocol & RecipesProtocol;

export const SCHEMAS: { [K in keyof ProtocolMap]: z.ZodMiniType } = {
  ...CORE_SCHEMAS,
  ...CALLBACKS_SCHEMAS,
  ...ROOM_SCHEMAS,
  ...PACKS_SCHEMAS,
  ...DATA_SCHEMAS,
  ...POLICY_SCHEMAS,
  ...STATS_SCHEMAS,
  ...SITES_SCHEMAS,
  ...CARD_SCHEMAS,
  ...DOCK_SCHEMAS,
  ...RECIPES_SCHEMAS,
};

const messenger = defineExtensionMessaging<ProtocolMap>();
export const { sendMessage } = messenger;

/**
 * Registers the handler for one message type in an extension context (background, panel, popup,
 * options): the data is parsed with the message's schema and the sender checked before the
 * handler sees anything. Returns the function that removes it.
 */
export const receive = makeReceive<ProtocolMap>(messenger, SCHEMAS);

export type { Browser };
