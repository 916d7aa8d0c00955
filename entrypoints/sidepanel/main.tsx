import { createRoot } from 'react-dom/client';
import { browser } from 'wxt/browser';
import { uiLang } from '@/lib/i18n';
import { renderWithMessages } from '@/lib/i18n-files';
import { Panel } from '@/components/Panel';
import { usePanel } from '@/lib/stores/panel';
import '@/components/theme.css';

// The same panel in the browser's side panel (Chrome) or sidebar (Firefox): it follows the active tab.
async function follow(): Promise<void> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  usePanel.getState().connect(tab?.id ?? null);
}
browser.tabs.onActivated.addListener(() => void follow());
void follow();
renderWithMessages(() => {
  document.documentElement.lang = uiLang(); // the language of the messages shown, for screen readers and hyphenation
  createRoot(document.getElementById('root')!).render(<Panel placement="side" />);
});
