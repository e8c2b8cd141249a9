// The trusted comment of a bundle's signature repeats who signed what for which workspace, so
// that `minisign -Vm` alone shows an auditor the essentials, and a receiver can refuse a bundle
// (another workspace, an unknown signer) before inflating its payload.
import { BundleRejected, why } from './rejection';

export interface Claims {
  kind: 'answers' | 'invitation';
  workspace: string;
  institution: string;
  keyId: string;
  sequence: number;
  createdAt: string;
}

export function formatClaims(c: Claims): string {
  return `treaty-desk-bundle v1 kind=${c.kind} workspace=${c.workspace} institution=${c.institution} signer=${c.keyId} seq=${c.sequence} created=${c.createdAt}`;
}

const PATTERN =
  /^treaty-desk-bundle v1 kind=(answers|invitation) workspace=([0-9a-f-]{36}) institution=([0-9a-f-]{36}) signer=([0-9a-f]{16}) seq=([1-9]\d{0,15}) created=(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,3})?Z)$/;

export function parseClaims(trustedComment: string): Claims {
  const m = PATTERN.exec(trustedComment);
  if (!m) throw new BundleRejected('malformed', why('notHeader', {}));
  const sequence = Number(m[5]);
  if (!Number.isSafeInteger(sequence)) throw new BundleRejected('malformed', why('sequenceRange', {}));
  return { kind: m[1] as Claims['kind'], workspace: m[2], institution: m[3], keyId: m[4], sequence, createdAt: m[6] };
}
