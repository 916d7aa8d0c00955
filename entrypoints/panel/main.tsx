import { createRoot } from 'react-dom/client';
import { uiLang } from '@/lib/i18n';
import { renderWithMessages } from '@/lib/i18n-files';
import { Panel } from '@/components/Panel';
import { usePanel } from '@/lib/stores/panel';
import '@/components/theme.css';

// The overlay panel, framed over the helpdesk page by the content script. Its tab is the one
// framing it: the background knows that from the port's sender.
usePanel.getState().connect();
const side = (browser as unknown as { sidePanel?: { open(o: { tabId: number }): Promise<void> } }).sidePanel;
const openSide = side
  ? () => {
      const { tabId, close } = usePanel.getState();
      if (tabId != null) void side.open({ tabId }).then(close);
    }
  : undefined;
renderWithMessages(() => {
  document.documentElement.lang = uiLang(); // the language of the messages shown, for screen readers and hyphenation
  createRoot(document.getElementById('root')!).render(<Panel placement="overlay" onOpenSide={openSide} />);
});
