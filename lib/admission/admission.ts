import { renderDequeued, renderFinished, renderQueued, renderShed, renderStarted, type PageKind, type ShedReason } from '../metrics';

export interface AdmissionLimits {
  /** Work running at once. */
  concurrency: number;
  /** Work that may wait for a slot; past it, refused at once. */
  queue: number;
  /** Longest wait in the queue (ms); past it, refused. */
  queueMs: number;
  /** Count the running work as renders in flight (tin_renders_in_flight, tin_render_seconds): the render gate does, the door does not. */
  renders?: boolean;
}

export type Admitted<T> = { admitted: true; value: T } | { admitted: false; reason: ShedReason };

interface Waiter {
  kind: PageKind;
  start: () => void;
  timer: NodeJS.Timeout;
}

/**
 * Admission control (decision 024): at most `concurrency` pieces of work at once, then a FIFO
 * queue of at most `queue` waiting `queueMs` at most; what finds the queue full, or is still
 * waiting at its deadline, is refused (`{ admitted: false }`) without running. Refusing is
 * cheap and immediate, so the work that is admitted keeps its pace however many ask. Every
 * step is reported to the metrics (tin_renders_in_flight, _queued, _shed_total by kind and
 * reason, tin_render_seconds; in flight only for `renders`). `unbounded` work (the 404 page: one entry, single-flighted by the
 * page cache) is counted in flight but never waits nor is refused.
 */
export class Admission {
  private running = 0;
  private readonly waiting: Waiter[] = [];

  constructor(private readonly limits: AdmissionLimits) {}

  get inFlight(): number {
    return this.running;
  }

  get queued(): number {
    return this.waiting.length;
  }

  async run<T>(kind: PageKind, work: () => Promise<T>, { unbounded = false } = {}): Promise<Admitted<T>> {
    if (unbounded || (this.running < this.limits.concurrency && this.waiting.length === 0)) return this.start(kind, work, false);
    if (this.waiting.length >= this.limits.queue) {
      renderShed(kind, 'queue-full');
      return { admitted: false, reason: 'queue-full' };
    }
    renderQueued(kind);
    return new Promise<Admitted<T>>((resolve) => {
      const waiter: Waiter = {
        kind,
        start: () => resolve(this.start(kind, work, true)),
        timer: setTimeout(() => {
          const at = this.waiting.indexOf(waiter);
          if (at < 0) return;
          this.waiting.splice(at, 1);
          renderShed(kind, 'deadline', { fromQueue: true });
          resolve({ admitted: false, reason: 'deadline' });
        }, this.limits.queueMs),
      };
      this.waiting.push(waiter);
    });
  }

  private async start<T>(kind: PageKind, work: () => Promise<T>, fromQueue: boolean): Promise<Admitted<T>> {
    this.running++;
    const renders = this.limits.renders ?? true;
    if (fromQueue && !renders) renderDequeued(kind);
    const started = renders ? renderStarted(kind, { fromQueue }) : 0;
    try {
      return { admitted: true, value: await work() };
    } finally {
      if (renders) renderFinished(kind, started);
      this.running--;
      this.next();
    }
  }

  /** A slot is free: the longest-waiting work takes it. */
  private next(): void {
    if (this.running >= this.limits.concurrency) return;
    const waiter = this.waiting.shift();
    if (!waiter) return;
    clearTimeout(waiter.timer);
    waiter.start();
  }
}
