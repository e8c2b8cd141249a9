// Our signatures are minisign's own format: Debian's `minisign -Vm` accepts what we sign and
// refuses it once a single byte of the file or the trusted comment changes.
import { spawnSync } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  decodeMinisig, decodePublicKeyLine, displayKeyId, encodePublicKey, keyIdOf, rawPublicKey, signMinisig, verifyMinisig,
} from '../../../../main/core/identity/minisign';
import { tempDir } from '../../../helpers/host-process';

function keyPair() {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  const raw = rawPublicKey(publicKey);
  return { raw, privateKey, keyId: keyIdOf(raw) };
}

const minisign = (...args: string[]) => spawnSync('minisign', args, { encoding: 'utf8' });

describe('minisign format', () => {
  it('writes a public key and a hashed signature that minisign -Vm verifies', () => {
    const k = keyPair();
    const dir = tempDir();
    const file = join(dir, 'payload.bin');
    const message = Buffer.from('Ответ на пункт 5 / 5-пунктка жооп\n\u0000binary', 'utf8');
    writeFileSync(file, message);
    writeFileSync(join(dir, 'signer.pub'), encodePublicKey(k.raw));
    writeFileSync(`${file}.minisig`, signMinisig(message, k.privateKey, k.keyId, 'workspace=w signer=s seq=3', 'Treaty Desk bundle'));
    const ok = minisign('-Vm', file, '-p', join(dir, 'signer.pub'));
    expect(ok.stderr).toBe('');
    expect(ok.status).toBe(0);
    expect(ok.stdout).toContain('Trusted comment: workspace=w signer=s seq=3');
    expect(readFileSync(join(dir, 'signer.pub'), 'utf8')).toContain(`minisign public key ${displayKeyId(k.keyId)}`);

    writeFileSync(file, Buffer.concat([message.subarray(0, 10), Buffer.from([message[10] ^ 1]), message.subarray(11)]));
    const altered = minisign('-Vm', file, '-p', join(dir, 'signer.pub'));
    expect(altered.status).not.toBe(0);
    expect(altered.stderr).toMatch(/Signature verification failed/);

    writeFileSync(file, message);
    writeFileSync(`${file}.minisig`, readFileSync(`${file}.minisig`, 'utf8').replace('seq=3', 'seq=4'));
    expect(minisign('-Vm', file, '-p', join(dir, 'signer.pub')).status).not.toBe(0);
  });

  it('verifies its own signatures, and refuses another key, an altered message or comment', () => {
    const k = keyPair();
    const other = keyPair();
    const message = Buffer.from('payload');
    const lines = signMinisig(message, k.privateKey, k.keyId, 'tc', 'uc').trimEnd().split('\n');
    const sig = decodeMinisig(lines);
    const pub = decodePublicKeyLine(encodePublicKey(k.raw).split('\n')[1]);
    expect(verifyMinisig(message, sig, pub)).toBe(true);
    expect(verifyMinisig(Buffer.from('payloaD'), sig, pub)).toBe(false);
    expect(verifyMinisig(message, { ...sig, trustedComment: 'tc ' }, pub)).toBe(false);
    expect(verifyMinisig(message, sig, { keyId: k.keyId, raw: other.raw })).toBe(false);
    expect(verifyMinisig(message, sig, decodePublicKeyLine(encodePublicKey(other.raw).split('\n')[1]))).toBe(false);
  });

  it('refuses legacy (unhashed) signatures, non-canonical base64 and a key id that is not the key\'s', () => {
    const k = keyPair();
    const lines = signMinisig(Buffer.from('x'), k.privateKey, k.keyId, 'tc', 'uc').trimEnd().split('\n');
    const legacy = Buffer.from(lines[1], 'base64');
    legacy.write('Ed', 0, 'latin1');
    expect(() => decodeMinisig([lines[0], legacy.toString('base64'), lines[2], lines[3]])).toThrow(/hashed/);
    expect(() => decodeMinisig([lines[0], `${lines[1]}=`, lines[2], lines[3]])).toThrow();
    expect(() => decodeMinisig(lines.slice(0, 3))).toThrow(/four lines/);
    const pubLine = Buffer.from(encodePublicKey(k.raw).split('\n')[1], 'base64');
    pubLine[2] ^= 0xff;
    expect(() => decodePublicKeyLine(pubLine.toString('base64'))).toThrow(/key id/);
    expect(() => signMinisig(Buffer.from('x'), k.privateKey, k.keyId, 'two\nlines', 'uc')).toThrow(/one line/);
  });
});
