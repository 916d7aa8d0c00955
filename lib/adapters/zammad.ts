import type { Adapter, Channel, ThreadMessage } from './types';
import { bodyText, customerFrom, first, nonEmpty, text, recent } from './dom';

// Stays code, not a recipe: the active task must be the address's ticket, and the channel is one of
// many class names on the first article.
// Zammad (https://<sub>.zammad.com/#ticket/zoom/<id>). Zammad is also self-hosted: those installs
// are enabled by the rep at run time through generic mode, and detect() recognises them by their
// DOM (it does not check the host). Every open ticket is a task whose content stays in the DOM
// (div.content#content_permanent_TicketZoom<id>); only the active task has class "active".
// Sources (checked 2026-11-23):
// - zammad/zammad app/assets/javascripts/app/views/ticket_zoom/article_view.jst.eco
//   (.ticket-article-item with the sender name (customer/agent/system) and article type as classes,
//   .text-bubble, .internal for internal articles)
// - zammad/zammad app/assets/javascripts/app/views/ticket_zoom/article_new.jst.eco
//   (form.article-add, div.articleNewEdit-body[contenteditable][data-name=body])
// - toggl/track-extension src/content/zammad.js (.ticket-number, .ticket-title,
//   [data-tab="customer"] [title="Name"])
// Not verified: the customer email selector in the sidebar ([title="Email"]); the id of the task
// container is from Zammad's task manager code as remembered, not re-read here.
const SEL = {
  task: (id: string) => [`#content_permanent_TicketZoom${id}`], // one per open ticket tab
  activeTask: ['.content.active[id^="content_permanent_TicketZoom"]'],
  title: ['.ticket-title .ticket-title-update', '.ticket-title'],
  articles: ['.ticket-article .ticket-article-item', '.ticket-article-item'],
  bubble: ['.text-bubble'],
  time: ['time[data-time]'],
  quoted: ['.bubble-arrow', 'blockquote[type="cite"]', '.js-signatureMarker ~ *'],
  composer: ['form.article-add .articleNewEdit-body[contenteditable="true"]', '.js-textarea[contenteditable="true"][data-name="body"]'],
  name: ['.sidebar[data-tab="customer"] [title="Name"]', '[data-tab="customer"] [title="Name"]'],
  email: ['.sidebar[data-tab="customer"] [title="Email"]', '[data-tab="customer"] [title="Email"]'],
} as const;

const HASH = /^#ticket\/zoom\/(\d+)/;

function activeTask(doc: Document): Element | null {
  const id = HASH.exec(doc.location?.hash ?? '')?.[1];
  const byId = id ? first(doc, SEL.task(id)) : null;
  return byId?.classList.contains('active') ? byId : first(doc, SEL.activeTask);
}

function channelOf(cls: string): Channel | undefined {
  if (/\b(email|web)\b/.test(cls)) return 'email';
  if (/\bphone\b/.test(cls)) return 'phone';
  if (/\b(chat|sms|telegram|whatsapp|facebook|twitter)/.test(cls)) return 'chat';
  return undefined;
}

export const zammad: Adapter = {
  id: 'zammad',
  order: 70,
  name: 'Zammad',
  matches: ['https://*.zammad.com/*'],
  detect(location, doc) {
    const id = HASH.exec(location.hash)?.[1];
    if (!id) return null;
    const task = first(doc, SEL.task(id));
    if (!task || !task.classList.contains('active') || !first(task, SEL.articles)) return null;
    const title = text(first(task, SEL.title));
    const firstArticle = first(task, SEL.articles);
    const channel = firstArticle ? channelOf(firstArticle.className) : undefined;
    return {
      key: `zammad:${location.host}:${id}`,
      link: `${location.origin}${location.pathname}#ticket/zoom/${id}`,
      ...nonEmpty({ title, channel }),
    };
  },
  thread(doc) {
    const task = activeTask(doc);
    if (!task) return [];
    return recent(task, SEL.articles)
      .filter((el) => !el.classList.contains('system'))
      .map((el): ThreadMessage => {
        const bubble = first(el, SEL.bubble);
        const at = first(el, SEL.time)?.getAttribute('data-time');
        const internal = bubble?.classList.contains('internal') || el.classList.contains('is-internal');
        return {
          role: internal ? 'note' : el.classList.contains('customer') ? 'customer' : 'agent',
          text: bodyText(bubble, SEL.quoted),
          ...nonEmpty({ at }),
        };
      });
  },
  composer(doc) {
    const task = activeTask(doc);
    return task ? first(task, SEL.composer) : null;
  },
  customer(doc) {
    const task = activeTask(doc);
    return task ? customerFrom(task, SEL.name, SEL.email) : {};
  },
};

export default zammad;
