// The State party report: its title-page settings, the pre-export check, and the export itself
// (the file's bytes travel base64-encoded, with a file name and MIME type for the door to save).
import { z } from 'zod';
import type { ExportedFile, ReportCheck, ReportSettingsView } from '../../export/types';

const none = z.object({}).strict();
const year = z.number().int().min(1950, 'years run from 1950').max(2200, 'years run up to 2200').nullable();

export const reportSettingsSchema = z
  .object({
    title: z
      .string()
      .transform((s) => s.replace(/\s+/g, ' ').trim())
      .pipe(z.string().min(1, 'the report needs a title').max(400, 'the title may have at most 400 characters')),
    dueYear: year,
    submittedYear: year,
    language: z.enum(['en', 'ru']),
    statisticalAnnex: z.boolean(),
  })
  .strict();

export const reportMethods = {
  'report.getSettings': none,
  'report.saveSettings': reportSettingsSchema,
  'report.check': none,
  'report.export': z
    .object({
      format: z.enum(['docx', 'html', 'json']),
      layout: z.enum(['report', 'review']).default('report'),
      draft: z.boolean().default(false),
    })
    .strict(),
} as const;

export interface ReportReturns {
  'report.getSettings': ReportSettingsView;
  'report.saveSettings': ReportSettingsView;
  'report.check': ReportCheck;
  'report.export': ExportedFile;
}
