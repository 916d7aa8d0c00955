// Generic mode in Chromium: two tickets that differ only in `?id=` keep their own notes, callbacks,
// checklist ticks and dismissals (tests/e2e/tickets-shared.ts; issue 13 point 1). The page is the
// textarea editor fixture under /heard-demo/editors/, where the manifest runs Heard and no adapter
// recognises a ticket, so the generic adapter keys it by address exactly as on an enabled site
// (Firefox runs the same body on a site enabled at run time: iframe-editors.firefox.e2e.ts).
import { after, before, test } from 'node:test';
import { serveFixtures, type FixtureServer } from '../../tools/serve';
import { buildEditorFixtures } from '../../tools/build-editor-fixtures';
import { launchChromium, panelFrameIn, waitFor, type ChromiumRun } from './browsers';
import { ticketsStayApart, type AnyFrame, type AnyPage } from './tickets-shared';

let server: FixtureServer;
let run: ChromiumRun;

before(async () => {
  await buildEditorFixtures({ quiet: true }); // skips when nothing changed
  server = await serveFixtures();
  run = await launchChromium();
});
after(async () => {
  await run?.close();
  await server?.close();
});

test('Chromium: two tickets differing only in ?id= keep separate notes, callbacks, checklists and dismissals', async () => {
  const page = await run.context.newPage();
  await page.setViewportSize({ width: 1600, height: 900 }); // room for the panel beside the reply box
  const panelFrame = (): Promise<AnyFrame> =>
    waitFor('the panel frame', async () => panelFrameIn(page) ?? null);
  await ticketsStayApart(page as unknown as AnyPage, (id) => `${server.origin}/heard-demo/editors/textarea.html?id=${id}`, 'textarea', panelFrame);
  await page.close();
});
