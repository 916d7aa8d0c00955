import { createRoot } from 'react-dom/client';
import { browser } from 'wxt/browser';
import { z } from 'zod';
import { Options } from '@/components/Options';
import '@/components/theme.css';

// Extension pages forbid eval by CSP; the Pack editor validates with full zod: no compiled fast path.
z.config({ jitless: true });
document.documentElement.lang = browser.i18n.getUILanguage();
createRoot(document.getElementById('root')!).render(<Options />);
