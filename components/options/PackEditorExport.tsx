import { memo, useEffect, useRef, useState } from 'react';
import { plural, t } from '@/lib/i18n';
import { exportPack } from '@/lib/guidance/editing';
import { usePackEditor } from '@/lib/stores/packEditor';
import { downloadText } from '@/lib/download';
import { Confirm } from './Confirm';

/**
 * Export: only a valid pack, and only when every case passes, unless the lead confirms
 * "export anyway" (for failing cases; an invalid pack is never exported).
 */
export const ExportBox = memo(function ExportBox() {
  const check = usePackEditor((s) => s.check);
  const [confirming, setConfirming] = useState(false);
  const [status, setStatus] = useState('');
  const yesRef = useRef<HTMLButtonElement>(null);
  const anywayRef = useRef<HTMLButtonElement>(null);
  const wasConfirming = useRef(false);

  useEffect(() => {
    if (confirming) yesRef.current?.focus();
    else if (wasConfirming.current) anywayRef.current?.focus();
    wasConfirming.current = confirming;
  }, [confirming]);

  const pack = check?.pack ?? null;
  const errors = check?.errors.length ?? 0;
  const failing = check?.failing ?? 0;
  const save = (): void => {
    if (!pack) return;
    const file = exportPack(pack);
    downloadText(file.text, file.filename, 'application/json');
    setConfirming(false);
    setStatus(t('peExported', file.filename));
  };

  return (
    <section className="pe-block" aria-labelledby="pe-export-h">
      <h3 id="pe-export-h">{t('peExportHeading')}</h3>
      <p className="pe-hint">{t('peExportIntro')}</p>
      <p className="pe-export-state" data-state={errors > 0 ? 'error' : failing > 0 ? 'fail' : 'ok'}>
        {check === null
          ? t('peChecking')
          : errors > 0
            ? plural('peExportBlockedErrors', errors)
            : failing > 0
              ? t('peExportBlockedCases', [String(failing), String(check.total)])
              : plural('peExportReady', check.total)}
      </p>
      <div className="pe-toolbar">
        <button type="button" className="btn" disabled={!pack || failing > 0} onClick={save}>
          {t('peExport')}
        </button>
        {pack && failing > 0 && !confirming ? (
          <button type="button" ref={anywayRef} className="btn btn-quiet" onClick={() => setConfirming(true)}>
            {t('peExportAnyway')}
          </button>
        ) : null}
      </div>
      {pack && failing > 0 && confirming ? (
        <Confirm
          id="pe-anyway-q"
          question={plural('peExportAnywayConfirm', failing)}
          yes={t('peExportAnywayYes')}
          no={t('peExportAnywayNo')}
          onYes={save}
          onNo={() => setConfirming(false)}
          danger
          yesRef={yesRef}
        />
      ) : null}
      <p role="status" className="pe-hint">
        {status}
      </p>
    </section>
  );
});
