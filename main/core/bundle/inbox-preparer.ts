// Starts the preparing thread (prepare-worker.ts) for an inbox and hands the import each bundle
// it has finished, without ever waiting for one: the import's own SQLite transaction is
// synchronous, so results are taken off the port between bundles (receiveMessageOnPort). A bundle
// not ready yet, or any trouble with the thread (it cannot start, it fails), only means the import
// reads that bundle itself, as it does a single file.
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { MessageChannel, type MessagePort, Worker, receiveMessageOnPort } from 'node:worker_threads';
import { type Prepared, type PreparedMessage, fromPrepared } from './prepare';

/**
 * The code the thread runs: the built script beside the running bundle (dist/, or dist/electron/),
 * else the source through tsx (tests). TREATY_DESK_BUNDLE_WORKER names a built one for the source
 * (the benchmark, which builds it first).
 */
function workerScript(): string | null {
  const named = process.env.TREATY_DESK_BUNDLE_WORKER;
  const built = [named ?? '', join(__dirname, 'bundle-worker.cjs'), join(__dirname, '..', 'bundle-worker.cjs')].find((f) => f !== '' && existsSync(f));
  if (built) return `require(${JSON.stringify(built)})`;
  const source = join(__dirname, 'prepare-worker.ts');
  return existsSync(source) ? `require('tsx/cjs'); require(${JSON.stringify(source)})` : null;
}

/** Hands out an inbox's bundles prepared ahead; null from take() means: read that one yourself. */
export interface BundlePreparer {
  take(index: number): Prepared | null;
  close(): void;
}

export class InboxPreparer implements BundlePreparer {
  private readonly ready = new Map<number, Extract<PreparedMessage, { ok: true }>>();
  private failed = false;
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
      worker.on('error', () => (p.failed = true));
      worker.unref();
      // Copies: the import keeps its own bytes, and reads them again if the thread fails.
      worker.postMessage(files.map((f) => new Uint8Array(f)));
      return p;
    } catch {
      return null;
    }
  }

  /** Bundle `index` as prepared, when it is ready now; null means: read it yourself. */
  take(index: number): Prepared | null {
    Atomics.store(this.next, 0, index + 1);
    Atomics.notify(this.next, 0);
    if (this.failed) return null;
    for (let m = receiveMessageOnPort(this.port); m; m = receiveMessageOnPort(this.port)) {
      const msg = m.message as PreparedMessage;
      if (msg.ok) this.ready.set(msg.index, msg);
    }
    const got = this.ready.get(index);
    this.ready.delete(index);
    if (!got) return null;
    try {
      return fromPrepared(this.files[index], got);
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
