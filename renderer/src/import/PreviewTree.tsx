// The parsed list as the user will get it: headings, numbered paragraphs, items; anything uncertain
// is highlighted with what looks wrong, and each paragraph offers the fixes (merge, split, renumber).
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { doubts, mergeItem, mergeParagraph, renumberFrom, splitParagraph, splitPoints } from '../../../shared/loi/edit';
import type { Heading, ParsedLoi, Paragraph, SubItem } from '../../../shared/loi/types';

interface Props {
  loi: ParsedLoi;
  onChange: (loi: ParsedLoi) => void;
}

const sameHeading = (a: Heading | undefined, b: Heading) => a !== undefined && a.kind === b.kind && a.label === b.label && a.title === b.title;

export function PreviewTree({ loi, onChange }: Props) {
  const { t } = useTranslation('import');
  const flags = useMemo(() => doubts(loi), [loi]);
  const headingText = (h: Heading) => [h.kind === 'section' ? t('section', { label: h.label }) : h.label && `${h.label}.`, h.title].filter(Boolean).join(' ');
  const [tool, setTool] = useState<{ index: number; kind: 'split' | 'renumber' } | null>(null);
  const edit = (next: ParsedLoi) => {
    setTool(null);
    onChange(next);
  };

  const items = (list: SubItem[], p: number, path: number[]) => (
    <ol className="import-items">
      {list.map((s, i) => (
        <li key={`${s.label}-${i}`}>
          <span className="import-label">({s.label})</span> {s.text}
          {i > 0 && (
            <button type="button" className="import-tool" onClick={() => edit(mergeItem(loi, p, [...path, i]))}>
              {t('mergeItem')}
            </button>
          )}
          {s.subitems.length > 0 && items(s.subitems, p, [...path, i])}
        </li>
      ))}
    </ol>
  );

  const paragraph = (p: Paragraph, i: number) => {
    const doubt = flags[i];
    const open = tool?.index === i ? tool.kind : null;
    return (
      <li key={`p-${i}`} className={`import-para${doubt.length > 0 ? ' doubtful' : ''}`} aria-label={t('paragraph', { number: p.number })} data-number={p.number}>
        <div className="import-row">
          <span className="import-num">{p.number}.</span>
          <span className="import-text">{p.text}</span>
        </div>
        {doubt.length > 0 && (
          <ul className="import-doubts">
            {doubt.map((d) => (
              <li key={d}>{t(`doubt_${d}`)}</li>
            ))}
          </ul>
        )}
        {p.subitems.length > 0 && items(p.subitems, i, [])}
        <div className="import-tools">
          {i > 0 && (
            <button type="button" className="import-tool" onClick={() => edit(mergeParagraph(loi, i))}>
              {t('merge')}
            </button>
          )}
          <button type="button" className="import-tool" aria-expanded={open === 'split'} onClick={() => setTool(open === 'split' ? null : { index: i, kind: 'split' })}>
            {t('split')}
          </button>
          <button type="button" className="import-tool" aria-expanded={open === 'renumber'} onClick={() => setTool(open === 'renumber' ? null : { index: i, kind: 'renumber' })}>
            {t('renumber')}
          </button>
        </div>
        {open === 'split' && <SplitForm paragraph={p} onSplit={(at) => edit(splitParagraph(loi, i, at))} onCancel={() => setTool(null)} />}
        {open === 'renumber' && <RenumberForm from={Number(p.number)} onApply={(n) => edit(renumberFrom(loi, i, n))} onCancel={() => setTool(null)} />}
      </li>
    );
  };

  return (
    <ol className="import-tree" aria-label={t('tree')}>
      {loi.paragraphs.map((p, i) => {
        const before = loi.paragraphs[i - 1]?.headings ?? [];
        // Show the headings from the first level where this paragraph's chain differs from the one before.
        const first = p.headings.findIndex((h, depth) => !sameHeading(before[depth], h));
        const fresh = first < 0 ? [] : p.headings.slice(first);
        return [
          ...fresh.map((h) => (
            <li key={`h-${i}-${headingText(h)}`} className={`import-heading import-${h.kind}`}>
              {headingText(h)}
              {h.intro && <p className="import-intro">{h.intro}</p>}
            </li>
          )),
          paragraph(p, i),
        ];
      })}
    </ol>
  );
}

function SplitForm({ paragraph, onSplit, onCancel }: { paragraph: Paragraph; onSplit: (at: number) => void; onCancel: () => void }) {
  const { t } = useTranslation('import');
  const points = splitPoints(paragraph);
  const [at, setAt] = useState(points.find((s) => /^\d{1,3}\.\s/.test(s.preview))?.at ?? points[0]?.at ?? 0);
  return (
    <div className="import-form">
      <label>
        {t('splitBefore')}
        <select value={at} onChange={(e) => setAt(Number(e.target.value))}>
          {points.map((s) => (
            <option key={s.at} value={s.at}>
              {s.preview}…
            </option>
          ))}
        </select>
      </label>
      <button type="button" className="primary" disabled={points.length === 0} onClick={() => onSplit(at)}>
        {t('apply')}
      </button>
      <button type="button" className="secondary" onClick={onCancel}>
        {t('cancel')}
      </button>
    </div>
  );
}

function RenumberForm({ from, onApply, onCancel }: { from: number; onApply: (n: number) => void; onCancel: () => void }) {
  const { t } = useTranslation('import');
  const [n, setN] = useState(String(from));
  return (
    <div className="import-form">
      <label>
        {t('renumberTo')}
        <input type="number" min={1} max={999} value={n} onChange={(e) => setN(e.target.value)} />
      </label>
      <button type="button" className="primary" disabled={!/^[1-9]\d{0,2}$/.test(n)} onClick={() => onApply(Number(n))}>
        {t('apply')}
      </button>
      <button type="button" className="secondary" onClick={onCancel}>
        {t('cancel')}
      </button>
    </div>
  );
}
