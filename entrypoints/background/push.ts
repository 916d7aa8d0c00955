import { sendMessage, type ChangeTopic } from '@/lib/messaging';

/** Tells the open extension pages that `what` changed (push:changed, their one channel); no page open is fine. */
export function pushChange(what: ChangeTopic): void {
  void sendMessage('push:changed', { what }).catch(() => {});
}
