// Revisions of the seed list of issues as a committee might send them, for the re-import tests.

/** A new paragraph 3: the old 3 to 35 become 4 to 36 (numbered headings such as " 1. General principles" stay). */
export const insertParagraph3 = (seed: string): string =>
  seed
    .replace(/^(\s?)(\d{1,2})\. (?=Please|With|The )/gm, (_w, lead: string, n: string) => `${lead}${Number(n) >= 3 ? Number(n) + 1 : n}. `)
    .replace('4. Please provide updated information on the ministry', '3. Please describe the national referral mechanism. \n\n4. Please provide updated information on the ministry');
