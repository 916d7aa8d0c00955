import { createRoot } from 'react-dom/client';
import { uiLang } from '@/lib/i18n';
import { renderWithMessages } from '@/lib/i18n-files';
import { Popup } from '@/components/Popup';
import '@/components/theme.css';
renderWithMessages(() => {
  document.documentElement.lang = uiLang(); // the language of the messages shown, for screen readers and hyphenation
  createRoot(document.getElementById('root')!).render(<Popup />);
});
