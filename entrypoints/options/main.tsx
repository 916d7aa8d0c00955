import { createRoot } from 'react-dom/client';
import { uiLang } from '@/lib/i18n';
import { renderWithMessages } from '@/lib/i18n-files';
import { z } from 'zod';
import { Options } from '@/components/Options';
import '@/components/theme.css';

// Extension pages forbid eval by CSP; the Pack editor validates with full zod: no compiled fast path.
z.config({ jitless: true });
renderWithMessages(() => {
  document.documentElement.lang = uiLang(); // the language of the messages shown, for screen readers and hyphenation
  createRoot(document.getElementById('root')!).render(<Options />);
});
