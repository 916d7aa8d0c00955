// @vitest-environment jsdom
// tests/jsdom-labels.ts: the component tests' faster `<label for>` lookup gives jsdom's own answers:
// label.control and every form control's `labels`, on documents with repeated ids, ids that change,
// empty and dangling `for`, labels around their control, and labels outside a document.
import { indexedControl, installedLabelControl, installIndexedLabelControl, jsdomControl, type LabelImpl } from '../jsdom-labels';

const LABELABLE = ['input', 'button', 'select', 'textarea', 'output', 'meter', 'progress'];

/** Every label's control and every labelable element's labels, as indexes into the tree's elements. */
function answers(root: Document | Element | DocumentFragment): string[] {
  const all = [...root.querySelectorAll('*')];
  const at = (e: Element | null) => (e ? all.indexOf(e) : -1);
  return all.flatMap((e, i) => {
    if (e instanceof HTMLLabelElement) return [`label ${i} -> ${at(e.control)}`];
    if (LABELABLE.includes(e.localName)) return [`${e.localName} ${i} <- ${[...((e as HTMLInputElement).labels ?? [])].map(at).join(',')}`];
    return [];
  });
}

/**
 * The answers with jsdom's own getter, then with the indexed one (which stays installed after), and
 * how often the indexed one was asked. A change to the tree before each pass makes the live `labels`
 * lists (kept until the tree changes) ask again.
 */
function both(root: Document | Element | DocumentFragment): { jsdom: string[]; indexed: string[]; asked: number } {
  const touch = () => root.appendChild(document.createComment('')).remove();
  let asked = 0;
  try {
    installIndexedLabelControl(jsdomControl);
    touch();
    const jsdom = answers(root);
    installIndexedLabelControl(function (this: LabelImpl) {
      asked++;
      return indexedControl.call(this);
    });
    touch();
    return { jsdom, indexed: answers(root), asked };
  } finally {
    installIndexedLabelControl(indexedControl);
  }
}

/** Markup as nodes (no HTML sink: the markup is this file's own). */
const nodes = (markup: string): DocumentFragment => document.createRange().createContextualFragment(markup);

afterEach(() => {
  document.body.replaceChildren();
});

test('tests/setup.ts installs the indexed lookup for DOM tests', () => {
  expect(installedLabelControl()).toBe(indexedControl);
});

test('the same controls and labels as jsdom on a page with repeated, empty and dangling ids', () => {
  const page = document.createElement('div');
  page.append(nodes([
    '<label for="a">A</label><input id="a">',
    // The first element with the id in tree order is not labelable: no control, though an input has it too.
    '<label for="b">B</label><div id="b"></div><input id="b">',
    '<label for="">empty</label><label for="nowhere">dangling</label>',
    '<label>wrapped <span><select></select></span><input></label>',
    '<label for="c">C1</label><label for="c">C2</label><button id="c"></button>',
    '<input type="hidden" id="h"><label for="h">hidden</label>',
    '<label for="d">around</label><label for="d"><textarea id="d"></textarea></label>',
    '<meter id="m"></meter><label for="m">meter</label><output id="o"></output><label for="o">out</label><progress id="p"></progress><label for="p">p</label>',
  ].join('')));
  document.body.append(page);
  const first = both(document);
  expect(first.indexed).toEqual(first.jsdom);
  expect(first.asked).toBeGreaterThan(0);
  expect(first.jsdom).toContain(`label ${[...document.querySelectorAll('*')].indexOf(document.querySelector('label[for=b]')!)} -> -1`);

  // Ids change and elements move: the index follows, as jsdom's walk does.
  document.querySelector('div#b')!.removeAttribute('id');
  document.querySelector('button#c')!.id = 'a';
  page.prepend(document.querySelector('button#a')!);
  page.append(Object.assign(document.createElement('input'), { id: 'nowhere' }));
  const second = both(document);
  expect(second.indexed).toEqual(second.jsdom);
  expect(second.indexed).not.toEqual(first.indexed);
});

test('a label outside a document (detached tree, fragment, shadow root) gets jsdom’s own answer', () => {
  const detached = document.createElement('div');
  detached.append(nodes('<label for="x">X</label><input id="x"><label for="y">Y</label><div id="y"></div><input id="y">'));
  const detachedAnswers = both(detached);
  expect(detachedAnswers.indexed).toEqual(detachedAnswers.jsdom);
  expect(detached.querySelector('label')!.control).toBe(detached.querySelector('input#x'));

  const fragment = nodes('<label for="f">F</label><select id="f"></select>');
  const fragmentAnswers = both(fragment);
  expect(fragmentAnswers.indexed).toEqual(fragmentAnswers.jsdom);
  expect(fragment.querySelector('label')!.control).toBe(fragment.querySelector('select'));

  const host = document.createElement('div');
  document.body.append(host, Object.assign(document.createElement('input'), { id: 's' }));
  const shadow = host.attachShadow({ mode: 'open' });
  shadow.append(nodes('<label for="s">S</label><textarea id="s"></textarea>'));
  const label = shadow.querySelector('label')!;
  // In its shadow root, not the document's input with the same id.
  expect(label.control).toBe(shadow.querySelector('textarea'));
  installIndexedLabelControl(jsdomControl);
  const jsdomAnswer = label.control;
  installIndexedLabelControl(indexedControl);
  expect(label.control).toBe(jsdomAnswer);
});

test('random pages: the same answers as jsdom', () => {
  // mulberry32: a fixed seed, the same pages on every run.
  let seed = 7;
  const random = (n: number) => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 2 ** 32) * n);
  };
  const tags = ['div', 'span', 'label', 'label', 'input', 'button', 'select', 'textarea'];
  for (let round = 0; round < 30; round++) {
    const parents: Element[] = [document.body];
    for (let i = 0; i < 60; i++) {
      const el = document.createElement(tags[random(tags.length)]!);
      if (random(3) === 0) el.id = `i${random(6)}`;
      if (el.localName === 'label' && random(4) > 0) el.setAttribute('for', random(8) === 0 ? '' : `i${random(7)}`);
      parents[random(parents.length)]!.append(el);
      if (!LABELABLE.includes(el.localName)) parents.push(el);
    }
    const { jsdom, indexed, asked } = both(document);
    expect(indexed).toEqual(jsdom);
    expect(asked).toBeGreaterThan(0);
    document.body.replaceChildren();
  }
});
