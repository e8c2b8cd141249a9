// The zip size check that guards the Word and Excel readers: it reads the zip's directory as they do,
// adds up the parts each limit names, refuses with that limit's line, and holds parts that unzip to
// more than they say to the limits as well.
import { zipSync } from 'fflate';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { checkZipSize } from '../../../main/core/zip-size-check';
import { entry, withInner, zeros } from './zip-craft';

const zip = zipSync({ 'word/document.xml': new Uint8Array(3 * 1024 * 1024), 'word/media/logo.png': new Uint8Array(1024 * 1024), '_rels/.rels': new Uint8Array(10) });
/** A refusal as the callers give it: the English text and the message key beside it. */
const said = (text: string) => ({ text, i18n: { key: 'test.refusal', params: {} } });
const markup = { parts: /\.(xml|rels)$/, max: 2 * 1024 * 1024, refusal: (mb: number) => said(`markup ${mb} MB`) };
const all = { max: 5 * 1024 * 1024, refusal: (mb: number) => said(`all ${mb} MB`) };

describe('checkZipSize', () => {
  it('returns the part names of a package within its limits', async () => {
    expect(await checkZipSize(zip, [{ ...markup, max: 4 * 1024 * 1024 }, all], said('damaged'))).toEqual(['word/document.xml', 'word/media/logo.png', '_rels/.rels']);
  });

  it('refuses with the first limit the named parts exceed, in megabytes', async () => {
    await expect(checkZipSize(zip, [markup, all], said('damaged'))).rejects.toThrow('markup 3 MB');
    await expect(checkZipSize(zip, [{ ...all, max: 4 * 1024 * 1024 }], said('damaged'))).rejects.toThrow('all 4 MB');
  });

  it('refuses a package whose parts unzip to more than its directory says, counting as they stream by', async () => {
    const honest = zipSync({ 'word/document.xml': new Uint8Array(3 * 1024 * 1024) }, { level: 9 });
    // Declare 1 KB in the part's local header and in the central directory, as a crafted file would.
    const lying = understate(honest, 'word/document.xml', 1024);
    await expect(checkZipSize(honest, [markup], said('damaged'))).rejects.toThrow('markup 3 MB');
    await expect(checkZipSize(lying, [markup], said('damaged zip'), 'rejected')).rejects.toThrow(expect.objectContaining({ message: 'damaged zip', code: 'rejected' }));
    expect(await checkZipSize(lying, [{ ...markup, max: 4 * 1024 * 1024 }], said('damaged'))).toEqual(['word/document.xml']);
  });

  it('counts a part the end record leaves out, which JSZip (the reader of exceljs and mammoth) reads all the same', async () => {
    const bytes = withInner([entry('word/document.xml', new Uint8Array(1000))], 'word/media/image1.png', zeros('word/media/image2.png', 6), false);
    const zip = await JSZip.loadAsync(bytes);
    expect(Object.keys(zip.files)).toEqual(['word/document.xml', 'word/media/image1.png', 'word/media/image2.png']);
    expect((await zip.file('word/media/image2.png')!.async('uint8array')).length).toBe(6 * 1024 * 1024);
    await expect(checkZipSize(bytes, [markup, all], said('damaged'))).rejects.toThrow('all 6 MB');
  });

  it('counts what a part really unzips to when its data lies inside another part, where no walk of the local entries finds it', async () => {
    // The part says it unzips to a kilobyte; JSZip inflates all of it before it compares the sizes.
    const inner = { ...zeros('word/media/image2.png', 6), size: 1024 };
    const bytes = withInner([entry('word/document.xml', new Uint8Array(1000))], 'word/media/image1.png', inner);
    expect(await inflated(bytes, 'word/media/image2.png')).toEqual({ bytes: 6 * 1024 * 1024, error: 'Bug : uncompressed data size mismatch' });
    await expect(checkZipSize(bytes, [markup, all], said('damaged zip'), 'rejected')).rejects.toThrow(
      expect.objectContaining({ message: 'damaged zip', code: 'rejected' }),
    );
  });

  it('refuses a package whose directory cannot be read', async () => {
    await expect(checkZipSize(zip.subarray(0, zip.length - 30), [all], said('damaged zip'), 'rejected')).rejects.toThrow(expect.objectContaining({ message: 'damaged zip', code: 'rejected' }));
  });
});

/** How many bytes JSZip inflates a part to, a chunk at a time, and the error it stops with. */
async function inflated(bytes: Uint8Array, name: string): Promise<{ bytes: number; error?: string }> {
  const file = (await JSZip.loadAsync(bytes)).file(name)!;
  let n = 0;
  return new Promise((resolve) => {
    file
      .nodeStream('nodebuffer')
      .on('data', (chunk: Buffer) => (n += chunk.length))
      .on('error', (e: Error) => resolve({ bytes: n, error: e.message }))
      .on('end', () => resolve({ bytes: n }));
  });
}

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
