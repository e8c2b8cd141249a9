// The list of issues itself: read a file into a preview, see what committing it would change, and
// commit it to the open workspace (first import or re-import, keeping every answer).
import { z } from 'zod';
import { MAX_LOI_BYTES } from '../../loi/file-limits';
import type { ImportPlan, ImportReport, LoiPreview } from '../../loi/import-types';
import { parsedLoiSchema } from '../../loi/schema';
import { isBase64 } from '../../json-checks';

const fileName = z.string().trim().min(1).max(255).regex(/^[^/\\]+$/, 'a file name without folders');

export const loiMethods = {
  /** The file's bytes as base64: the renderer reads the file the user picked, the core does everything else. */
  'loi.read': z.object({
    fileName,
    data: z.string().max(Math.ceil(MAX_LOI_BYTES / 3) * 4 + 4, `the file is larger than ${MAX_LOI_BYTES / 1024 / 1024} MB; a list of issues is never that large`)
      .refine(isBase64, 'the file content must be base64'),
  }).strict(),
  'loi.plan': z.object({ loi: parsedLoiSchema }).strict(),
  'loi.commit': z.object({ loi: parsedLoiSchema, sourceName: fileName }).strict(),
} as const;

export interface LoiReturns {
  'loi.read': LoiPreview;
  'loi.plan': ImportPlan;
  'loi.commit': ImportReport;
}
