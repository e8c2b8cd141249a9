// The one check every name of an institution passes where it is first given (creating the
// workspace, inviting, renaming): what a signed bundle can carry, and not the merge's own name.
import { institutionNameProblem, tidyName } from '../../../shared/api/display-name';
import { coreError } from '../../../shared/core-messages';

/** The name as it will be stored (white space tidied); throws a one-line refusal otherwise. */
export function checkedInstitutionName(typed: string): string {
  const name = tidyName(typed);
  const problem = institutionNameProblem(name);
  if (problem === 'invalid') throw coreError('identity.nameInvalid', {});
  if (problem === 'reserved') throw coreError('identity.nameReserved', { name });
  return name;
}
