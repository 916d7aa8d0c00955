/**
 * The content script's side of the protocol. Every byte of the content script loads on every
 * helpdesk page view, so it bundles only the schemas of the messages it RECEIVES (the bg:* ones:
 * a few booleans and a string); what it sends is parsed by the background. sendMessage stays
 * typed with the whole core protocol.
 */
import { defineExtensionMessaging, type ExtensionMessenger } from '@webext-core/messaging';
import type { CoreProtocol } from './protocol';
import { BgInsertSchema, EmptySchema, PanelOpenSchema } from './to-content';
import { makeReceive } from './receive';

export type { LintResult } from './protocol';

/** The messages the background sends to a content script. */
type ContentProtocol = Pick<CoreProtocol, 'bg:insert' | 'bg:panel' | 'bg:togglePanel' | 'bg:refresh'>;

const messenger = defineExtensionMessaging<CoreProtocol>();
export const { sendMessage } = messenger;
export const receive = makeReceive<ContentProtocol>(messenger as unknown as ExtensionMessenger<ContentProtocol>, {
  'bg:insert': BgInsertSchema,
  'bg:panel': PanelOpenSchema,
  'bg:togglePanel': EmptySchema,
  'bg:refresh': EmptySchema,
});
