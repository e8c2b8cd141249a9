// Text as a document may carry it. XML 1.0 (and so Word) refuses most control characters and
// unpaired surrogates, which pasted text can bring in; a .docx holding one does not open at all.
// Form feeds and vertical tabs (Word's own manual line break, when pasted) become spaces.
// eslint-disable-next-line no-control-regex -- matching control characters is the point here
const INVALID = /[\u0000-\u0008\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
// eslint-disable-next-line no-control-regex -- as above
const BREAKS = /[\u000B\u000C]/g;

export const cleanText = (s: string): string => s.replace(BREAKS, ' ').replace(INVALID, '');
