// isBase64 replaced the regex /^[A-Za-z0-9+/]*={0,2}$/ in the API's file arguments: it must accept
// exactly what the regex accepted.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isBase64 } from '../../shared/json-checks';

const REGEX = /^[A-Za-z0-9+/]*={0,2}$/;
const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

describe('isBase64', () => {
  it('agrees with the regex on base64, near-base64 and arbitrary text', () => {
    const nearly = fc
      .array(fc.oneof(fc.constantFrom(...alphabet.split('')), fc.constantFrom('=', '-', '_', ' ', '\n', 'é', '\u0000', '\uffff', '😀')), { maxLength: 40 })
      .map((cs) => cs.join(''));
    fc.assert(
      fc.property(fc.oneof(nearly, fc.string(), fc.uint8Array({ maxLength: 60 }).map((b) => Buffer.from(b).toString('base64'))), (s) => {
        expect(isBase64(s)).toBe(REGEX.test(s));
      }),
      { numRuns: 3000 },
    );
  });

  it('takes real base64 and refuses padding in the middle, three pads or other characters', () => {
    expect(isBase64('')).toBe(true);
    expect(isBase64(Buffer.from('Treaty Desk').toString('base64'))).toBe(true);
    for (const bad of ['ab=c', 'abc===', '=', '==', '===', 'ab c', 'ab-_', 'abc\n']) expect(isBase64(bad), bad).toBe(REGEX.test(bad));
    expect(isBase64('ab=c')).toBe(false);
    expect(isBase64('abc===')).toBe(false);
  });
});
