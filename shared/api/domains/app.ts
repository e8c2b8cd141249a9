// The app around the workspace: files the operating system opened with Treaty Desk.
import { z } from 'zod';

export interface OpenedFileView {
  name: string;
  data: string | null;
  problem: string | null;
}

export const appMethods = {
  'app.takeOpenedFiles': z.object({}).strict(),
} as const;

export interface AppReturns {
  'app.takeOpenedFiles': OpenedFileView[];
}
