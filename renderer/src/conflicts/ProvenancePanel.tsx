// Who wrote each part of an answer: every block with its writer, and for each table the cells that
// came from an institution one by one (row / column, value, who and when); the cells this workspace
// wrote are counted. The part under the pointer in the editor is highlighted here.
import { useTranslation } from 'react-i18next';
import type { AnswerProvenance, ConflictView, ProvenanceEntry, ProvenanceTable } from '../../../shared/api/domains/merge';
import { Writers, useSignerTitle } from './ConflictDetail';

export const blockKey = (block: number) => `b${block}`;
export const cellKey = (c: Pick<ProvenanceEntry, 'table' | 'row' | 'column'>) => `c${c.table}:${c.row}:${c.column}`;
/** The summary line of one writer's cells in a table. */
const ownKey = (table: string, institution: string) => `w${table}:${institution}`;

/** The panel item that stands for a cell: its own line, or its writer's summary line. */
export const itemOfCell = (c: ProvenanceEntry) => (c.by.signerKeyId === null ? ownKey(c.table!, c.by.institution) : cellKey(c));

const short = (s: string, n = 90) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

interface Props {
  who: AnswerProvenance;
  /** The item under the pointer or focus in the editor. */
  hovered: string | null;
  /** Open conflicts of this answer: a disputed cell says so. */
  conflicts: ConflictView[];
}

function TableCells({ table, cells, hovered, disputed }: { table: ProvenanceTable; cells: ProvenanceEntry[]; hovered: string | null; disputed: Set<string> }) {
  const { t } = useTranslation('conflicts');
  const signer = useSignerTitle();
  // A disputed cell is listed on its own even when this workspace wrote the value shown.
  const fromOthers = cells.filter((c) => c.by.signerKeyId !== null || disputed.has(cellKey(c)));
  const own = new Map<string, ProvenanceEntry[]>();
  for (const c of cells) if (c.by.signerKeyId === null && !disputed.has(cellKey(c))) own.set(c.by.institution, [...(own.get(c.by.institution) ?? []), c]);
  const mark = (key: string) => (key === hovered ? 'hovered' : undefined);
  return (
    <li>
      <span className="block-text">{table.title ? t('table', { title: table.title }) : t('tableN', { n: table.number })}</span>
      <ul className="cell-writers">
        {fromOthers.map((c) => (
          <li key={cellKey(c)} data-item={cellKey(c)} className={mark(cellKey(c))} title={signer(c.by)}>
            {t('cellFrom', { row: c.rowLabel, column: c.columnLabel, value: c.text })} — <Writers from={[c.by]} />
            {disputed.has(cellKey(c)) && <strong className="disputed"> ⚠ {t('disputedCell')}</strong>}
          </li>
        ))}
        {[...own].map(([institution, list]) => (
          <li key={institution} data-item={ownKey(table.id, institution)} className={mark(ownKey(table.id, institution))}>
            {t('cells', { count: list.length })} — <Writers from={[list[list.length - 1].by]} />
          </li>
        ))}
      </ul>
    </li>
  );
}

export function ProvenancePanel({ who, hovered, conflicts }: Props) {
  const { t } = useTranslation('conflicts');
  const signer = useSignerTitle();
  const disputed = new Set(conflicts.flatMap((c) => (c.table?.cell ? [cellKey({ table: c.table.id, row: c.table.cell.rowId, column: c.table.cell.columnId })] : [])));
  if (who.blocks.length === 0 && who.cells.length === 0) return <p>{t('noAnswer')}</p>;
  return (
    <ol>
      {who.blocks.map((b) => (
        <li key={blockKey(b.block!)} data-item={blockKey(b.block!)} className={hovered === blockKey(b.block!) ? 'hovered' : undefined} title={signer(b.by)}>
          <span className="block-text">{short(b.text) || t('empty')}</span> <Writers from={[b.by]} />
        </li>
      ))}
      {who.tables.map((tb) => (
        <TableCells key={tb.id} table={tb} cells={who.cells.filter((c) => c.table === tb.id)} hovered={hovered} disputed={disputed} />
      ))}
    </ol>
  );
}
