// Hands an inbox to the preparing thread (prepare-worker.ts) and the import each bundle it has
// finished, without ever waiting for one: the import's own SQLite transaction is synchronous, so
// results are taken off the port between bundles (receiveMessageOnPort). A bundle not ready yet,
// or any trouble with the thread (it cannot start, it fails), only means the import reads that
// bundle itself, as it does a single file. The thread is kept for the next inbox.
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { MessageChannel, type MessagePort, Worker, receiveMessageOnPort } from 'node:worker_threads';
import { BUNDLE_LIMITS } from './payload';
import { Prepared, type PreparedMessage, signerSet } from './prepare';
import type { InboxMessage } from './prepare-worker';

/**
 * The code the thread runs: the built script beside the running bundle (dist/, or dist/electron/).
 * Run from the sources, TREATY_DESK_BUNDLE_WORKER may name a built one (the benchmark, which builds
 * it first), else the source runs through tsx (the tests). The variable is never read beside a
 * built script, so it cannot make the app run other code.
 */
function workerScript(): string | null {
  if (chosen === undefined) chosen = findWorkerScript();
  return chosen;
}
let chosen: string | null | undefined;

function findWorkerScript(): string | null {
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

/** A thread and whether it can take another inbox (it has not failed, it runs the app's own code). */
interface Thread {
  worker: Worker;
  script: string;
  alive: boolean;
}

/**
 * The thread kept between inboxes: starting one costs about as long as reading two bundles, and a
 * coordinator imports in bursts. It holds nothing between inboxes and never keeps the process
 * alive (unref); warm() starts it early, before the workspace is even open.
 */
let spare: Thread | null = null;

function startThread(script: string): Thread | null {
  try {
    const worker = new Worker(script, { eval: true });
    const t: Thread = { worker, script, alive: true };
    // A thread that fails only stops sending: the import reads the rest itself.
    worker.on('error', () => undefined);
    worker.once('exit', () => {
      t.alive = false;
      if (spare === t) spare = null;
    });
    worker.unref();
    return t;
  } catch {
    return null;
  }
}

export class InboxPreparer implements BundlePreparer {
  private readonly ready = new Map<number, Extract<PreparedMessage, { ok: true }>>();
  /** The thread has gone through every file (or stopped). */
  private done = false;

  private constructor(
    private readonly files: readonly Buffer[],
    private readonly thread: Thread,
    private readonly port: MessagePort,
    /** The first bundle the import has not reached yet: the thread skips the ones before it. */
    private readonly next: Int32Array,
  ) {}

  /** Starts the thread ahead of an inbox that is coming (the CLI, before it opens the workspace). */
  static warm(this: void): void {
    const script = workerScript();
    if (!spare && script !== null && worthIt(2)) spare = startThread(script);
  }

  /**
   * Null when there is nothing to gain (one file, one core) or no thread can be started. `signers`:
   * the public keys whose bundles the thread reads (verify.ts, keysReadFrom); the import reads the
   * others itself, which refuses them unread.
   */
  static start(this: void, files: readonly Buffer[], signers: readonly Buffer[], script = workerScript()): InboxPreparer | null {
    if (script === null || !worthIt(files.length)) return null;
    const reused = spare?.alive && spare.script === script ? spare : null;
    if (reused) spare = null;
    const thread = reused ?? startThread(script);
    if (!thread) return null;
    try {
      const { port1, port2 } = new MessageChannel();
      const next = new Int32Array(new SharedArrayBuffer(4));
      // Copies handed over, not copied again: the import keeps its own bytes. A file over the limit
      // is not sent (the import refuses it unread); the thread skips the empty stand-in. Results
      // come on a port of their own: only a MessagePort can be read without the event loop.
      const copies = files.map((f) => (f.length <= BUNDLE_LIMITS.fileBytes ? new Uint8Array(f) : new Uint8Array(0)));
      const inbox: InboxMessage = { files: copies, signers: [...signerSet(signers)], port: port2, next };
      thread.worker.postMessage(inbox, [port2, ...copies.map((c) => c.buffer)]);
      return new InboxPreparer(files, thread, port1, next);
    } catch {
      void thread.worker.terminate();
      return null;
    }
  }

  /** Bundle `index` as prepared, when it is ready now; null means: read it yourself. */
  take(index: number): Prepared | null {
    try {
      Atomics.store(this.next, 0, index + 1);
      Atomics.notify(this.next, 0);
      this.receive(index);
      const got = this.ready.get(index);
      this.ready.delete(index);
      return got ? Prepared.from(this.files[index], got) : null;
    } catch {
      return null;
    }
  }

  /** Takes what the thread has posted; one the import has passed (before `from`) is dropped. */
  private receive(from: number): void {
    for (let m = receiveMessageOnPort(this.port); m; m = receiveMessageOnPort(this.port)) {
      const msg = m.message as PreparedMessage;
      if (msg.index >= this.files.length) this.done = true;
      else if (msg.ok && msg.index >= from) this.ready.set(msg.index, msg);
    }
  }

  /** Settles when the thread has gone through every file it was given, or stopped, or the inbox was closed. */
  async finished(): Promise<void> {
    while (!this.done && this.thread.alive) {
      await new Promise((wake) => setTimeout(wake, 5));
      this.receive(0);
    }
  }

  /** The thread's id, the same for inboxes that share a kept thread. */
  get threadId(): number {
    return this.thread.worker.threadId;
  }

  close(): void {
    // Past the last file: a thread waiting to go ahead goes on, and finds nothing left to read.
    Atomics.store(this.next, 0, this.files.length);
    Atomics.notify(this.next, 0);
    this.receive(this.files.length);
    this.port.close();
    // Kept for the next inbox once it has said it is done with this one (so it has not failed, and
    // is not still busy), unless one is kept already or this one does not run the app's own code.
    if (this.done && this.thread.alive && !spare && this.thread.script === workerScript()) spare = this.thread;
    else void this.thread.worker.terminate();
    this.done = true;
  }
}

/** A second thread helps only with two files or more, on two cores or more; TREATY_DESK_PREPARE=off turns it off. */
const worthIt = (files: number) => files >= 2 && availableParallelism() >= 2 && process.env.TREATY_DESK_PREPARE !== 'off';
