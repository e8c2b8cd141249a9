// What one import did, paragraph by paragraph (refs in document order). Shown after each bundle.
export interface ImportSummary {
  /** The incoming text descended from ours: the answer simply moved forward. */
  fastForwarded: string[];
  /** Both sides had changed; every change merged cleanly. */
  merged: string[];
  /** Both sides had changed and at least one block or cell conflicts (both kept). */
  conflicts: string[];
  /** Nothing new: every incoming revision was already here. */
  unchanged: string[];
  /** Refused, with the reason; nothing of that paragraph was written. */
  rejected: Array<{ ref: string; reason: string }>;
}

export const emptySummary = (): ImportSummary => ({ fastForwarded: [], merged: [], conflicts: [], unchanged: [], rejected: [] });
