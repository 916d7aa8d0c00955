import { defineConfig } from 'wxt';

import { CONTENT_MATCHES } from './lib/adapters/hosts';

export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  publicDir: 'assets/public',
  manifestVersion: 3,
  // The e2e suite sets HEARD_OUT so it can build a separate copy without touching .output/.
  outDir: process.env.HEARD_OUT ?? '.output',
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'unlimitedStorage', 'alarms', 'notifications', 'sidePanel'].filter(
      (p) => browser !== 'firefox' || p !== 'sidePanel',
    ),
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
    // The panel is an extension page framed over the helpdesk; only matched helpdesk pages may frame it.
    web_accessible_resources: [{ resources: ['panel.html'], matches: [...new Set(CONTENT_MATCHES.map(originPattern))] }],
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

/** web_accessible_resources.matches takes origins with a `/*` path only. */
function originPattern(pattern: string): string {
  const end = pattern.indexOf('/', pattern.indexOf('//') + 2);
  return `${pattern.slice(0, end)}/*`;
}
