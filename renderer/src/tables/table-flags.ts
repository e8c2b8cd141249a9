// What each flagged cell shows: why a number does not read, or the two figures of a disagreeing
// total. Built once per check, looked up per cell by "rowId:columnId".
import type { TFunction } from 'i18next';
import type { TableCheck } from '../../../shared/tables/check';
import { formatPlain } from '../../../shared/tables/cells';

export interface CellFlag {
  invalid?: true;
  mismatch?: true;
  message: string;
}
export type CellFlags = Map<string, CellFlag>;

export function cellFlags(check: TableCheck, t: TFunction<'tables'>): CellFlags {
  const out: CellFlags = new Map();
  for (const i of check.invalid) out.set(`${i.rowId}:${i.columnId}`, { invalid: true, message: t(`reason_${i.reason}`) });
  for (const m of check.mismatches) {
    const key = `${m.rowId}:${m.columnId}`;
    const text = t(m.along === 'row' ? 'mismatchRow' : 'mismatchColumn', { entered: formatPlain(m.entered, m.decimals), computed: formatPlain(m.computed, m.decimals) });
    const prev = out.get(key);
    out.set(key, { ...prev, mismatch: true, message: prev ? `${prev.message}; ${text}` : text });
  }
  return out;
}
