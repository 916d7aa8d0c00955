import { createRoot } from 'react-dom/client';
import { t, uiLang } from '@/lib/i18n';
import { renderWithMessages } from '@/lib/i18n-files';
import { Welcome } from '@/components/Welcome';
import '@/components/theme.css';

// The first run: opened once at install (background), and again from the popup and the options.
renderWithMessages(() => {
  document.documentElement.lang = uiLang(); // the language of the messages shown, for screen readers and hyphenation
  document.title = t('welcomeTitle');
  createRoot(document.getElementById('root')!).render(<Welcome />);
});
