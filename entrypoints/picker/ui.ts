/**
 * "Teach Heard this page": the picker, injected into the page's isolated world only when the rep
 * starts it from the panel or the popup (background/recipes.ts, scripting.executeScript), so the
 * content script every page loads does not carry it.
 *
 * The rep points at the reply box, one customer message, one agent message, and optionally the
 * ticket number and the customer's name: by pointer (the element under the pointer is outlined; a
 * click chooses it and does not reach the page), or by keyboard ("Choose with the keyboard": the
 * arrow keys move the outline, Up to the larger box, Down into it, Left/Right to its neighbours;
 * Enter chooses). Heard derives the selectors (lib/sites/derive.ts), previews what it now reads
 * with them (messages with roles, customer, ticket id), and saves the recipe for this site.
 * Nothing of the page leaves the machine: the recipe (selectors only) goes to the background.
 *
 * Driving it from a browser test (stable, documented):
 * - The host element `<heard-picker>` (light DOM) mirrors the state in `data-step`:
 *   composer → customer → agent → ticket → name → preview → saved (or `failed`), and after a
 *   preview `data-messages` (count read), `data-roles` (e.g. "customer,agent,customer"),
 *   `data-ticket` (the ticket id, or empty), `data-customer` ("1" when a name was read).
 * - Pointer: click the element in the page. Keyboard: focus starts on the step's first control;
 *   Tab order per step is [Choose with the keyboard] [Skip (optional steps: agent, ticket, name)] [Back] [Move this box] [Cancel];
 *   in the keyboard area arrows move and Enter chooses; in the preview [Save] [Start over] [Cancel];
 *   once saved [Export as pack] [Close]. Escape cancels at any step.
 * - The UI itself is in a closed shadow root (as the marker: the page cannot read or click it;
 *   clicks the page's scripts synthesise are ignored).
 */
import { downloadText } from '@/lib/download';
import { t, type MessageKey } from '@/lib/i18n';
import { exportTaughtRecipe, saveTaughtRecipe } from '@/lib/stores/picker';
import { deriveRecipe, editableAt, stableClasses, type Picked } from '@/lib/sites/derive';
import { recipeAdapter, type Recipe } from '@/lib/adapters/recipe';

type Step = 'composer' | 'customer' | 'agent' | 'ticket' | 'name';
const STEPS: { step: Step; text: MessageKey; optional?: true }[] = [
  { step: 'composer', text: 'pickerStepComposer' },
  { step: 'customer', text: 'pickerStepCustomer' },
  { step: 'agent', text: 'pickerStepAgent', optional: true },
  { step: 'ticket', text: 'pickerStepTicket', optional: true },
  { step: 'name', text: 'pickerStepName', optional: true },
];

const CSS = `
:host { all: initial; }
.panel { position: fixed; top: 12px; right: 12px; z-index: 2147483647; width: 340px; max-height: calc(100vh - 24px); overflow: auto;
  box-sizing: border-box; padding: 14px; border-radius: 10px; border: 1px solid #c9ced8; background: #fff; color: #1d2330;
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; box-shadow: 0 6px 24px rgba(0,0,0,.18); }
.panel.left { right: auto; left: 12px; }
.panel.bottom { top: auto; bottom: 12px; }
h2 { font-size: 15px; margin: 0 0 4px; }
h3 { font-size: 14px; margin: 10px 0 4px; }
p { margin: 4px 0; }
.muted { color: #5a6270; font-size: 12px; }
.warn { color: #8a4b00; }
.kbd { margin: 8px 0; padding: 6px 8px; border: 1px dashed #8a93a3; border-radius: 6px; min-height: 20px; }
.kbd:focus { outline: 3px solid #2f6fde; outline-offset: 1px; }
.row { display: flex; flex-wrap: wrap; gap: 6px; margin-top: 10px; }
button { font: inherit; padding: 5px 10px; border-radius: 6px; border: 1px solid #8a93a3; background: #f3f5f8; color: inherit; cursor: pointer; }
button.primary { background: #2f6fde; border-color: #2f6fde; color: #fff; }
button:focus-visible { outline: 3px solid #2f6fde; outline-offset: 1px; }
ol { margin: 4px 0; padding-left: 20px; }
li { margin: 2px 0; }
.role { font-weight: 600; }
.outline { position: fixed; z-index: 2147483646; pointer-events: none; border: 2px solid #2f6fde; background: rgba(47,111,222,.12); border-radius: 3px; display: none; }
@media (prefers-color-scheme: dark) {
  .panel { background: #1f2430; color: #e6e9ef; border-color: #3a4252; }
  .muted { color: #a9b0bd; }
  .warn { color: #f0b35a; }
  button { background: #2a3140; border-color: #56607a; }
  button.primary { background: #4d8af0; border-color: #4d8af0; color: #0b1020; }
  .outline { border-color: #7aa7ff; background: rgba(122,167,255,.15); }
}`;

