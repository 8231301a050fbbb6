/**
 * A fixed set of worker threads running one script: tasks go to whichever is free, in the order
 * given, and each answer comes back to the promise of its own task.
 */
import { Worker } from 'node:worker_threads';

interface Pending<Out> {
  resolve(value: Out): void;
  reject(error: unknown): void;
}

export class WorkerPool<In, Out> {
  readonly #idle: Worker[] = [];
  readonly #waiting: { task: In; pending: Pending<Out> }[] = [];
  readonly #running = new Map<Worker, Pending<Out>>();
  readonly #workers: Worker[];
  #failure: unknown;

  constructor(script: URL, size: number) {
    this.#workers = Array.from({ length: Math.max(1, size) }, () => this.#spawn(script));
    this.#idle.push(...this.#workers);
  }

  /**
   * Sends every worker a message that sets it up (it answers nothing); tasks run after it, since a
   * worker reads its messages in order. Workers can so start loading while the setup is worked out.
   */
  broadcast(message: unknown): void {
    for (const worker of this.#workers) worker.postMessage(message);
  }

  get size(): number {
    return this.#workers.length;
  }

  /** Tasks handed over and not yet answered. */
  get busy(): number {
    return this.#running.size + this.#waiting.length;
  }

  run(task: In): Promise<Out> {
    if (this.#failure !== undefined) return Promise.reject(this.#failure);
    return new Promise<Out>((resolve, reject) => {
      this.#waiting.push({ task, pending: { resolve, reject } });
      this.#dispatch();
    });
  }

  /** Stops every worker at once, mid-task or not (Ctrl-C, or the end of the run). */
  async close(): Promise<void> {
    await Promise.all(this.#workers.map((worker) => worker.terminate()));
  }

  #spawn(script: URL): Worker {
    const worker = new Worker(script);
    worker.on('message', (answer: Out) => {
      const pending = this.#running.get(worker);
      this.#running.delete(worker);
      this.#idle.push(worker);
      pending?.resolve(answer);
      this.#dispatch();
    });
    // a worker that dies takes the run with it: every task still open fails with its error
    worker.on('error', (error) => this.#fail(error));
    worker.on('exit', (code) => {
      if (code !== 0 && this.#running.has(worker)) this.#fail(new Error(`an extraction worker stopped with exit code ${code}`));
    });
    return worker;
  }

  #dispatch(): void {
    while (this.#idle.length > 0 && this.#waiting.length > 0) {
      const worker = this.#idle.shift()!;
      const { task, pending } = this.#waiting.shift()!;
      this.#running.set(worker, pending);
      worker.postMessage(task);
    }
  }

  #fail(error: unknown): void {
    this.#failure ??= error;
    for (const pending of [...this.#running.values(), ...this.#waiting.map((w) => w.pending)]) pending.reject(error);
    this.#running.clear();
    this.#waiting.length = 0;
  }
}
