// Who answers a paragraph: the lead institution and the contributing ones.
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { QuestionDetail } from '../../../shared/api/types';
import { api } from '../api/client';
import { type CoreSaid, useCoreText } from '../i18n/core-text';

const splitNames = (s: string) => s.split(/[;,]/).map((x) => x.trim()).filter(Boolean);

export function AssignmentEditor({ question: q }: { question: QuestionDetail }) {
  const { t } = useTranslation('question');
  const coreText = useCoreText();
  const [lead, setLead] = useState(q.assignment.lead ?? '');
  const [contributors, setContributors] = useState(q.assignment.contributors.join(', '));
  const [state, setState] = useState<'idle' | 'saved' | CoreSaid>('idle');
  const listId = `institutions-${q.ref}`;

  // Saves run one after another with the values of the moment, and never overwrite what is being typed.
  const chain = useRef<Promise<void>>(Promise.resolve());
  const saved = useRef(JSON.stringify([q.assignment.lead ?? '', q.assignment.contributors]));
  const save = () => {
    const value = { lead: lead.trim() || null, contributors: splitNames(contributors) };
    chain.current = chain.current.then(async () => {
      const key = JSON.stringify([value.lead ?? '', value.contributors]);
      if (key === saved.current) return setState((s) => (s === 'idle' ? s : 'saved'));
      const r = await api['paragraph.assign']({ ref: q.ref, ...value });
      if (!r.ok) return setState(r);
      saved.current = key;
      setState('saved');
    });
    return chain.current;
  };

  return (
    <form
      className="assignment"
      aria-label={t('assignment')}
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <label>
        <span>{t('lead')}</span>
        <input list={listId} value={lead} onChange={(e) => (setLead(e.target.value), setState('idle'))} onBlur={() => void save()} />
      </label>
      <label>
        <span>{t('contributors')}</span>
        <input value={contributors} placeholder={t('contributorsHint')} onChange={(e) => (setContributors(e.target.value), setState('idle'))} onBlur={() => void save()} />
      </label>
      {/* A form with two fields and no submit button submits nothing on Enter; this one makes Enter save. */}
      <button type="submit" hidden />
      <datalist id={listId}>
        {q.institutions.map((i) => (
          <option key={i} value={i} />
        ))}
      </datalist>
      <span className="assignment-state" role="status">
        {state === 'saved' ? t('assignmentSaved') : typeof state === 'object' ? coreText(state) : ''}
      </span>
    </form>
  );
}
