// The title, source, reference period, units and notes of a table. Each field keeps what is typed
// locally and writes it through to the table, one undo step per visit to the field.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DataTableElement } from '../../../shared/editor/types';
import { LIMITS } from '../../../shared/editor/schema';
import { endSession } from '../../../shared/tables/with-tables';
import { findTable, newSession, useTableEdit } from './use-table-edit';

type Field = 'title' | 'source' | 'period' | 'units' | 'notes';

export function TableMeta({ table }: { table: DataTableElement }) {
  return (
    <div className="dt-meta">
      <MetaField table={table} field="title" className="dt-title" />
      <div className="dt-meta-row">
        <MetaField table={table} field="source" />
        <MetaField table={table} field="period" />
        <MetaField table={table} field="units" />
      </div>
      <MetaField table={table} field="notes" multiline />
    </div>
  );
}

function MetaField({ table, field, multiline, className }: { table: DataTableElement; field: Field; multiline?: boolean; className?: string }) {
  const { t } = useTranslation('tables');
  const { editor, apply } = useTableEdit(table.id);
  const [value, setValue] = useState(table[field]);
  const focused = useRef(false);
  const session = useRef<string | null>(null);
  // Undo, redo and merges change the table from outside this field: show what the table holds.
  useEffect(() => {
    if (!focused.current) setValue(table[field]);
  }, [table, field]);

  const change = (v: string) => {
    const text = v.slice(0, LIMITS.tableMetaChars);
    setValue(text);
    session.current ??= newSession(`${table.id}:${field}`);
    apply((x) => (x[field] === text ? x : { ...x, [field]: text }), session.current);
  };
  const props = {
    value,
    'aria-label': t(field),
    placeholder: t(field),
    onFocus: () => (focused.current = true),
    onBlur: () => {
      focused.current = false;
      session.current = null;
      endSession(editor);
      setValue(findTable(editor, table.id)?.table[field] ?? value);
    },
    onKeyDown: (e: React.KeyboardEvent) => {
      e.stopPropagation();
      const mod = e.ctrlKey || e.metaKey;
      const key = e.key.toLowerCase();
      if (mod && !e.altKey && (key === 'z' || key === 'y')) {
        e.preventDefault();
        session.current = null;
        endSession(editor);
        if (key === 'y' || e.shiftKey) editor.redo();
        else editor.undo();
        setValue(findTable(editor, table.id)?.table[field] ?? '');
      }
    },
    onChange: (e: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => change(e.target.value),
  };
  return (
    <label className={`dt-field dt-field-${field} ${className ?? ''}`}>
      <span className="dt-field-label">{t(field)}</span>
      {multiline ? <textarea rows={1} {...props} /> : <input type="text" {...props} />}
    </label>
  );
}
