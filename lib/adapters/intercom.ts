import type { Adapter } from './types';
import { customerFrom, first, messageFrom, nonEmpty, text, recent } from './dom';

// Stays code, not a recipe: the open conversation is the element whose data-conversation-id is the
// address's id (every read is scoped by the URL), and roles come from class-name patterns.
// Intercom Inbox (https://app.intercom.com/a/inbox/<app>/inbox/.../conversation/<id>; EU and AU
// workspaces on app.eu.intercom.com / app.au.intercom.com). The composer is a ProseMirror editor
// (div.ProseMirror[contenteditable=true]); reply and note share it and switch by a tab.
// Sources (checked 2026-11-23):
// - toggl/track-extension src/content/intercom.js ([data-conversation-id] view,
//   [data-intercom-target="conversation-card-header"], .conversation__card__title__text)
// - ProseMirror's own markup (class ProseMirror on the contenteditable root)
// Not verified: the conversation part classes (o__user-comment / o__admin-comment / o__admin-note)
// come from Intercom's older Ember inbox and may have changed in Inbox 2; the user sidebar selectors.
// TODO(2026-11-23): re-check against a live Intercom workspace.
const SEL = {
  view: (id: string) => [`[data-conversation-id="${id}"]`], // the open conversation
  title: ['.conversation__card__title__text', '[data-intercom-target="conversation-card-header"]'],
  parts: ['.conversation__part'], // one per message / note / event
  body: ['.conversation__part__body', '.intercom-interblocks'],
  author: ['.conversation__part__author'],
  time: ['time[datetime]'],
  quoted: ['.gmail_quote', 'blockquote[type="cite"]'],
  composer: [
    '[data-intercom-target="conversation-composer"] .ProseMirror[contenteditable="true"]', // Inbox 2 composer
    '.inbox__conversation-composer .ProseMirror[contenteditable="true"]', // older inbox
  ],
  name: ['[data-intercom-target="conversation-details-user-name"]', '.inbox__user-name'],
  email: ['[data-intercom-target="conversation-details-user-email"]', '.inbox__user-email'],
} as const;

const PATH = /^\/a\/inbox\/([\w-]+)\/.*\/conversation\/(\d+)/;

function view(doc: Document, location: URL | Location | null): Element | null {
  const id = location ? PATH.exec(location.pathname)?.[2] : undefined;
  return id ? first(doc, SEL.view(id)) : null;
}

export const intercom: Adapter = {
  id: 'intercom',
  order: 40,
  name: 'Intercom',
  matches: ['https://app.intercom.com/*', 'https://app.eu.intercom.com/*', 'https://app.au.intercom.com/*'],
  detect(location, doc) {
    const m = PATH.exec(location.pathname);
    if (!m) return null;
    const [, app, id] = m;
    const v = view(doc, location);
    if (!v) return null;
    const title = text(first(v, SEL.title));
    return {
      key: `intercom:${location.host}:${id}`,
      link: `${location.origin}/a/inbox/${app}/inbox/conversation/${id}`,
      ...nonEmpty({ title }),
    };
  },
  thread(doc) {
    const v = view(doc, doc.location) ?? doc;
    return recent(v, SEL.parts)
      .filter((el) => /o__(user|admin)-(comment|note)/.test(el.className))
      .map((el) => {
        const cls = el.className;
        const role = cls.includes('o__admin-note') ? 'note' : cls.includes('o__admin-comment') ? 'agent' : 'customer';
        return messageFrom(el, role, SEL);
      });
  },
  composer(doc) {
    const v = view(doc, doc.location) ?? doc;
    return first(v, SEL.composer);
  },
  customer(doc) {
    return customerFrom(doc, SEL.name, SEL.email);
  },
};

export default intercom;
