// Turns a zod failure into one line a user can act on.
import type { z } from 'zod';

export function describeIssues(error: z.ZodError): string {
  const first = error.issues[0];
  if (!first) return 'invalid argument';
  const path = first.path.length > 0 ? first.path.join('.') : 'argument';
  const more = error.issues.length > 1 ? ` (and ${error.issues.length - 1} more problem${error.issues.length > 2 ? 's' : ''})` : '';
  return `${path}: ${first.message}${more}`;
}
