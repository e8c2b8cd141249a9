// The zip size check that guards the Word and Excel readers: it reads only the zip's directory, adds
// up the parts each limit names, and refuses with that limit's line.
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { checkZipSize } from '../../../main/core/zip-size-check';

const zip = zipSync({ 'word/document.xml': new Uint8Array(3 * 1024 * 1024), 'word/media/logo.png': new Uint8Array(1024 * 1024), '_rels/.rels': new Uint8Array(10) });
/** A refusal as the callers give it: the English text and the message key beside it. */
const said = (text: string) => ({ text, i18n: { key: 'test.refusal', params: {} } });
const markup = { parts: /\.(xml|rels)$/, max: 2 * 1024 * 1024, refusal: (mb: number) => said(`markup ${mb} MB`) };
const all = { max: 5 * 1024 * 1024, refusal: (mb: number) => said(`all ${mb} MB`) };

describe('checkZipSize', () => {
  it('returns the part names of a package within its limits', () => {
    expect(checkZipSize(zip, [{ ...markup, max: 4 * 1024 * 1024 }, all], said('damaged'))).toEqual(['word/document.xml', 'word/media/logo.png', '_rels/.rels']);
  });

  it('refuses with the first limit the named parts exceed, in megabytes', () => {
    expect(() => checkZipSize(zip, [markup, all], said('damaged'))).toThrow('markup 3 MB');
    expect(() => checkZipSize(zip, [{ ...all, max: 4 * 1024 * 1024 }], said('damaged'))).toThrow('all 4 MB');
  });

  it('refuses a package whose parts unzip to more than its directory says, counting as they stream by', () => {
    const honest = zipSync({ 'word/document.xml': new Uint8Array(3 * 1024 * 1024) }, { level: 9 });
    // Declare 1 KB in the part's local header and in the central directory, as a crafted file would.
    const lying = understate(honest, 'word/document.xml', 1024);
    expect(() => checkZipSize(honest, [markup], said('damaged'))).toThrow('markup 3 MB');
    expect(() => checkZipSize(lying, [markup], said('damaged zip'), 'rejected')).toThrow(expect.objectContaining({ message: 'damaged zip', code: 'rejected' }));
    expect(checkZipSize(lying, [{ ...markup, max: 4 * 1024 * 1024 }], said('damaged'))).toEqual(['word/document.xml']);
  });

  it('refuses a package whose directory cannot be read', () => {
    expect(() => checkZipSize(zip.subarray(0, zip.length - 30), [all], said('damaged zip'), 'rejected')).toThrow(expect.objectContaining({ message: 'damaged zip', code: 'rejected' }));
  });
});

/** The zip with `name`'s uncompressed size rewritten in its local header and its central directory entry. */
function understate(zip: Uint8Array, name: string, size: number): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  const encoded = new TextEncoder().encode(name);
  const named = (at: number, nameAt: number) => encoded.every((b, i) => out[at + nameAt + i] === b);
  for (let at = 0; at + 4 <= out.length; at++) {
    const sig = view.getUint32(at, true);
    if (sig === 0x04034b50 && named(at, 30)) view.setUint32(at + 22, size, true);
    if (sig === 0x02014b50 && named(at, 46)) view.setUint32(at + 24, size, true);
  }
  return out;
}
