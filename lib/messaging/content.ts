/**
 * The content script's side of the protocol: only the core schemas are bundled here (every byte
 * of the content script loads on every helpdesk page view), while sendMessage stays typed with
 * the whole protocol.
 */
import { defineExtensionMessaging } from '@webext-core/messaging';
import { CORE_SCHEMAS, type CoreProtocol } from './protocol';
import { makeReceive } from './receive';

export type { LintResult } from './protocol';

const messenger = defineExtensionMessaging<CoreProtocol>();
export const { sendMessage } = messenger;
export const receive = makeReceive<CoreProtocol>(messenger, CORE_SCHEMAS);
