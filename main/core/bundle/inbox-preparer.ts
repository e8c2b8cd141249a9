// Starts the preparing thread (prepare-worker.ts) for an inbox and hands the import each bundle
// it has finished, without ever waiting for one: the import's own SQLite transaction is
// synchronous, so results are taken off the port between bundles (receiveMessageOnPort). A bundle
// not ready yet, or any trouble with the thread (it cannot start, it fails), only means the import
// reads that bundle itself, as it does a single file.
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { MessageChannel, type MessagePort, Worker, receiveMessageOnPort } from 'node:worker_threads';
import { BUNDLE_LIMITS } from './payload';
import { Prepared, type PreparedMessage } from './prepare';

/**
 * The code the thread runs: the built script beside the running bundle (dist/, or dist/electron/).
 * Run from the sources, TREATY_DESK_BUNDLE_WORKER may name a built one (the benchmark, which builds
 * it first), else the source runs through tsx (the tests). The variable is never read beside a
 * built script, so it cannot make the app run other code.
 */
function workerScript(): string | null {
  const built = [join(__dirname, 'bundle-worker.cjs'), join(__dirname, '..', 'bundle-worker.cjs')].find((f) => existsSync(f));
  if (built) return `require(${JSON.stringify(built)})`;
  const source = join(__dirname, 'prepare-worker.ts');
  if (!existsSync(source)) return null;
  const named = process.env.TREATY_DESK_BUNDLE_WORKER;
  return named && existsSync(named) ? `require(${JSON.stringify(named)})` : `require('tsx/cjs'); require(${JSON.stringify(source)})`;
}

/** Hands out an inbox's bundles prepared ahead; null from take() means: read that one yourself. */
export interface BundlePreparer {
  take(index: number): Prepared | null;
  close(): void;
}

export class InboxPreparer implements BundlePreparer {
  private readonly ready = new Map<number, Extract<PreparedMessage, { ok: true }>>();
  private readonly ended: Promise<void>;

  private constructor(
    private readonly files: readonly Buffer[],
    private readonly worker: Worker,
    private readonly port: MessagePort,
    /** The first bundle the import has not reached yet: the thread skips the ones before it. */
    private readonly next: Int32Array,
  ) {
    this.ended = new Promise((done) => worker.once('exit', () => done()));
  }

  /** Null when there is nothing to gain (one file, one core) or no thread can be started. */
  static start(this: void, files: readonly Buffer[], script = workerScript()): InboxPreparer | null {
    if (files.length < 2 || availableParallelism() < 2 || script === null || process.env.TREATY_DESK_PREPARE === 'off') return null;
    try {
      const { port1, port2 } = new MessageChannel();
      const next = new Int32Array(new SharedArrayBuffer(4));
      // Results come on a port of their own: only a MessagePort can be read without the event loop.
      const worker = new Worker(script, { eval: true, workerData: { port: port2, next }, transferList: [port2] });
      const p = new InboxPreparer(files, worker, port1, next);
      // A thread that fails only stops sending: the import reads the rest itself.
      worker.on('error', () => undefined);
      worker.unref();
      // Copies handed over, not copied again: the import keeps its own bytes. A file over the limit
      // is not sent (the import refuses it unread); the thread skips the empty stand-in.
      const copies = files.map((f) => (f.length <= BUNDLE_LIMITS.fileBytes ? new Uint8Array(f) : new Uint8Array(0)));
      worker.postMessage(copies, copies.map((c) => c.buffer));
      return p;
    } catch {
      return null;
    }
  }

  /** Bundle `index` as prepared, when it is ready now; null means: read it yourself. */
  take(index: number): Prepared | null {
    try {
      Atomics.store(this.next, 0, index + 1);
      Atomics.notify(this.next, 0);
      for (let m = receiveMessageOnPort(this.port); m; m = receiveMessageOnPort(this.port)) {
        const msg = m.message as PreparedMessage;
        // One the import has passed already (the thread was still on it) is dropped.
        if (msg.ok && msg.index >= index) this.ready.set(msg.index, msg);
      }
      const got = this.ready.get(index);
      this.ready.delete(index);
      return got ? Prepared.from(this.files[index], got) : null;
    } catch {
      return null;
    }
  }

  /** Settles when the thread has gone through every file it was given (or stopped); it then ends. */
  finished(): Promise<void> {
    return this.ended;
  }

  close(): void {
    // Past the last file: a thread waiting to go ahead goes on, and finds nothing left to read.
    Atomics.store(this.next, 0, this.files.length);
    Atomics.notify(this.next, 0);
    this.port.close();
    void this.worker.terminate();
  }
}
