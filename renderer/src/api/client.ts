// The renderer's one way to reach the core: the Electron preload's bridge when present, otherwise
// the loopback host of browser mode. Both have the same type, the contract in shared/.
import { type Api, type Method, methodNames } from '../../../shared/api/methods';
import type { Result } from '../../../shared/result';
import { LONG_CALLS, startTask } from '../progress/tasks';

declare global {
  interface Window {
    treatyDesk?: Api;
  }
}

const TOKEN_HEADER = 'x-treaty-desk-token';

type Call = (method: Method, arg: unknown, signal?: AbortSignal) => Promise<Result<unknown>>;

function httpCall(token: string): Call {
  return async (method, arg, signal) => {
    const body = JSON.stringify(arg ?? {});
    try {
      const res = await fetch(`./api/${method}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [TOKEN_HEADER]: token },
        body,
        signal,
        // Lets a save started while the page is closing still reach the host.
        keepalive: body.length < 60_000,
      });
      return (await res.json()) as Result<unknown>;
    } catch (e) {
      return { ok: false, code: 'internal', error: `Treaty Desk is not reachable (${e instanceof Error ? e.message : String(e)}).` };
    }
  };
}

const ipcCall = (bridge: Api): Call => (method, arg) => (bridge[method] as (a: unknown) => Promise<Result<unknown>>)(arg);

/**
 * Long calls are tracked for the progress indicator. Cancelling one that changes nothing stops
 * waiting for it (and aborts the HTTP request); the core may finish it, but its result is dropped.
 */
function tracked(call: Call): Api {
  const run = async (method: Method, arg: unknown): Promise<Result<unknown>> => {
    const long = LONG_CALLS[method];
    if (!long) return call(method, arg);
    const abort = new AbortController();
    let cancelled: (r: Result<unknown>) => void = () => {};
    const onCancel = new Promise<Result<unknown>>((resolve) => (cancelled = resolve));
    const done = startTask(method, long.cancellable ? () => (abort.abort(), cancelled({ ok: false, code: 'rejected', error: 'Cancelled.' })) : null);
    try {
      return await Promise.race([call(method, arg, abort.signal), onCancel]);
    } finally {
      done();
    }
  };
  return Object.fromEntries(methodNames.map((m) => [m, (arg: unknown) => run(m, arg)])) as Api;
}

export const api: Api = tracked(window.treatyDesk ? ipcCall(window.treatyDesk) : httpCall(new URLSearchParams(location.search).get('token') ?? ''));

/** Unwraps a result or throws its one-line error, for places where an error is shown by a boundary. */
export async function must<T>(p: Promise<Result<T>>): Promise<T> {
  const r = await p;
  if (!r.ok) throw new Error(r.error);
  return r.value;
}
