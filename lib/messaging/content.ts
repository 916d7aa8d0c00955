/**
 * The content script's side of the protocol. Every byte of the content script loads on every
 * helpdesk page view, so it carries neither @webext-core/messaging nor zod: wire.ts speaks the
 * same wire format, checks each bg:* message's sender and shape with a guard equal to its zod
 * schema (to-content.ts), and what the content script sends is parsed with zod by the background.
 * sendMessage stays typed with the whole core protocol.
 */
import type { CoreProtocol } from './protocol';
import type { CardProtocol } from './card';
import { emptyGuard, insertGuard, makeWireReceive, panelGuard, wireSend } from './wire';
import type { DockProtocol } from './dock';
import type { RecipesProtocol } from './recipes';

export type { LintResult } from './protocol';

/** The messages the background sends to a content script. */
type ContentProtocol = Pick<CoreProtocol, 'bg:insert' | 'bg:panel' | 'bg:togglePanel' | 'bg:refresh'> & Pick<DockProtocol, 'bg:dock'>;

type Sent = CoreProtocol & DockProtocol & CardProtocol & Pick<RecipesProtocol, 'cs:recipe' | 'cs:selfcheck' | 'ui:recipes:save' | 'ui:recipes:export'>;
export const sendMessage = <K extends keyof Sent & string>(type: K, data: Parameters<Sent[K]>[0]): Promise<Awaited<ReturnType<Sent[K]>>> =>
  wireSend<Sent, K>(type, data);
export const receive = makeWireReceive<ContentProtocol>({
  'bg:insert': insertGuard,
  'bg:panel': panelGuard,
  'bg:togglePanel': emptyGuard,
  'bg:refresh': emptyGuard,
  'bg:dock': emptyGuard,
});
