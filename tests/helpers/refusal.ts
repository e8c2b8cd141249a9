// The UserError a call throws, for tests that read its English and its message key; anything else
// it throws, or nothing, fails the test.
import { UserError } from '../../shared/result';

export function refusalOf(run: () => unknown): UserError {
  try {
    run();
  } catch (e) {
    if (e instanceof UserError) return e;
    throw e;
  }
  throw new Error('not refused');
}
