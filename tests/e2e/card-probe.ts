// The card at the words, seen from the page (card.chromium.e2e.ts, card-firefox.ts).

/** In the page: from now (or from the next `on` event within 10 px of `near`'s line), every 2 ms,
 * whether the card is laid out at (x, y) (the page sees only its host). From the page's own event:
 * headless Chromium delivers a test's pointer input with its next frame, hundreds of ms later at
 * times. Not per animation frame either, for the same reason. A string: the test runner's transform
 * names inner functions. */
export const armProbe = (p: { x: number; y: number; on?: string; near?: number }): string => `(() => {
  const w = window;
  w.t1 = 0;
  const go = (e) => {
    if (e && ${p.near ?? -1} >= 0 && Math.abs(e.clientY - ${p.near ?? -1}) > 10) return;
    if (e) document.removeEventListener('${p.on}', go, true);
    w.t0 = performance.now();
    const probe = () => {
      if (document.elementFromPoint(${p.x}, ${p.y})?.tagName === 'HEARD-CARD') w.t1 = performance.now();
      else setTimeout(probe, 2);
    };
    probe();
  };
  ${p.on ? `document.addEventListener('${p.on}', go, true);` : 'go();'}
})()`;
