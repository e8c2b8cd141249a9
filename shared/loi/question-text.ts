// Comparing question texts across two versions of a list of issues: the same question may come back
// with other spacing or capitals, which is no reason to read its answer again.

/** A stock opening ("Please provide information on:") is shorter than this; a question this long is its own. */
export const MIN_MOVED_TEXT = 40;

export const normalizeQuestion = (text: string): string => text.toLowerCase().replace(/\s+/g, ' ').trim();

/** The question asks something else now (not merely spaced or capitalised otherwise). */
export const questionTextDiffers = (before: string | null, after: string | null): boolean =>
  before !== null && after !== null && normalizeQuestion(before) !== normalizeQuestion(after);
