// The thread that prepares an inbox's bundles (prepare.ts), one after another in the order given,
// posting each on the port it was handed as soon as it is ready. `next` is the first bundle the
// import has not reached: the thread skips those before it (the import reads them itself) and
// stays at most AHEAD bundles in front of it, so that a long inbox does not pile up in memory.
// Built as dist/bundle-worker.cjs; inbox-preparer.ts starts it.
import { type MessagePort, parentPort, workerData } from 'node:worker_threads';
import { prepareBundle } from './prepare';

const AHEAD = 4;
const { port, next } = workerData as { port: MessagePort; next: Int32Array };

parentPort?.once('message', (files: Uint8Array[]) => {
  files.forEach((f, index) => {
    for (let at = Atomics.load(next, 0); index >= at + AHEAD; at = Atomics.load(next, 0)) Atomics.wait(next, 0, at);
    if (index >= Atomics.load(next, 0) && f.byteLength > 0) port.postMessage(prepareBundle(index, Buffer.from(f.buffer, f.byteOffset, f.byteLength)));
  });
});
