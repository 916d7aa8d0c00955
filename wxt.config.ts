import { readFileSync } from 'node:fs';
import { defineConfig } from 'wxt';
import { isReleaseBuild, releaseMatches } from './lib/adapters/release';

// A release build (npm run build, npm run zip, HEARD_RELEASE=1) has no demo helpdesk hosts; a bare
// `wxt build` (the test suite, npm run demo, the e2e tests) and `wxt` (development) keep them.
const release = isReleaseBuild(process.env);

export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  publicDir: 'assets/public',
  manifestVersion: 3,
  // The e2e suite sets HEARD_OUT so it can build a separate copy without touching .output/.
  outDir: process.env.HEARD_OUT ?? '.output',
  hooks: {
    // Each rule kind's name in the pack editor lives in its module, in every language: written into
    // the built _locales/<lang>/messages.json here (lib/guidance/kinds/messages.ts).
    'build:publicAssets': async (_wxt, files) => {
      const { withKindMessages } = await import('./lib/guidance/kinds/messages');
      for (const [i, file] of files.entries()) {
        const lang = /^_locales\/([^/]+)\/messages\.json$/.exec(file.relativeDest)?.[1];
        if (lang && 'absoluteSrc' in file) files[i] = { relativeDest: file.relativeDest, contents: withKindMessages(readFileSync(file.absoluteSrc, 'utf8'), lang) };
      }
    },
    'build:manifestGenerated': (_wxt, manifest) => {
      if (!release) return;
      manifest.content_scripts = manifest.content_scripts?.map((cs) => ({ ...cs, matches: releaseMatches(cs.matches ?? []) }));
    },
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'unlimitedStorage', 'alarms', 'notifications', 'sidePanel', 'scripting', 'activeTab'].filter(
      (p) => browser !== 'firefox' || p !== 'sidePanel',
    ),
    // Any other site only by the rep's grant at run time, one origin at a time ("Enable on this site").
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    icons: { 16: 'icons/16.png', 32: 'icons/32.png', 48: 'icons/48.png', 128: 'icons/128.png' },
    action: { default_title: '__MSG_actionTitle__', default_icon: { 16: 'icons/16.png', 32: 'icons/32.png' } },
    commands: {
      // The toolbar popup: today's callbacks and quick add, without the draft.
      _execute_action: { suggested_key: { default: 'Alt+Shift+K' } },
      'toggle-panel': {
        suggested_key: { default: 'Alt+Shift+H' },
        description: '__MSG_commandTogglePanel__',
      },
    },
    // The panel is an extension page framed over the page, on the helpdesks and on the sites the rep
    // enables at run time, which a manifest cannot list: any http(s) page may frame it. In Chrome
    // only through the per-session dynamic URL (runtime.getURL gives it), so no page can probe a
    // fixed chrome-extension://<id>/ address to learn Heard is installed; Firefox's moz-extension://
    // host is a random per-install id already. A page that framed it would see nothing: the panel
    // shows only its own tab's state, in a frame the page cannot read.
    web_accessible_resources: [
      {
        resources: ['panel.html'],
        matches: ['http://*/*', 'https://*/*'],
        ...(browser === 'firefox' ? {} : { use_dynamic_url: true }),
      },
    ],
    // Browser policy (lib/policy/schema.ts): Chrome needs the schema of managed storage; Firefox
    // reads policies.json "3rdparty" → "Extensions" → our id and takes no schema.
    ...(browser === 'firefox' ? {} : { storage: { managed_schema: 'managed_schema.json' } }),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'heard@heard-extension.org',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
