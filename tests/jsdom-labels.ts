/**
 * A faster `<label for>` lookup for jsdom 29 in the component tests (same answers).
 *
 * jsdom 29 finds a label's control (`label.control`) by walking the whole document for the element
 * with that id, and a form control's `labels` calls `control` on every node of the document: one
 * `labels` costs (labels × nodes). Testing Library asks every candidate button or field for its
 * labels on every getByRole/getByLabelText (the accessible name), and again on every poll of a
 * findBy/waitFor: on the pack editor (a few thousand nodes, dozens of labels) that was 60% of the
 * component tests' time. jsdom 30 looks the id up in the document's id index instead (jsdom PR
 * #4253); jsdom 30 needs Node 22, so until then this puts the same change in place here.
 *
 * The answer is the one the spec (and jsdom) gives: the first element in tree order with that id,
 * if it is labelable, else null; the document's `getElementById` answers exactly that from its id
 * index. A label outside a document (a fragment, a shadow root, a detached tree) keeps jsdom's own
 * walk. tests/unit/jsdom-labels.test.ts checks both give the same answers.
 */
import { createRequire } from 'node:module';

/** jsdom's implementation object of a <label> (what its getters see as `this`). */
export interface LabelImpl {
  hasAttributeNS(ns: null, name: string): boolean;
  getAttributeNS(ns: null, name: string): string | null;
  getRootNode(options: object): { nodeType: number; getElementById?: (id: string) => unknown };
}

const require = createRequire(import.meta.url);
// The same module instances as the jsdom that vitest's environment loaded (Node's require cache).
const labelModule = require('jsdom/lib/jsdom/living/nodes/HTMLLabelElement-impl.js') as { implementation: { prototype: object } };
const { isLabelable } = require('jsdom/lib/jsdom/living/helpers/form-controls.js') as { isLabelable(node: unknown): boolean };

const DOCUMENT_NODE = 9;
const proto = labelModule.implementation.prototype;

// jsdom's getter, kept on the prototype: should this module run again in the same process, it finds
// the original there rather than wrapping its own earlier copy.
const ORIGINAL = Symbol.for('heard.jsdomLabelControl');
const store = proto as { [ORIGINAL]?: (this: LabelImpl) => unknown };
store[ORIGINAL] ??= Object.getOwnPropertyDescriptor(proto, 'control')!.get! as (this: LabelImpl) => unknown;

/** jsdom's own `control` getter (the walk), kept for labels outside a document and for the test. */
export const jsdomControl = store[ORIGINAL];

/** `control` through the document's id index. */
export function indexedControl(this: LabelImpl): unknown {
  if (!this.hasAttributeNS(null, 'for')) return jsdomControl.call(this);
  const id = this.getAttributeNS(null, 'for') ?? '';
  if (id === '') return null;
  const root = this.getRootNode({});
  if (root.nodeType !== DOCUMENT_NODE || !root.getElementById) return jsdomControl.call(this);
  const target = root.getElementById(id);
  return target && isLabelable(target) ? target : null;
}

/** Puts indexedControl (or, for tests/unit/jsdom-labels.test.ts, jsdom's own getter) in place. */
export function installIndexedLabelControl(getter: (this: LabelImpl) => unknown = indexedControl): void {
  const current = Object.getOwnPropertyDescriptor(proto, 'control')!;
  Object.defineProperty(proto, 'control', { ...current, get: getter });
}

/** The `control` getter in place now. */
export const installedLabelControl = (): unknown => Object.getOwnPropertyDescriptor(proto, 'control')!.get;
