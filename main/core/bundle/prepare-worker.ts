// The thread that prepares inboxes' bundles (prepare.ts). Each message is one inbox: its files, the
// keys whose bundles it may read (the signers the import trusts), the port to post results on and
// `next`, the first bundle the import has not reached. The thread goes through the files in order,
// posting each as soon as it is ready; it skips those before `next` (the import reads them itself)
// and stays at most AHEAD bundles in front of it, so that a long inbox does not pile up in memory.
// It then posts an index past the last file, to say it is done, and waits for the next inbox
// (inbox-preparer.ts keeps one thread for the next).
// Built as dist/bundle-worker.cjs.
import { type MessagePort, parentPort } from 'node:worker_threads';
import { prepareBundle } from './prepare';

const AHEAD = 4;

/** One inbox, as inbox-preparer.ts hands it over. */
export interface InboxMessage {
  files: Uint8Array[];
  /** The public keys whose bundles are read (prepare.ts), in hex. */
  signers: string[];
  port: MessagePort;
  next: Int32Array;
}

parentPort?.on('message', ({ files, signers, port, next }: InboxMessage) => {
  const read = new Set(signers);
  files.forEach((f, index) => {
    for (let at = Atomics.load(next, 0); index >= at + AHEAD; at = Atomics.load(next, 0)) Atomics.wait(next, 0, at);
    if (index >= Atomics.load(next, 0) && f.byteLength > 0) port.postMessage(prepareBundle(index, Buffer.from(f.buffer, f.byteOffset, f.byteLength), read));
  });
  port.postMessage({ index: files.length, ok: false });
  port.close();
});
