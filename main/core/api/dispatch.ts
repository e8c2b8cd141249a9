// The one entry every door calls: validates the argument against the contract, runs the handler,
// and turns every outcome into a Result so nothing throws across a process boundary.
import { type Handlers, type Method, isMethod, methods } from '../../../shared/api/methods';
import { describeIssues } from '../../../shared/api/validate';
import { coreError } from '../../../shared/core-messages';
import { type Result, UserError, fail, ok } from '../../../shared/result';
import { isBusy } from '../store/database';

export type Dispatch = (method: string, arg: unknown) => Promise<Result<unknown>>;

export function createDispatch(handlers: Handlers, onInternalError: (e: unknown) => void = () => {}): Dispatch {
  return async (method, arg) => {
    if (!isMethod(method)) return fail('unknown_method', `Unknown method "${method}".`);
    const parsed = methods[method].safeParse(arg ?? {});
    if (!parsed.success) return fail('invalid_argument', `${method}: ${describeIssues(parsed.error)}`);
    try {
      const handler = handlers[method] as (a: unknown) => unknown;
      return ok(await handler(parsed.data));
    } catch (e) {
      if (e instanceof UserError) return fail(e.code, e.message, e.i18n);
      // Another program held the file for longer than SQLite waits: say so, it is not a fault.
      if (isBusy(e)) {
        const busy = coreError('workspace.busy', {}, 'rejected');
        return fail(busy.code, busy.message, busy.i18n);
      }
      onInternalError(e);
      return fail('internal', `Internal error in ${method}: ${e instanceof Error ? e.message : String(e)}`);
    }
  };
}

export type { Method };
