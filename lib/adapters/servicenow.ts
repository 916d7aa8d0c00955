import type { Adapter, ThreadMessage } from './types';
import { channelFrom, first, frameDocument, nonEmpty, pickComposer, text, recent } from './dom';

// Stays code, not a recipe: the form is in the gsft_main iframe and its field ids are built from the
// record's table name (incident.number, sys_display.incident.caller_id).
// ServiceNow, classic UI16 (https://<instance>.service-now.com/nav_to.do?uri=incident.do?sys_id=<id>,
// or the Next Experience shell /now/nav/ui/classic/params/target/...). The record form lives in the
// same-origin iframe#gsft_main; the adapter reads it through contentDocument (or the page itself when
// the form is opened directly, e.g. /incident.do?sys_id=...).
// Sources (checked 2026-11-23): ServiceNow classic form conventions: iframe#gsft_main, hidden
// input#sys_uniqueValue (sys_id) and the form id "<table>.do", field ids "<table>.<field>" and
// "sys_display.<table>.<field>", activity stream textareas #activity-stream-comments-textarea and
// #activity-stream-work_notes-textarea (as used by ServiceNow community userscripts).
// Not verified: the activity stream entry classes (li.h-card with h-card_comments / h-card_work_notes,
// .sn-card-component-createdby, .sn-widget-textblock-body); Next Experience pages that render the
// form inside shadow roots (Polaris workspaces) are not read. TODO(2026-11-23): check a live instance.
const SEL = {
  frame: ['iframe#gsft_main', 'iframe[name="gsft_main"]'], // classic content frame
  sysId: ['input#sys_uniqueValue'],
  form: ['form[id$=".do"]'],
  entries: ['.activities-form li.h-card', 'ul.activities li.h-card'], // activity stream, newest first
  author: ['.sn-card-component-createdby'],
  body: ['.sn-widget-textblock-body'],
  time: ['.date-calendar[title]', 'time[datetime]'],
  composer: [
    'textarea#activity-stream-comments-textarea', // Additional comments (customer visible)
    'textarea#activity-stream-work_notes-textarea', // Work notes
    'textarea#activity-stream-textarea', // single box with a "Work notes" toggle
  ],
} as const;

const TOP_PATHS = [/^\/nav_to\.do/, /^\/now\/nav\/ui\/classic\//, /^\/[a-z_0-9]+\.do$/];

function formDoc(doc: Document): Document | null {
  const frame = first(doc, SEL.frame);
  return frame ? frameDocument(frame) : doc; // null when the frame is cross-origin
}

function value(d: Document, id: string): string {
  return ((d.getElementById(id) as HTMLInputElement | null)?.value ?? '').trim();
}

function tableOf(d: Document): string | null {
  return first(d, SEL.form)?.id.replace(/\.do$/, '') ?? null;
}

// contact_type words beyond mail / phone / chat (self-service and web requests count as email).
const CHANNEL_WORDS = { email: ['self-service', 'web'], chat: ['virtual_agent'] };

export const servicenow: Adapter = {
  id: 'servicenow',
  order: 90,
  name: 'ServiceNow',
  matches: ['https://*.service-now.com/*'],
  detect(location, doc) {
    if (!TOP_PATHS.some((p) => p.test(location.pathname))) return null;
    const d = formDoc(doc);
    if (!d) return null;
    const sysId = (first<HTMLInputElement>(d, SEL.sysId)?.value ?? '').trim();
    const table = tableOf(d);
    if (!/^[0-9a-f]{32}$/.test(sysId) || !table) return null;
    const number = value(d, `sys_readonly.${table}.number`) || value(d, `${table}.number`);
    const short = value(d, `${table}.short_description`);
    const title = [number, short].filter(Boolean).join(' ');
    const channel = channelFrom(value(d, `${table}.contact_type`), CHANNEL_WORDS);
    return {
      key: `servicenow:${location.host}:${sysId}`,
      link: `${location.origin}/nav_to.do?uri=${table}.do?sys_id=${sysId}`,
      ...nonEmpty({ title, channel }),
    };
  },
  thread(doc) {
    const d = formDoc(doc);
    const table = d && tableOf(d);
    if (!d || !table) return [];
    const caller = value(d, `sys_display.${table}.caller_id`);
    return recent(d, SEL.entries, true)
      .filter((el) => /h-card_(comments|work_notes)/.test(el.className))
      .map((el): ThreadMessage => {
        const author = text(first(el, SEL.author));
        const timeEl = first(el, SEL.time);
        const at = timeEl?.getAttribute('datetime') ?? timeEl?.getAttribute('title');
        const role = el.className.includes('h-card_work_notes') ? 'note' : caller && author === caller ? 'customer' : 'agent';
        return { role, text: text(first(el, SEL.body)), ...nonEmpty({ author, at }) };
      })
      .reverse(); // the stream shows newest first; the thread is oldest first
  },
  composer(doc) {
    const d = formDoc(doc);
    return d ? pickComposer(d, SEL.composer) : null;
  },
  customer(doc) {
    const d = formDoc(doc);
    const table = d && tableOf(d);
    if (!d || !table) return {};
    return nonEmpty({ name: value(d, `sys_display.${table}.caller_id`) });
  },
};

export default servicenow;
