// Comparing question texts across two versions of a list of issues: the same question may come back
// with other spacing, capitals, quotes or dashes, which is no reason to read its answer again.

/** A stock opening ("Please provide information on:") is shorter than this; a question this long is its own. */
export const MIN_MOVED_TEXT = 40;

/**
 * The question's words only: case, spacing (non-breaking too), typographic quotes, apostrophes and
 * dashes, and compatibility forms (NFKC) are how a copy was typeset, not what it asks.
 */
export const normalizeQuestion = (text: string): string =>
  text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[‘’‚‛′`]/g, "'")
    .replace(/[“”„‟«»″]/g, '"')
    .replace(/[‐‑‒–—―−]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();

/** The question asks something else now (not merely spaced or capitalised otherwise). */
export const questionTextDiffers = (before: string | null, after: string | null): boolean =>
  before !== null && after !== null && normalizeQuestion(before) !== normalizeQuestion(after);
