// A typed client over a dispatch in the same process: what the CLI and tests use, so that they go
// through the same validation as IPC and HTTP.
import { type Api, methodNames } from '../../../shared/api/methods';
import type { Dispatch } from './dispatch';

export function localApi(dispatch: Dispatch): Api {
  return Object.fromEntries(methodNames.map((m) => [m, (arg: unknown) => dispatch(m, arg)])) as Api;
}
