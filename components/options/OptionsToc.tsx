import { useEffect, useState } from 'react';
import { t } from '@/lib/i18n';

/**
 * "On this page": a link to each section's heading, read from the page itself after it renders, so
 * a section added to the options page appears here without another edit.
 */
export function OptionsToc({ root = 'main' }: { root?: string }) {
  const [links, setLinks] = useState<{ id: string; text: string }[]>([]);
  useEffect(() => {
    // After the first paint: every section's heading is in the page by then.
    const frame = requestAnimationFrame(() =>
      setLinks([...document.querySelectorAll<HTMLHeadingElement>(`${root} section > h2[id]`)].map((h) => ({ id: h.id, text: h.textContent ?? '' }))),
    );
    return () => cancelAnimationFrame(frame);
  }, [root]);
  if (links.length === 0) return null;
  return (
    <nav className="options-toc" aria-labelledby="options-toc-h">
      <h2 id="options-toc-h" className="visually-hidden">
        {t('optionsToc')}
      </h2>
      <ul>
        {links.map((l) => (
          <li key={l.id}>
            <a
              href={`#${l.id}`}
              onClick={(e) => {
                // Move focus with the view, so the keyboard continues from the section.
                const h = document.getElementById(l.id);
                if (!h) return;
                e.preventDefault();
                if (!h.hasAttribute('tabindex')) h.setAttribute('tabindex', '-1');
                h.scrollIntoView({ block: 'start' });
                h.focus({ preventScroll: true });
              }}
            >
              {l.text}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
