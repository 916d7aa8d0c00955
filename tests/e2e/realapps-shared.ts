// One test body for Chromium (Playwright) and Firefox ESR (Puppeteer) on real web applications Heard
// has no adapter for (issue 13, points 4, 5 and 7): Debian's Redmine and Roundcube, installed and
// started by tools/realapps/. On a site the rep enabled, the test teaches Heard the page with the
// picker ("Teach Heard this page", driven by real clicks), then Heard reads the conversation through
// that recipe: the customer's tone and the checklist on the angry message, the reply draft linted in
// the app's own editor (Redmine's textarea, Roundcube's TinyMCE in an iframe), a phrasing inserted
// there, the app storing exactly that text, and two tickets never sharing notes. Before teaching,
// Roundcube's new message shows the generic reader saying it can't read a conversation.
import assert from 'node:assert/strict';
import { waitFor } from './browsers';
import { LOGINS, imapMessages, redmineLastNotes, type RealApp } from '../../tools/realapps/apps';

/** The part of a Playwright or Puppeteer page and frame this body uses (both have these). */
export interface AnyFrame {
  evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
}
export interface AnyPage extends AnyFrame {
  goto(url: string): Promise<unknown>;
  click(selector: string): Promise<void>;
  keyboard: { type(text: string): Promise<void>; press(key: 'Enter' | 'Escape' | 'Tab'): Promise<void> };
  bringToFront(): Promise<void>;
  mouse: { click(x: number, y: number): Promise<void> };
}

export const DRAFT = "I don't know where your parcel is";
const NOTE = 'Dana: parcel 88-2231, call after 3';

/** Sends one message from an extension page (as the popup or options page does) and returns the answer. */
export type Ext = <T>(type: string, data: unknown) => Promise<T>;
/** What the test needs to start the picker as the popup does: an extension page's messages, and a tab's id. */
export interface Teacher {
  ext: Ext;
  tabOf(url: string): Promise<number>;
}

interface RoomView {
  ticket: { key: string; link?: string } | null;
  tone: { level: string } | null;
}

const pickerAt = (page: AnyPage, step: string): Promise<Record<string, string>> =>
  waitFor(`the picker at step "${step}"`, () =>
    page.evaluate((want) => {
      const h = document.querySelector<HTMLElement>('heard-picker');
      return h?.dataset.step === want ? ({ ...h.dataset } as Record<string, string>) : null;
    }, step),
  );

/**
 * TEACH HEARD THIS PAGE (issue 13, point 4) on a real app: the picker started as the popup starts it
 * (`ui:picker:start` from an extension page), then the rep points at the parts in turn with real
 * clicks (the picker keeps them from the page): the reply box, one customer message, one agent
 * message, the ticket number, the customer's name. Checks the preview (what the recipe reads), saves
 * it, closes the picker (Escape), and returns the preview's figures.
 */
type Part = string | (() => Promise<void>);
export async function teachPage(page: AnyPage, teacher: Teacher, parts: { reply: Part; customer: Part; agent?: Part; ticket?: Part; name?: Part }): Promise<Record<string, string>> {
  const tabId = await teacher.tabOf(await page.evaluate(() => location.href, null));
  assert.deepEqual(await teacher.ext('ui:picker:start', { tabId }), { ok: true }, 'the picker started');
  await page.bringToFront();
  for (const [step, part] of [['composer', parts.reply], ['customer', parts.customer], ['agent', parts.agent], ['ticket', parts.ticket], ['name', parts.name]] as const) {
    await pickerAt(page, step);
    if (typeof part === 'string') await page.click(part);
    else if (part) await part();
    else {
      // Not on this page: the step's Skip, from the keyboard (focus starts on "Choose with the keyboard", Skip is next).
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
    }
  }
  const preview = await pickerAt(page, 'preview');
  await page.keyboard.press('Enter'); // Save (focused in the preview)
  await pickerAt(page, 'saved');
  await page.keyboard.press('Escape');
  await waitFor('the picker closed', () => page.evaluate(() => document.querySelector('heard-picker') === null, null));
  return preview;
}

