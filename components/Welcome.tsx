import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { t } from '@/lib/i18n';

interface Shortcut {
  keys: string;
  what: string;
}

/** The rep's own key bindings (they may have changed them in the browser's shortcut settings). */
function useShortcuts(): Shortcut[] {
  const [bound, setBound] = useState<Record<string, string>>({});
  useEffect(() => {
    const all = (browser as unknown as { commands?: { getAll?: () => Promise<{ name?: string; shortcut?: string }[]> } }).commands;
    void all?.getAll?.().then(
      (cmds) => setBound(Object.fromEntries(cmds.filter((c) => c.name && c.shortcut).map((c) => [c.name!, c.shortcut!]))),
      () => {},
    );
  }, []);
  return [
    { keys: bound['toggle-panel'] ?? 'Alt+Shift+H', what: t('welcomeKeyPanel') },
    { keys: bound._execute_action ?? 'Alt+Shift+K', what: t('welcomeKeyPopup') },
    { keys: 'Esc', what: t('welcomeKeyEsc') },
  ];
}

/**
 * The first run, readable in under a minute: the marker and its count, the card and the panel, the
 * shortcuts, "Enable on this site", and what stays on the machine.
 */
export function Welcome() {
  const keys = useShortcuts();
  return (
    <main className="welcome">
      <h1>{t('welcomeTitle')}</h1>
      <p className="welcome-lead">{t('welcomeLead')}</p>

      <section aria-labelledby="w-marker">
        <h2 id="w-marker">{t('welcomeMarkerHeading')}</h2>
        <p className="welcome-figure" aria-hidden="true">
          <span className="welcome-marker">
            <span className="welcome-dot" />2
          </span>
        </p>
        <p>{t('welcomeMarker')}</p>
      </section>

      <section aria-labelledby="w-panel">
        <h2 id="w-panel">{t('welcomePanelHeading')}</h2>
        <p>{t('welcomeCard')}</p>
        <p>{t('welcomePanel')}</p>
      </section>

      <section aria-labelledby="w-keys">
        <h2 id="w-keys">{t('welcomeKeysHeading')}</h2>
        <dl className="welcome-keys">
          {keys.map((k) => (
            <div key={k.what}>
              <dt>
                <kbd>{k.keys}</kbd>
              </dt>
              <dd>{k.what}</dd>
            </div>
          ))}
        </dl>
      </section>

      <section aria-labelledby="w-sites">
        <h2 id="w-sites">{t('welcomeSitesHeading')}</h2>
        <p>{t('welcomeSites')}</p>
      </section>

      <section aria-labelledby="w-local">
        <h2 id="w-local">{t('welcomeLocalHeading')}</h2>
        <p>{t('welcomeLocal')}</p>
      </section>

      <p className="welcome-actions">
        <button type="button" className="btn" onClick={() => void browser.runtime.openOptionsPage()}>
          {t('welcomeSettings')}
        </button>
      </p>
    </main>
  );
}
