import { useEffect, useId, useState, type ReactNode } from 'react';
import type { HintMsg } from '@/lib/messaging';
import { t, plural } from '@/lib/i18n';
import { DEFAULT_HINT_BUDGET, readHintBudget, watchHintBudget } from '@/lib/guidance/hint-budget';

/** The rep's hint budget (options), kept current while the panel is open. */
export function useHintBudget(): number {
  const [budget, setBudget] = useState(DEFAULT_HINT_BUDGET);
  useEffect(() => {
    let live = true;
    // A change heard while the first read is on its way is newer than what that read returns.
    let changed = false;
    void readHintBudget()
      .then((n) => live && !changed && setBudget(n))
      .catch(() => {});
    const stop = watchHintBudget((n) => {
      changed = true;
      if (live) setBudget(n);
    });
    return () => {
      live = false;
      stop();
    };
  }, []);
  return budget;
}

interface Props {
  /** Most important first (the background sorts them: Worth fixing, suggestions, notes). */
  hints: readonly HintMsg[];
  budget: number;
  renderHint(h: HintMsg): ReactNode;
  /** A hint to show even if it is past the budget (the panel opened at it; n counts the requests). */
  open?: { id: string; n: number } | null | undefined;
}

/**
 * The draft's hints: the first `budget` shown, the rest behind "Show n more" (a disclosure
 * button, so the list stays short while the rep types and nothing is lost).
 */
export function HintList({ hints, budget, renderHint, open: want }: Props) {
  const [shown, setShown] = useState(false);
  // The request the rep closed the list after (a later request opens it again).
  const [closedAt, setClosedAt] = useState(0);
  const moreId = useId();
  const first = hints.slice(0, budget);
  const rest = hints.slice(budget);
  const open = shown || (!!want && want.n !== closedAt && rest.some((h) => h.id === want.id));
  const setOpen = (o: boolean): void => {
    setShown(o);
    if (!o) setClosedAt(want?.n ?? 0);
  };
  return (
    <>
      <ul className="hint-list">
        {first.map((h) => (
          <li key={h.id}>{renderHint(h)}</li>
        ))}
      </ul>
      {rest.length > 0 ? (
        <>
          <button type="button" className="btn btn-small btn-quiet hint-more" aria-expanded={open} aria-controls={moreId} onClick={() => setOpen(!open)}>
            {open ? t('hintsFewer') : plural('hintsMore', rest.length)}
          </button>
          <ul className="hint-list" id={moreId} hidden={!open}>
            {open
              ? rest.map((h) => (
                  <li key={h.id}>{renderHint(h)}</li>
                ))
              : null}
          </ul>
        </>
      ) : null}
    </>
  );
}
