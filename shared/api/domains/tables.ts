// Data tables: reading a .csv or .xlsx file into a table (the file's bytes travel base64-encoded;
// nothing is stored), and appending a table to an answer as a new revision (the CLI's add-table).
import { z } from 'zod';
import { answerContentSchema } from '../../editor/schema';
import type { DataTableElement } from '../../editor/types';
import { IMPORT_MAX_BYTES, type ImportOutcome } from '../../tables/import-types';
import type { SaveResult } from '../types';
import { questionRef } from '../refs';
import { describeIssues } from '../validate';
import { isBase64 } from '../../json-checks';

const meta = z.string().max(5000).optional();
const maxBase64 = Math.ceil(IMPORT_MAX_BYTES / 3) * 4;

/** One data-table block, checked by the same schema as a whole answer. */
const dataTable = z.unknown().transform((v, ctx) => {
  const parsed = answerContentSchema.safeParse([v]);
  if (!parsed.success) {
    ctx.addIssue({ code: 'custom', message: describeIssues(parsed.error).replace(/^0(?:\.|: )/, '') });
    return z.NEVER;
  }
  const block = parsed.data[0];
  if (block.type !== 'data-table') {
    ctx.addIssue({ code: 'custom', message: 'must be a data-table block' });
    return z.NEVER;
  }
  return block as DataTableElement;
});

export const tableMethods = {
  'table.import': z
    .object({
      fileName: z.string().min(1).max(255),
      data: z
        .string()
        .max(maxBase64, `the file is larger than ${IMPORT_MAX_BYTES / 1024 / 1024} MB`)
        .refine(isBase64, 'must be base64'),
      encoding: z.enum(['utf-8', 'windows-1251']).optional(),
      sheet: z.string().min(1).max(100).optional(),
      title: meta,
      source: meta,
      period: meta,
      units: meta,
      notes: meta,
    })
    .strict(),
  'table.append': z.object({ ref: questionRef, table: dataTable }).strict(),
} as const;

export interface TableReturns {
  'table.import': ImportOutcome;
  'table.append': SaveResult & { tableId: string };
}
