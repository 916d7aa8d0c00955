import type { Ref } from 'react';

/**
 * An inline "are you sure?" box: the question, a yes and a no button; Escape answers no. The caller
 * moves focus into it (the ref of the button that should have it) and back when it closes.
 */
export function Confirm({ id, question, yes, no, onYes, onNo, danger, yesRef, noRef }: {
  id: string;
  question: string;
  yes: string;
  no: string;
  onYes: () => void;
  onNo: () => void;
  /** The yes button destroys something (red). */
  danger?: boolean;
  yesRef?: Ref<HTMLButtonElement>;
  noRef?: Ref<HTMLButtonElement>;
}) {
  return (
    <div
      className="confirm"
      role="alertdialog"
      aria-labelledby={id}
      onKeyDown={(e) => {
        if (e.key === 'Escape') onNo();
      }}
    >
      <p id={id}>{question}</p>
      <button type="button" ref={yesRef} className={danger ? 'btn btn-small btn-danger' : 'btn btn-small'} onClick={onYes}>
        {yes}
      </button>{' '}
      <button type="button" ref={noRef} className="btn btn-small btn-quiet" onClick={onNo}>
        {no}
      </button>
    </div>
  );
}
