// The renderer's one way to reach the core: the Electron preload's bridge when present, otherwise
// the loopback host of browser mode. Both have the same type, the contract in shared/.
import { type Api, type Method, methodNames } from '../../../shared/api/methods';
import type { Result } from '../../../shared/result';

declare global {
  interface Window {
    treatyDesk?: Api;
  }
}

const TOKEN_HEADER = 'x-treaty-desk-token';

function httpApi(token: string): Api {
  const call = async (method: Method, arg: unknown): Promise<Result<unknown>> => {
    const body = JSON.stringify(arg ?? {});
    try {
      const res = await fetch(`./api/${method}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [TOKEN_HEADER]: token },
        body,
        // Lets a save started while the page is closing still reach the host.
        keepalive: body.length < 60_000,
      });
      return (await res.json()) as Result<unknown>;
    } catch (e) {
      return { ok: false, code: 'internal', error: `Treaty Desk is not reachable (${e instanceof Error ? e.message : String(e)}).` };
    }
  };
  return Object.fromEntries(methodNames.map((m) => [m, (arg: unknown) => call(m, arg)])) as Api;
}

export const api: Api = window.treatyDesk ?? httpApi(new URLSearchParams(location.search).get('token') ?? '');

/** Unwraps a result or throws its one-line error, for places where an error is shown by a boundary. */
export async function must<T>(p: Promise<Result<T>>): Promise<T> {
  const r = await p;
  if (!r.ok) throw new Error(r.error);
  return r.value;
}
