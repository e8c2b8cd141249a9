// Long operations in flight (bundle import and export, report export, backups, reading a list of
// issues or a spreadsheet), so that the window can show them and offer Cancel where that is safe.
import { useSyncExternalStore } from 'react';
import type { Method } from '../../../shared/api/methods';

/** The calls that may take long, and whether giving up on them is safe (they change nothing). */
export const LONG_CALLS: Partial<Record<Method, { cancellable: boolean }>> = {
  'bundle.import': { cancellable: false },
  'bundle.importMany': { cancellable: false },
  'bundle.export': { cancellable: true },
  'bundle.verify': { cancellable: true },
  'report.export': { cancellable: true },
  'report.check': { cancellable: true },
  'backup.create': { cancellable: false },
  'backup.restore': { cancellable: false },
  'loi.read': { cancellable: true },
  'loi.commit': { cancellable: false },
  'table.import': { cancellable: true },
  'workspace.join': { cancellable: false },
};

export interface Task {
  id: number;
  method: Method;
  startedAt: number;
  cancel: (() => void) | null;
}

let tasks: Task[] = [];
const listeners = new Set<() => void>();
const emit = () => listeners.forEach((l) => l());
let next = 1;

export function startTask(method: Method, cancel: (() => void) | null): () => void {
  const task: Task = { id: next++, method, startedAt: Date.now(), cancel };
  tasks = [...tasks, task];
  emit();
  return () => {
    tasks = tasks.filter((t) => t !== task);
    emit();
  };
}

export function useTasks(): Task[] {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => tasks,
  );
}