/** The conversation Heard keeps for this tab (the background's view), once it is read as `ok` wants. */
async function roomOf(page: AnyPage, teacher: Teacher, what: string, ok: (v: RoomView) => boolean): Promise<RoomView> {
  const tabId = await teacher.tabOf(await page.evaluate(() => location.href, null));
  let last: RoomView | null = null;
  return waitFor(what, async () => {
    last = await teacher.ext<RoomView | null>('ui:room:get', { tabId });
    return last && ok(last) ? last : null;
  }).catch((e: unknown) => {
    throw new Error(`${String(e)}; room: ${JSON.stringify(last)}`);
  });
}

/** What the panel shows, read from its DOM. */
interface PanelView {
  tone: string | null;
  checklist: boolean;
  boundary: boolean;
  cantRead: boolean;
  note: string | null;
  callbacks: number;
  deadEnd: boolean;
  text: string;
}
function readPanel(): PanelView {
  const label = [...document.querySelectorAll('label')].find((l) => l.textContent?.trim() === 'Note on this conversation');
  return {
    tone: document.querySelector('.room-tone')?.getAttribute('data-level') ?? null,
    checklist: document.querySelector('.checklist') !== null,
    boundary: /boundary|crossed the line/i.test(document.querySelector('.room')?.textContent ?? '') && document.querySelector('.room-card:not(.checklist)') !== null,
    cantRead: /can't read this conversation/.test(document.body.innerText),
    note: label ? ((document.getElementById(label.htmlFor) as HTMLTextAreaElement | null)?.value ?? null) : null,
    callbacks: document.querySelectorAll('.cb-section > .cb-list > li').length,
    deadEnd: [...document.querySelectorAll('article.hint')].some((a) => /dead-end/i.test(a.textContent ?? '')),
    text: document.body.innerText.slice(0, 1500),
  };
}

const panelView = (panel: AnyFrame): Promise<PanelView> => panel.evaluate(readPanel, null);

async function panelShows(panel: AnyFrame, what: string, ok: (v: PanelView) => boolean, timeoutMs = 10_000): Promise<PanelView> {
  return waitFor(what, async () => {
    const v = await panelView(panel);
    return ok(v) ? v : null;
  }, timeoutMs).catch(async (e: unknown) => {
    throw new Error(`${String(e)}; panel: ${JSON.stringify(await panelView(panel).catch(() => null))}`);
  });
}

/** Waits for Heard's host on the page, then for the marker at the corner of `box` (an element of the top document). */
async function markerAt(page: AnyPage, box: string): Promise<{ x: number; y: number }> {
  const point = await page.evaluate((sel) => {
    const r = document.querySelector(sel)!.getBoundingClientRect();
    return { x: r.right - 30, y: r.bottom - 22 };
  }, box);
  await waitFor(`the marker at the corner of ${box}`, () => page.evaluate((p) => document.elementFromPoint(p.x, p.y)?.tagName === 'HEARD-ROOT', point)).catch(
    async (e: unknown) => {
      // What the rep would see instead: what is at the corner, where the focus is, what the editor holds.
      const seen = await page.evaluate(
        ({ p, sel }) => {
          const el = document.querySelector(sel);
          const inner = el instanceof HTMLIFrameElement ? el.contentDocument?.body : el;
          return {
            atCorner: document.elementFromPoint(p.x, p.y)?.tagName ?? null,
            hosts: document.querySelectorAll('heard-root').length,
            active: document.activeElement?.tagName ?? null,
            editorText: (inner as HTMLElement | null | undefined)?.innerText?.slice(0, 80) ?? null,
          };
        },
        { p: point, sel: box },
      );
      throw new Error(`${String(e)}; ${JSON.stringify(seen)}`);
    },
  );
  return point;
}

