import { useId, useState, type FormEvent } from 'react';
import type { IncidentCategoryMsg } from '@/lib/messaging';
import { t, type MessageKey } from '@/lib/i18n';

export const CATEGORY: Record<IncidentCategoryMsg, MessageKey> = {
  profanity: 'roomIncidentCatProfanity',
  insult: 'roomIncidentCatInsult',
  threat: 'roomIncidentCatThreat',
  harassment: 'roomIncidentCatHarassment',
};
const ORDER: readonly IncidentCategoryMsg[] = ['profanity', 'insult', 'threat', 'harassment'];

interface Props {
  suggested: IncidentCategoryMsg | null;
  busy: boolean;
  onLog(category: IncidentCategoryMsg, note: string): Promise<boolean>;
}

/** One click logs an incident: the category comes preselected from the signals; the note is the rep's own. */
export function IncidentForm({ suggested, busy, onLog }: Props) {
  const uid = useId();
  const [category, setCategory] = useState<IncidentCategoryMsg>(suggested ?? 'insult');
  const [note, setNote] = useState('');
  const submit = async (e: FormEvent): Promise<void> => {
    e.preventDefault();
    if (await onLog(category, note)) setNote('');
  };
  return (
    <form className="incident-form" onSubmit={(e) => void submit(e)}>
      <fieldset>
        <legend>{t('roomIncidentLegend')}</legend>
        <fieldset className="categories">
          <legend>{t('roomIncidentCategory')}</legend>
          {ORDER.map((c) => (
            <label key={c}>
              <input type="radio" name={`${uid}-category`} value={c} checked={category === c} onChange={() => setCategory(c)} />
              {t(CATEGORY[c])}
            </label>
          ))}
        </fieldset>
        <label className="note-label" htmlFor={`${uid}-note`}>
          {t('roomIncidentNote')}
        </label>
        <textarea
          id={`${uid}-note`}
          rows={3}
          maxLength={5000}
          value={note}
          aria-describedby={`${uid}-note-help`}
          onChange={(e) => setNote(e.currentTarget.value)}
        />
        <p id={`${uid}-note-help`} className="room-small">
          {t('roomIncidentNoteHelp')}
        </p>
        <div className="form-actions">
          <button type="submit" className="btn btn-small" disabled={busy}>
            {t('roomIncidentSubmit')}
          </button>
        </div>
      </fieldset>
    </form>
  );
}
