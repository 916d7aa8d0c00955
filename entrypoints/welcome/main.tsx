import { createRoot } from 'react-dom/client';
import { browser } from 'wxt/browser';
import { uiLang } from '@/lib/i18n';
import { Welcome } from '@/components/Welcome';
import '@/components/theme.css';

// The first run: opened once at install (background), and again from the popup and the options.
document.documentElement.lang = uiLang(); // the language of the messages shown, for screen readers and hyphenation
document.title = browser.i18n.getMessage('welcomeTitle') || document.title;
createRoot(document.getElementById('root')!).render(<Welcome />);