async function writeNote(panel: AnyFrame, text: string): Promise<void> {
  await panel.evaluate((t) => {
    const box = document.querySelector<HTMLTextAreaElement>('.cb-note textarea')!;
    Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!.call(box, t);
    box.dispatchEvent(new Event('input', { bubbles: true }));
    box.dispatchEvent(new FocusEvent('focusout', { bubbles: true }));
  }, text);
  await waitFor('the note saved', () => panel.evaluate(() => /note saved/i.test(document.body.innerText), null));
}

/** "Follow up later" in the panel: a callback on this conversation. */
async function logCallback(panel: AnyFrame): Promise<void> {
  await panel.evaluate(() => [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Follow up later')!.click(), null);
  await panelShows(panel, 'the callback listed', (v) => v.callbacks === 1);
}

async function insertFromDeadEnd(panel: AnyFrame): Promise<string> {
  return panel.evaluate(() => {
    const hint = [...document.querySelectorAll('article.hint')].find((a) => /dead-end/i.test(a.textContent ?? ''))!;
    const button = hint.querySelector<HTMLButtonElement>('button[aria-label^="Insert example: "]')!;
    const text = button.getAttribute('aria-label')!.slice('Insert example: '.length);
    button.click();
    return text;
  }, null);
}

/** Both apps ask before leaving an unsent reply (beforeunload): the test leaves without asking. */
async function leaveWithoutAsking(page: AnyPage): Promise<void> {
  await page
    .evaluate(() => {
      const w = window as unknown as { onbeforeunload: unknown; rcmail?: { compose_skip_unsavedcheck?: boolean } };
      if (w.rcmail) w.rcmail.compose_skip_unsavedcheck = true;
      w.onbeforeunload = null;
    }, null)
    .catch(() => {});
}

// ---------------------------------------------------------------------------------------------- Redmine

export async function redmineSignIn(page: AnyPage, app: RealApp): Promise<void> {
  await page.goto(`${app.origin}/login`);
  // Signed in already (an earlier test in the same browser): Redmine sends /login on to the home page.
  if (await page.evaluate(() => document.getElementById('loggedas') !== null, null)) return;
  await page.evaluate((l) => {
    (document.getElementById('username') as HTMLInputElement).value = l.user;
    (document.getElementById('password') as HTMLInputElement).value = l.password;
    (document.getElementById('login-form')?.querySelector('form') ?? document.querySelector('form[action$="/login"]') as HTMLFormElement).submit();
  }, LOGINS.redmine);
  await waitFor('signed in to Redmine', () => page.evaluate(() => document.getElementById('loggedas') !== null, null), 20_000);
}

/** Opens an issue, Heard on it, its edit form shown (Redmine's "Edit"), the rep in the notes box. */
async function redmineOpen(page: AnyPage, app: RealApp, id: number, panelFrame: () => Promise<AnyFrame>, draft = DRAFT, teach?: () => Promise<void>): Promise<AnyFrame> {
  await leaveWithoutAsking(page);
  await page.goto(`${app.origin}/issues/${id}`);
  await waitFor('Heard on the Redmine issue', () => page.evaluate(() => document.querySelector('heard-root') !== null, null), 15_000);
  await page.evaluate(() => (document.querySelector('#content > .contextual a.icon-edit, .contextual a.icon-edit') as HTMLElement).click(), null);
  await waitFor('the notes box shown', () => page.evaluate(() => (document.getElementById('issue_notes')?.getBoundingClientRect().height ?? 0) > 0, null));
  await teach?.();
  await page.click('#issue_notes');
  await page.keyboard.type(draft);
  const point = await markerAt(page, '#issue_notes');
  await page.mouse.click(point.x, point.y);
  const panel = await panelFrame();
  await waitFor('the panel with its note box', () => panel.evaluate(() => document.querySelector('.cb-note textarea') !== null, null));
  return panel;
}

/** Redmine: tone and checklist on the angry issue, lint and insert in the notes box, stored as is; tickets apart. */
export async function redmineFlow(page: AnyPage, app: RealApp, panelFrame: () => Promise<AnyFrame>, teacher: Teacher): Promise<{ teachMs: number }> {
  await redmineSignIn(page, app);
  // The conversation key of a Redmine issue under the taught recipe: the recipe's id, the host, the issue number.
  const key = (id: number): string => `127-0-0-1:${new URL(app.origin).host}:${id}`;
  let teachMs = 0;
  let preview: Record<string, string> = {};
  // Issue 1, its edit form open: the rep teaches Heard the page (Dana's comment is the customer's,
  // Sam's first reply the agent's, "Support #1" the ticket number, the author the customer).
  let panel = await redmineOpen(page, app, 1, panelFrame, DRAFT, async () => {
    const t = Date.now();
    preview = await teachPage(page, teacher, { reply: '#issue_notes', customer: '#change-3 .wiki', agent: '#change-1 .wiki', ticket: '#content > h2', name: '.issue p.author a.user' });
    teachMs = Date.now() - t;
  });
  // The preview read Redmine's journals with roles: Sam's reply and his private note are the agent's
  // (told from Dana's by their author: the journals look alike), Dana's comment the customer's.
  assert.deepEqual(
    { messages: preview.messages, roles: preview.roles, ticket: preview.ticket, customer: preview.customer },
    { messages: '3', roles: 'agent,agent,customer', ticket: '1', customer: '1' },
    'the preview reads the journals with roles, the issue number and the customer',
  );
  // Read through the recipe: the conversation is the issue (its number in the key), the angry comment sets the tone, the checklist opens.
  await roomOf(page, teacher, 'issue 1 read through the taught recipe', (v) => v.ticket?.key === key(1) && v.tone !== null);
  const angry = await panelShows(panel, 'angry tone, the checklist and the dead-end hint on issue 1', (v) => v.tone === 'angry' && v.checklist && v.deadEnd);
  assert.equal(angry.cantRead, false, 'the conversation was read');
  // Insert a phrasing into Redmine's own textarea; Redmine stores exactly the text.
  const phrase = await insertFromDeadEnd(panel);
  const typed = await waitFor('the phrasing in the notes box', () =>
    page.evaluate((p) => {
      const v = (document.getElementById('issue_notes') as HTMLTextAreaElement).value;
      return v.includes(p) ? v : null;
    }, phrase),
  );
  assert.ok(typed.startsWith(DRAFT), `the draft kept: ${typed}`);
  // A note and a callback on issue 1 (the panel's), before the reply is sent.
  await writeNote(panel, NOTE);
  await logCallback(panel);
  // The rep clicks Submit (the panel never covers it).
  const submit = await page.evaluate(() => {
    const b = document.querySelector('#issue-form input[name="commit"]')!;
    b.scrollIntoView({ block: 'center' });
    const r = b.getBoundingClientRect();
    return { x: r.left + r.width / 2, y: r.top + r.height / 2, hit: document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2) === b };
  }, null);
  assert.ok(submit.hit, 'the Submit button is free to click');
  await page.mouse.click(submit.x, submit.y);
  // Redmine shows the issue again, with the reply (the page after its redirect, fully loaded).
  await waitFor('the issue page after the reply', () =>
    page.evaluate((p) => document.readyState === 'complete' && /\/issues\/1$/.test(location.pathname) && (document.querySelector('.journal:last-child .wiki')?.textContent ?? '').includes(p.slice(0, 20)), phrase),
  20_000).catch(async (e: unknown) => {
    const shown = await page.evaluate(() => `${location.href} ${document.readyState} ${document.body?.innerText.slice(0, 600)}`, null).catch((x: unknown) => String(x));
    throw new Error(`${String(e)}; page: ${shown}`);
  });

  // What Redmine stored (its database, read once the page is back: no read while Redmine writes).
  assert.equal(redmineLastNotes(app, 1), typed, 'Redmine stored exactly the text of the box');

  // Issue 2 (a calm customer): its own conversation, none of issue 1's note; no checklist opens.
  panel = await redmineOpen(page, app, 2, panelFrame, 'Thanks Leo, done.');
  await roomOf(page, teacher, 'issue 2 read as its own conversation', (v) => v.ticket?.key === key(2));
  const calm = await panelShows(panel, 'issue 2 read as calm', (v) => v.tone === 'calm');
  assert.equal(calm.note, '', 'issue 2 has none of issue 1\'s note');
  assert.equal(calm.checklist, false, 'no checklist for a calm customer');
  assert.equal(calm.callbacks, 0);

  // Back on issue 1: its note is there.
  panel = await redmineOpen(page, app, 1, panelFrame, 'One more thing.');
  await roomOf(page, teacher, 'issue 1 again', (v) => v.ticket?.key === key(1));
  await panelShows(panel, 'issue 1 note and callback back', (v) => v.note === NOTE && v.callbacks === 1);
  return { teachMs };
}

// --------------------------------------------------------------------------------------------- Roundcube

export async function roundcubeSignIn(page: AnyPage, app: RealApp): Promise<void> {
  await page.goto(`${app.origin}/`);
  // Roundcube's script set the form up (its submit handler, the time zone field) before the rep signs in.
  await waitFor('the Roundcube login form, ready', () => page.evaluate(() => (window as unknown as { rcmail?: { loaded?: boolean } }).rcmail?.loaded === true && document.getElementById('rcmloginuser') !== null, null), 15_000);
  await page.evaluate((l) => {
    (document.getElementById('rcmloginuser') as HTMLInputElement).value = l.user;
    (document.getElementById('rcmloginpwd') as HTMLInputElement).value = l.password;
    (document.getElementById('rcmloginsubmit') as HTMLButtonElement).click();
  }, LOGINS.roundcube);
  await waitFor('the inbox', () => page.evaluate(() => document.querySelectorAll('#messagelist tbody tr').length >= 3, null), 30_000).catch(async (e: unknown) => {
    const shown = await page.evaluate(() => `${location.href} ${document.readyState} ${document.body?.innerText.replace(/\s+/g, ' ').slice(0, 400)}`, null).catch((x: unknown) => String(x));
    throw new Error(`${String(e)}; page: ${shown}`);
  });
}

/** The IMAP uid of the inbox message from `from`, read from Roundcube's message list. */
async function uidFrom(page: AnyPage, from: string): Promise<string> {
  return waitFor(`the message from ${from}`, () =>
    page.evaluate((who) => {
      const row = [...document.querySelectorAll('#messagelist tbody tr')].find((r) => r.textContent?.includes(who));
      return row ? atob(row.id.replace(/^rcmrow/, '')) : null;
    }, from),
  );
}

/** Opens the reply to the message from `from` (HTML editor, TinyMCE in an iframe) and types `draft` at its top. */
/** A real click on an element inside the editor's iframe (the picker takes clicks there too). */
const clickInEditor = (page: AnyPage, sel: string) => async (): Promise<void> => {
  const at = await page.evaluate((s) => {
    const f = document.getElementById('composebody_ifr')!;
    const el = (f as HTMLIFrameElement).contentDocument!.querySelector(s)!;
    el.scrollIntoView({ block: 'center' });
    const fr = f.getBoundingClientRect();
    const r = el.getBoundingClientRect();
    return { x: fr.left + r.left + Math.min(30, r.width / 2), y: fr.top + r.top + Math.min(8, r.height / 2) };
  }, sel);
  await page.mouse.click(at.x, at.y);
};

async function roundcubeReply(page: AnyPage, app: RealApp, from: string, panelFrame: () => Promise<AnyFrame>, draft = DRAFT, teach?: () => Promise<void>): Promise<AnyFrame> {
  await leaveWithoutAsking(page);
  await page.goto(`${app.origin}/?_task=mail&_mbox=INBOX`);
  const uid = await uidFrom(page, from);
  await page.goto(`${app.origin}/?_task=mail&_reply_uid=${uid}&_mbox=INBOX&_action=compose`);
  await waitFor('the HTML editor', () =>
    page.evaluate(() => {
      const body = (document.getElementById('composebody_ifr') as HTMLIFrameElement | null)?.contentDocument?.body;
      return !!body && body.getAttribute('contenteditable') === 'true' && body.querySelector('blockquote') !== null;
    }, null),
  20_000).catch(async (e: unknown) => {
    const shown = await page.evaluate(() => `${location.href} ${document.readyState} ${document.body?.innerText.replace(/\s+/g, ' ').slice(0, 400)}`, null).catch((x: unknown) => String(x));
    throw new Error(`${String(e)} (reply to ${from}); page: ${shown}`);
  });
  await waitFor('Heard on the compose page', () => page.evaluate(() => document.querySelector('heard-root') !== null, null), 15_000);
  await teach?.();
  // The caret at the top of the reply (Roundcube puts the rep's text above the quote, reply_mode 1).
  const at = await page.evaluate(() => {
    const f = document.getElementById('composebody_ifr')!.getBoundingClientRect();
    const p = (document.getElementById('composebody_ifr') as HTMLIFrameElement).contentDocument!.body.firstElementChild!.getBoundingClientRect();
    return { x: f.left + p.left + 20, y: f.top + p.top + Math.max(4, p.height / 2) };
  }, null);
  await page.mouse.click(at.x, at.y);
  await page.keyboard.type(draft);
  const point = await markerAt(page, '#composebody_ifr');
  await page.mouse.click(point.x, point.y);
  const panel = await panelFrame();
  await waitFor('the panel with its note box', () => panel.evaluate(() => document.querySelector('.cb-note textarea') !== null, null));
  return panel;
}

/** The rep's part of the reply (above the quote) as the editor holds it. */
const replyText = (page: AnyPage): Promise<string> =>
  page.evaluate(() => {
    const body = (document.getElementById('composebody_ifr') as HTMLIFrameElement).contentDocument!.body;
    const parts: string[] = [];
    for (const el of body.children) {
      if (el.id === 'reply-intro' || el.tagName === 'BLOCKQUOTE') break;
      parts.push(el.textContent ?? '');
    }
    return parts.join('\n').replace(/\u00a0/g, ' ').trim();
  }, null);

/** A new message (no email quoted, no conversation on the page), the draft typed, the panel open. */
async function roundcubeNew(page: AnyPage, app: RealApp, panelFrame: () => Promise<AnyFrame>): Promise<AnyFrame> {
  await leaveWithoutAsking(page);
  await page.goto(`${app.origin}/?_task=mail&_action=compose`);
  await waitFor('the HTML editor of a new message', () =>
    page.evaluate(() => (document.getElementById('composebody_ifr') as HTMLIFrameElement | null)?.contentDocument?.body?.getAttribute('contenteditable') === 'true', null),
  20_000);
  await waitFor('Heard on the compose page', () => page.evaluate(() => document.querySelector('heard-root') !== null, null), 15_000);
  const at = await page.evaluate(() => {
    const f = document.getElementById('composebody_ifr')!.getBoundingClientRect();
    return { x: f.left + 40, y: f.top + 12 };
  }, null);
  await page.mouse.click(at.x, at.y);
  await page.keyboard.type(DRAFT);
  await waitFor('the draft in the HTML editor', () =>
    page.evaluate((d) => (document.getElementById('composebody_ifr') as HTMLIFrameElement).contentDocument?.body?.innerText.includes(d) || null, DRAFT),
  );
  const point = await markerAt(page, '#composebody_ifr');
  await page.mouse.click(point.x, point.y);
  return panelFrame();
}

/** Roundcube: tone and checklist on the angry email, boundary on the abusive one, calm on the calm one;
 * lint and insert in TinyMCE, the draft saved as typed; two emails never share notes. */
export async function roundcubeFlow(page: AnyPage, app: RealApp, panelFrame: () => Promise<AnyFrame>, teacher: Teacher): Promise<{ teachMs: number }> {
  await roundcubeSignIn(page, app);
  // Before teaching: on a new message the generic reader finds no conversation and says so.
  let panel = await roundcubeNew(page, app, panelFrame);
  const untaught = await panelShows(panel, 'the panel saying it can\'t read this conversation', (v) => v.cantRead && v.deadEnd);
  assert.equal(untaught.tone, 'unknown', 'no tone judged');
  let teachMs = 0;
  let preview: Record<string, string> = {};
  // The reply to Dana's email: the rep teaches Heard the compose page. The reply box is TinyMCE's
  // iframe; the customer's message is the email quoted inside it; no agent message, ticket number or
  // name to point at (a webmail shows none on this page): those steps are skipped.
  panel = await roundcubeReply(page, app, 'Dana Whitfield', panelFrame, DRAFT, async () => {
    const t = Date.now();
    preview = await teachPage(page, teacher, { reply: clickInEditor(page, 'body > *'), customer: clickInEditor(page, 'blockquote > *') });
    teachMs = Date.now() - t;
  });
  assert.deepEqual(
    { messages: preview.messages, roles: preview.roles, ticket: preview.ticket },
    { messages: '1', roles: 'customer', ticket: '' },
    'the preview reads the quoted email as the customer\'s message',
  );
  // Read through the recipe: the quoted email gives the tone; no id on the page, so the compose page's address keys it.
  const dana = await roomOf(page, teacher, 'Dana\'s email read through the taught recipe', (v) => !!v.ticket && v.tone !== null);
  const angry = await panelShows(panel, 'angry tone, the checklist and the dead-end hint on Dana\'s email', (v) => v.tone === 'angry' && v.checklist && v.deadEnd);
  assert.equal(angry.cantRead, false);
  // The quoted email is the customer's, not the rep's draft: one hint only, for the rep's words.
  const phrase = await insertFromDeadEnd(panel);
  const typed = await waitFor('the phrasing in the editor', async () => {
    const t = await replyText(page);
    return t.includes(phrase) ? t : null;
  });
  assert.ok(typed.startsWith(DRAFT), typed);
  await writeNote(panel, NOTE);
  await logCallback(panel);
  // Save the draft (Roundcube's own Save): the Drafts folder holds exactly the rep's text.
  await page.evaluate(() => (window as unknown as { rcmail: { command(c: string): void } }).rcmail.command('savedraft'), null);
  const flat = (s: string): string => s.replace(/=\r?\n/g, '').replace(/\s+/g, ' ').trim();
  await waitFor('the draft in the Drafts folder', () => Promise.resolve(imapMessages(app, 'Drafts').some((m) => flat(m).includes(flat(typed)))), 20_000).catch(() => {
    throw new Error(`Drafts: ${JSON.stringify(imapMessages(app, 'Drafts').map((m) => m.slice(-1500)))}; typed ${JSON.stringify(typed)}`);
  });

  // The abusive email: the boundary shows; the calm one: calm, and none of Dana's note.
  panel = await roundcubeReply(page, app, 'Rick Stone', panelFrame, 'Hello Rick,');
  await panelShows(panel, 'abusive tone and the boundary card on Rick\'s email', (v) => v.tone === 'abusive' && v.boundary);
  panel = await roundcubeReply(page, app, 'Leo Park', panelFrame, 'Hi Leo,');
  const calm = await panelShows(panel, 'calm tone on Leo\'s email', (v) => v.tone === 'calm');
  await roomOf(page, teacher, 'Leo\'s email, another conversation', (v) => !!v.ticket && v.ticket.key !== dana.ticket!.key);
  assert.equal(calm.note, '', 'Leo\'s reply has none of the note on Dana\'s');
  assert.equal(calm.checklist, false);
  assert.equal(calm.callbacks, 0);

  panel = await roundcubeNew(page, app, panelFrame);
  // The taught recipe reads the page: no email quoted, so no message; the panel says there are none yet and judges no tone.
  const unread = await panelShows(panel, 'the panel saying there are no messages to read yet', (v) => /none to read here yet/.test(v.text) && v.deadEnd);
  assert.deepEqual({ tone: unread.tone, checklist: unread.checklist, note: unread.note }, { tone: 'unknown', checklist: false, note: '' }, 'no tone judged, none of Dana\'s note');
  await leaveWithoutAsking(page);
  return { teachMs };
}
