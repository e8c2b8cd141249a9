// The word budget at a glance: the whole reply against its limit, and sections with their own limits.
import type { Budget } from '../../shared/api/types';

const fmt = (n: number) => n.toLocaleString('en-US');

export function StatusBar({ budget, message }: { budget: Budget | null; message: string | null }) {
  if (!budget) return <footer className="status-bar" />;
  const over = budget.total > budget.limit;
  return (
    <footer className="status-bar">
      <span className={over ? 'budget over' : 'budget'} aria-label="Report word count" data-over={over}>
        Report: {fmt(budget.total)} / {fmt(budget.limit)} words
      </span>
      {budget.sections
        .filter((s) => s.limit !== null)
        .map((s) => (
          <span key={s.label} className={s.limit !== null && s.words > s.limit ? 'budget over' : 'budget'}>
            {s.label}: {fmt(s.words)} / {fmt(s.limit ?? 0)}
          </span>
        ))}
      {message && (
        <span className="status-message" role="alert">
          {message}
        </span>
      )}
    </footer>
  );
}
