/** Where the rep is typing: the focused editable element, looking through open shadow roots and
 * same-origin iframes (rich editors such as CKEditor 4 and TinyMCE edit inside an iframe). */
export function deepActiveElement(doc: Document): HTMLElement | null {
  let el: Element | null = doc.activeElement;
  for (let depth = 0; el && depth < 10; depth++) {
    if (el.shadowRoot?.activeElement) {
      el = el.shadowRoot.activeElement;
      continue;
    }
    if (el instanceof HTMLIFrameElement || el.tagName === 'IFRAME') {
      let inner: Document | null;
      try {
        inner = (el as HTMLIFrameElement).contentDocument; // null or throws when cross-origin
      } catch {
        inner = null;
      }
      if (!inner?.activeElement || inner.activeElement === inner.body && !inner.body.isContentEditable) return null;
      el = inner.activeElement;
      continue;
    }
    break;
  }
  return el as HTMLElement | null;
}

export function isTextField(el: Element): el is HTMLTextAreaElement | HTMLInputElement {
  if (el.tagName === 'TEXTAREA') return true;
  if (el.tagName !== 'INPUT') return false;
  const type = (el as HTMLInputElement).type;
  return type === 'text' || type === 'search' || type === '';
}

export function isEditable(el: Element): el is HTMLElement {
  if (isTextField(el)) return !(el as HTMLInputElement).readOnly && !(el as HTMLInputElement).disabled;
  return (el as HTMLElement).isContentEditable === true;
}

/** The editing host of a contenteditable element (the outermost contenteditable ancestor). */
export function editingHost(el: HTMLElement): HTMLElement {
  let host = el;
  while (host.parentElement?.isContentEditable) host = host.parentElement;
  return host;
}
