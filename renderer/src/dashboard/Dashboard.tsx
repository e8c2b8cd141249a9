// Progress of the reply: by section and by lead institution (answered, ready, approved, words used),
// as a chart and as tables with the same numbers, and what is still unanswered.
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip } from 'chart.js';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Dashboard as Data, ProgressRow } from '../../../shared/api/types';
import { api } from '../api/client';
import { type CoreSaid, useCoreText } from '../i18n/core-text';
import { formatNumber } from '../i18n';
import { ConflictSummary } from '../conflicts/ConflictSummary';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);

export function Dashboard({ onOpen }: { onOpen: (paragraph: string, ref: string) => void }) {
  const { t, i18n } = useTranslation('dashboard');
  const coreText = useCoreText();
  const [data, setData] = useState<Data | null>(null);
  const [error, setError] = useState<CoreSaid | null>(null);
  const canvas = useRef<HTMLCanvasElement>(null);

  useEffect(() => {
    void api['dashboard.get']({}).then((r) => (r.ok ? setData(r.value) : setError(r)));
  }, []);

  useEffect(() => {
    if (!data || !canvas.current) return;
    const rows = data.bySection;
    const chart = new Chart(canvas.current, {
      type: 'bar',
      data: {
        labels: rows.map((r) => (r.section ? t('section', { ns: 'outline', label: r.section }) : t('other'))),
        datasets: [
          { label: t('approved'), data: rows.map((r) => r.approved), backgroundColor: '#1e7b34' },
          { label: t('readyOnly'), data: rows.map((r) => r.ready - r.approved), backgroundColor: '#0b5cad' },
          { label: t('draftedOnly'), data: rows.map((r) => r.answered - r.ready), backgroundColor: '#8fb4de' },
          { label: t('unanswered'), data: rows.map((r) => r.questions - r.answered), backgroundColor: '#d9dee3' },
        ],
      },
      options: {
        indexAxis: 'y',
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        scales: { x: { stacked: true, ticks: { precision: 0 } }, y: { stacked: true } },
        plugins: { legend: { position: 'bottom' } },
      },
    });
    return () => chart.destroy();
  }, [data, t]);

  if (error) return <p role="alert">{coreText(error)}</p>;
  if (!data) return <p className="loading">…</p>;
  const fmt = (n: number) => formatNumber(n, i18n.language);
  const table = (caption: string, rows: ProgressRow[], testId: string) => (
    <table className="progress" data-testid={testId}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('group')}</th>
          <th scope="col">{t('questions')}</th>
          <th scope="col">{t('answered')}</th>
          <th scope="col">{t('ready')}</th>
          <th scope="col">{t('approved')}</th>
          <th scope="col">{t('words')}</th>
        </tr>
      </thead>
      <tbody>
        {[...rows, data.total].map((r) => (
          <tr key={r.key} className={r.key === 'total' ? 'total' : undefined}>
            <th scope="row">{r.key === 'total' ? t('total') : r.section ? t('section', { ns: 'outline', label: r.section }) : r.label || t('unassigned')}</th>
            <td>{r.questions}</td>
            <td>{r.answered}</td>
            <td>{r.ready}</td>
            <td>{r.approved}</td>
            <td className={r.limit !== null && r.words > r.limit ? 'over' : undefined}>
              {fmt(r.words)}
              {r.limit !== null && ` / ${fmt(r.limit)}`}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );

  return (
    <article className="dashboard" aria-labelledby="dashboard-title">
      <h1 id="dashboard-title">{t('title')}</h1>
      <ConflictSummary onOpen={onOpen} />
      <div className="chart-box">
        <canvas ref={canvas} role="img" aria-label={t('chart')} />
      </div>
      {table(t('bySection'), data.bySection, 'by-section')}
      {table(t('byInstitution'), data.byInstitution, 'by-institution')}
      <section aria-labelledby="unanswered-title">
        <h2 id="unanswered-title">{t('unansweredTitle', { count: data.unanswered.length })}</h2>
        <ul className="unanswered">
          {data.unanswered.map((u) => (
            <li key={u.ref}>
              <button type="button" className="link-button" onClick={() => onOpen(u.paragraph, u.ref)}>
                {u.label}
              </button>{' '}
              <span className="muted">{u.text.length > 110 ? `${u.text.slice(0, 109)}…` : u.text}</span>
            </li>
          ))}
        </ul>
      </section>
    </article>
  );
}
