// A quick chart beside the grid (bar or line, as the user chose) drawn with chart.js from the
// table's data rows and number columns. It follows edits, a moment behind typing.
import { BarController, BarElement, CategoryScale, Chart, Legend, LineController, LineElement, LinearScale, PointElement, Tooltip } from 'chart.js';
import { useDeferredValue, useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { DataTableElement } from '../../../shared/editor/types';
import { chartData } from '../../../shared/tables/chart-data';
import { formatNumber } from '../i18n';

Chart.register(BarController, BarElement, LineController, LineElement, PointElement, CategoryScale, LinearScale, Legend, Tooltip);

// Distinct, print-safe colours; the UN blue first.
const PALETTE = ['#0b5cad', '#d9822b', '#2e8540', '#8e44ad', '#c0392b', '#16a085', '#7f8c8d', '#b7950b', '#34495e', '#e84393', '#6c5ce7', '#00838f'];

export function TableChart({ table }: { table: DataTableElement }) {
  const { t, i18n } = useTranslation('tables');
  const canvas = useRef<HTMLCanvasElement>(null);
  const chart = useRef<Chart | null>(null);
  const deferred = useDeferredValue(table);
  const data = useMemo(() => chartData(deferred), [deferred]);
  const kind = table.chart ?? 'bar';
  const empty = data.series.length === 0 || data.categories.length === 0;

  useEffect(() => {
    if (!canvas.current || empty) return;
    chart.current = new Chart(canvas.current, {
      type: kind,
      data: { labels: [], datasets: [] },
      options: {
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        plugins: { legend: { position: 'bottom', labels: { boxWidth: 12, font: { size: 11 } } } },
        scales: { y: { beginAtZero: true, ticks: { callback: (v) => formatNumber(Number(v), i18n.language) } }, x: { ticks: { font: { size: 11 } } } },
      },
    });
    return () => {
      chart.current?.destroy();
      chart.current = null;
    };
  }, [kind, empty, i18n.language]);

  useEffect(() => {
    const c = chart.current;
    if (!c) return;
    c.data.labels = data.categories;
    c.data.datasets = data.series.map((s, i) => ({
      label: s.label,
      data: s.values,
      backgroundColor: PALETTE[i % PALETTE.length],
      borderColor: PALETTE[i % PALETTE.length],
      spanGaps: false,
    }));
    c.update('none');
  }, [data, kind, empty]);

  const kindLabel = t(kind === 'bar' ? 'chart_bar' : 'chart_line');
  return (
    <figure className="dt-chart" data-series={data.series.length} data-categories={data.categories.length}>
      {empty ? (
        <p className="muted">{t('chartEmpty')}</p>
      ) : (
        <div className="dt-chart-box">
          <canvas
            ref={canvas}
            role="img"
            aria-label={t('chartLabel', { kind: kindLabel, title: table.title || t('untitled'), categories: data.categories.length, series: data.series.length })}
          />
        </div>
      )}
      {data.omittedRows > 0 && <figcaption className="muted">{t('chartOmitted', { shown: data.categories.length })}</figcaption>}
    </figure>
  );
}