const ROLE_KEY = { customer: 'pickerRoleCustomer', agent: 'pickerRoleAgent', note: 'pickerRoleNote' } as const;

/** A short description of an element for the rep (its tag, a stable class, the start of its text). */
function describe(el: Element): string {
  const cls = stableClasses(el)[0];
  const words = (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 50);
  const element = `${el.localName}${cls ? `.${cls}` : ''}`;
  return words ? t('pickerElement', [element, `${words}${words.length === 50 ? '…' : ''}`]) : element;
}

/** For component tests only: an open shadow root, and jsdom's synthetic events taken as the rep's. */
export interface PickerTestHooks {
  open: true;
  trusted: (e: Event) => boolean;
}

export function startPicker(test?: PickerTestHooks): void {
  const trusted = test?.trusted ?? ((e: Event): boolean => e.isTrusted);
  const world = globalThis as { heardPicker?: { focus(): void } };
  if (world.heardPicker) {
    world.heardPicker.focus();
    return;
  }
  const host = document.createElement('heard-picker');
  const root = host.attachShadow({ mode: test?.open ? 'open' : 'closed' });
  const style = document.createElement('style');
  style.textContent = CSS;
  const panel = document.createElement('div');
  panel.className = 'panel';
  panel.setAttribute('role', 'dialog');
  panel.setAttribute('aria-labelledby', 'heard-picker-title');
  const outline = document.createElement('div');
  outline.className = 'outline';
  root.append(style, panel, outline);
  document.documentElement.append(host);

  const picked: Partial<Picked> = {};
  let index = 0;
  let candidate: Element | null = null;
  let recipe: Recipe | null = null;
  let savedId = '';
  const docs = new Set<Document>();

  const el = <K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, cls?: string): HTMLElementTagNameMap[K] => {
    const n = document.createElement(tag);
    if (text !== undefined) n.textContent = text;
    if (cls) n.className = cls;
    return n;
  };
  const button = (text: string, action: string, onClick: () => void, primary = false): HTMLButtonElement => {
    const b = el('button', text, primary ? 'primary' : undefined);
    b.type = 'button';
    b.dataset.action = action;
    // Only the rep's own clicks and keys: a page script cannot press our buttons.
    b.addEventListener('click', (e) => trusted(e) && onClick());
    return b;
  };

  /** The element in the top document that stands for el: a same-origin iframe's element is its iframe. */
  const inTop = (n: Element): Element => {
    const frame = n.ownerDocument.defaultView?.frameElement;
    return n.ownerDocument === document || !frame ? n : frame;
  };
  const show = (n: Element | null): void => {
    candidate = n;
    if (!n) {
      outline.style.display = 'none';
      return;
    }
    const r = inTop(n).getBoundingClientRect();
    Object.assign(outline.style, { display: 'block', left: `${r.left}px`, top: `${r.top}px`, width: `${r.width}px`, height: `${r.height}px` });
  };
  const ours = (e: Event): boolean => e.composedPath().includes(host);

  // While a step waits for the pointer: outline what is under it; a click chooses it and stops there.
  const onMove = (e: Event): void => {
    if (index >= STEPS.length || ours(e)) return;
    const target = e.target as Element | null;
    if (target && target.nodeType === 1) show(target);
  };
  const swallow = (e: Event): void => {
    if (index >= STEPS.length || ours(e) || !trusted(e)) return;
    e.preventDefault();
    e.stopImmediatePropagation();
    if (e.type === 'click' && e.target && (e.target as Node).nodeType === 1) choose(e.target as Element);
  };
  const onKey = (e: KeyboardEvent): void => {
    if (e.key === 'Escape' && trusted(e)) {
      e.preventDefault();
      close();
    }
  };
  const hook = (doc: Document): void => {
    if (docs.has(doc)) return;
    docs.add(doc);
    doc.addEventListener('mouseover', onMove, true);
    for (const type of ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click', 'auxclick', 'dblclick']) doc.addEventListener(type, swallow, true);
    doc.addEventListener('keydown', onKey, true);
  };
  const unhook = (): void => {
    for (const doc of docs) {
      doc.removeEventListener('mouseover', onMove, true);
      for (const type of ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click', 'auxclick', 'dblclick']) doc.removeEventListener(type, swallow, true);
      doc.removeEventListener('keydown', onKey, true);
    }
    docs.clear();
  };
  hook(document);
  for (const f of Array.from(document.getElementsByTagName('iframe'))) {
    try {
      if (f.contentDocument) hook(f.contentDocument);
    } catch {
      /* cross-origin: its editor cannot be read anyway */
    }
  }
  root.addEventListener('keydown', (e) => onKey(e as KeyboardEvent));
  // The picker's own clicks and keys stay in the picker: the page (its shortcuts, its click
  // handlers) never sees them come out of the shadow root.
  for (const type of ['click', 'auxclick', 'dblclick', 'mousedown', 'mouseup', 'pointerdown', 'pointerup', 'keydown', 'keyup', 'keypress', 'input', 'focusin', 'focusout']) {
    root.addEventListener(type, (e) => e.stopPropagation());
  }

  function close(): void {
    unhook();
    host.remove();
    delete world.heardPicker;
  }
  world.heardPicker = { focus: () => (panel.querySelector('button, [tabindex]') as HTMLElement | null)?.focus() };

  // The box sits in a corner; "Move this box" takes it to the next one (it may cover what the rep
  // must point at), and it leaves a corner where it would cover the reply box chosen.
  let corner = 0;
  const setCorner = (): void => {
    panel.classList.toggle('left', corner === 1 || corner === 2);
    panel.classList.toggle('bottom', corner === 2 || corner === 3);
  };
  const overlaps = (a: DOMRect, b: DOMRect): boolean => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
  const placePanel = (): void => {
    setCorner();
    const box = picked.composer ? inTop(picked.composer).getBoundingClientRect() : null;
    for (let i = 0; box && i < 4 && overlaps(panel.getBoundingClientRect(), box); i++) {
      corner = (corner + 1) % 4;
      setCorner();
    }
  };

  function choose(n: Element): void {
    const step = STEPS[index]!.step;
    // A reply box inside a same-origin iframe (CKEditor 4, TinyMCE) is named by its iframe.
    if (step === 'composer') picked.composer = inTop(editableAt(n) ?? n);
    else if (step === 'customer') picked.customerMessage = n;
    else if (step === 'agent') picked.agentMessage = n;
    else if (step === 'ticket') picked.ticket = n;
    else picked.customerName = n;
    index++;
    show(null);
    render(t('pickerChosen', describe(n)));
  }

  /** The keyboard's first outline for a step: the reply box with focus, else what is at the window's centre. */
  const firstCandidate = (): Element | null => {
    if (STEPS[index]?.step === 'composer') {
      const a = document.activeElement;
      if (a && a !== document.body && a !== host) return a;
      return document.querySelector('textarea, [contenteditable="true"], iframe');
    }
    const at = document.elementFromPoint(window.innerWidth / 3, window.innerHeight / 2);
    return at && at !== host ? at : document.body;
  };

  function render(announce = ''): void {
    panel.replaceChildren();
    placePanel();
    const title = el('h2', t('pickerTitle'));
    title.id = 'heard-picker-title';
    panel.append(title);
    const live = el('p', announce, 'muted');
    live.setAttribute('role', 'status');
    if (index < STEPS.length) {
      const s = STEPS[index]!;
      host.dataset.step = s.step;
      panel.append(el('p', t('pickerStepOf', [String(index + 1), String(STEPS.length)]), 'muted'), el('p', t(s.text)));
      const keys = el('div', '', 'kbd');
      keys.tabIndex = 0;
      keys.setAttribute('role', 'group');
      keys.setAttribute('aria-label', t('pickerKeysHelp'));
      keys.dataset.heardPickerKeys = '';
      keys.hidden = true;
      const move = (n: Element | null | undefined): void => {
        if (!n || n === host) return;
        show(n);
        keys.textContent = t('pickerCandidate', describe(n));
        n.scrollIntoView?.({ block: 'nearest' });
      };
      keys.addEventListener('keydown', (e) => {
        if (!trusted(e) || !candidate) return;
        const c = candidate;
        const moves: Record<string, () => Element | null | undefined> = {
          ArrowUp: () => (c.parentElement && c !== document.body ? c.parentElement : c),
          ArrowDown: () => c.firstElementChild,
          ArrowLeft: () => c.previousElementSibling,
          ArrowRight: () => c.nextElementSibling,
        };
        if (e.key in moves) {
          e.preventDefault();
          move(moves[e.key]!());
        } else if (e.key === 'Enter' || e.key === ' ') {
          e.preventDefault();
          choose(c);
        }
      });
      const start = button(t('pickerKeys'), 'keyboard', () => {
        keys.hidden = false;
        move(firstCandidate());
        keys.focus();
      });
      const row = el('div', undefined, 'row');
      row.append(start);
      if (s.optional) row.append(button(t('pickerSkip'), 'skip', () => {
        index++;
        render();
      }));
      if (index > 0) row.append(button(t('pickerBack'), 'back', () => {
        index--;
        render();
      }));
      row.append(
        button(t('pickerMove'), 'move', () => {
          corner = (corner + 1) % 4;
          placePanel();
        }),
        button(t('pickerCancel'), 'cancel', close),
      );
      panel.append(keys, row, live);
      start.focus();
      return;
    }
    if (!savedId) renderPreview(live);
    else renderSaved(live);
  }

  function renderPreview(live: HTMLElement): void {
    const derived = deriveRecipe(document, new URL(location.href), picked as Picked);
    recipe = derived.recipe;
    const adapter = recipeAdapter(recipe);
    const ticket = adapter.detect(new URL(location.href), document);
    const thread = adapter.thread(document);
    const customer = adapter.customer(document);
    const composer = adapter.composer(document);
    const prefix = `${adapter.id}:${location.host}:`;
    const ticketId = ticket?.key.startsWith(prefix) ? ticket.key.slice(prefix.length) : '';
    Object.assign(host.dataset, {
      step: 'preview',
      messages: String(thread.length),
      roles: thread.map((m) => m.role).join(','),
      ticket: ticketId,
      customer: customer.name ? '1' : '',
    });
    panel.append(el('h3', t('pickerPreviewTitle')));
    panel.append(el('p', composer ? t('pickerPreviewReply') : t('pickerPreviewNoReply'), composer ? undefined : 'warn'));
    panel.append(el('p', ticketId ? t('pickerPreviewTicket', ticketId) : t('pickerPreviewNoTicket')));
    if (customer.name) panel.append(el('p', t('pickerPreviewCustomer', customer.name)));
    panel.append(el('p', t('pickerPreviewMessages', String(thread.length))));
    const list = el('ol');
    list.setAttribute('aria-label', t('pickerMessageListLabel'));
    for (const m of thread.slice(-6)) {
      const li = el('li');
      li.append(el('span', `${t('pickerMessageRole', t(ROLE_KEY[m.role]))} `, 'role'), document.createTextNode(m.text.slice(0, 90) + (m.text.length > 90 ? '…' : '')));
      list.append(li);
    }
    panel.append(list);
    if (derived.rolesUnknown) panel.append(el('p', t('pickerRolesUnknown'), 'warn'));
    const row = el('div', undefined, 'row');
    const save = button(t('pickerSave', location.host), 'save', () => void doSave(live), true);
    row.append(
      save,
      button(t('pickerRestart'), 'restart', () => {
        index = 0;
        for (const k of Object.keys(picked)) delete picked[k as keyof Picked];
        render();
      }),
      button(t('pickerCancel'), 'cancel', close),
    );
    panel.append(row, live);
    save.focus();
  }

  async function doSave(live: HTMLElement): Promise<void> {
    if (!recipe) return;
    const res = await saveTaughtRecipe(recipe);
    if (!res.ok) {
      host.dataset.step = 'failed';
      live.textContent = t('pickerSaveFailed', res.error ?? '');
      return;
    }
    savedId = recipe.id;
    render(t('pickerSaved'));
  }

  function renderSaved(live: HTMLElement): void {
    host.dataset.step = 'saved';
    const row = el('div', undefined, 'row');
    const exp = button(t('pickerExport'), 'export', () => {
      void exportTaughtRecipe(savedId).then((res) => {
        if (!res.ok || !res.text) return;
        downloadText(res.text, `site-${savedId}.json`, 'application/json');
        live.textContent = t('pickerExported');
      });
    });
    row.append(exp, button(t('pickerClose'), 'close', close));
    panel.append(row, live);
    exp.focus();
  }

  render();
}
