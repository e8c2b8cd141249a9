// Shows the long operations in flight after a short moment (quick ones never flash), with the time
// they have taken and a Cancel button where giving up is safe.
import { useEffect, useState } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { useTasks } from './tasks';

const SHOW_AFTER_MS = 400;

export function ProgressIndicator() {
  const tasks = useTasks();
  const { t } = useTranslation('progress');
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    if (tasks.length === 0) return;
    const timer = setInterval(() => setNow(Date.now()), 250);
    return () => clearInterval(timer);
  }, [tasks.length]);
  const visible = tasks.filter((task) => now - task.startedAt >= SHOW_AFTER_MS);
  // A modal dialog makes the rest of the window inert: show the progress (and its Cancel) inside it.
  const modal = visible.length > 0 ? document.querySelector('dialog:modal') : null;
  const content = (
    <div className={modal ? 'progress-indicator in-dialog' : 'progress-indicator'} role="status" aria-live="polite">
      {visible.map((task) => (
        <span key={task.id} className="progress-task">
          <span className="progress-bar" aria-hidden="true" />
          {t(task.method, { defaultValue: t('working') })} {t('seconds', { s: Math.floor((now - task.startedAt) / 1000) })}
          {task.cancel && (
            <button type="button" className="link-button" onClick={task.cancel}>
              {t('cancel')}
            </button>
          )}
        </span>
      ))}
    </div>
  );
  return modal ? createPortal(content, modal) : content;
}
