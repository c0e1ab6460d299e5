// One storm: a bounded number of connections to 127.0.0.1 for a bounded time (autocannon), each
// request taking the next path of a list, every answer's status and time kept, so that the storm
// can say how many were admitted (anything but 503) and how fast those were.
import autocannon from 'autocannon';
import { BROWSER_HEADERS } from './load';

export interface StormResult {
  seconds: number;
  answers: number;
  byStatus: Record<string, number>;
  /** Times (ms) of the answers that were admitted: every status but 503. */
  admitted: number[];
  /** Connection errors by kind (timeouts, resets, refused…). */
  errors: Record<string, number>;
  /** Statuses by the class of the path asked for (`classify`), e.g. cached and uncached pages. */
  byClass: Record<string, Record<string, number>>;
}

/** Only this machine is ever stormed. */
function assertLoopback(url: string): void {
  const host = new URL(url).hostname;
  if (host !== '127.0.0.1' && host !== '[::1]' && host !== 'localhost') throw new Error(`the storm only loads 127.0.0.1, not ${host}`);
}

/**
 * `refused` hears each path answered 503, so that the load can ask it again later (a crawler
 * comes back) rather than use up its list on refusals.
 */
export function storm(options: {
  url: string;
  connections: number;
  seconds: number;
  next: () => string;
  refused?: (path: string) => void;
  classify?: (path: string) => string;
  timeoutSeconds?: number;
}): Promise<StormResult> {
  assertLoopback(options.url);
  const byStatus: Record<string, number> = {};
  const byClass: Record<string, Record<string, number>> = {};
  const classify = options.classify ?? (() => 'all');
  const errors: Record<string, number> = {};
  const admitted: number[] = [];
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: options.url,
        connections: options.connections,
        duration: options.seconds,
        timeout: options.timeoutSeconds ?? 20,
        headers: BROWSER_HEADERS,
        requests: [
          {
            method: 'GET',
            setupRequest: (request, context) => {
              const path = options.next();
              (context as { path?: string }).path = path;
              return { ...request, path };
            },
            onResponse: (status, _body, context) => {
              const path = (context as { path?: string }).path ?? '';
              const group = (byClass[classify(path)] ??= {});
              group[status] = (group[status] ?? 0) + 1;
              if (status === 503) options.refused?.(path);
            },
          },
        ],
      },
      (error, result) => {
        if (error) return reject(error);
        const answers = Object.values(byStatus).reduce((a, b) => a + b, 0);
        errors.total = result.errors;
        errors.timeouts = result.timeouts;
        resolve({ seconds: result.duration, answers, byStatus, admitted: admitted.sort((a, b) => a - b), errors, byClass });
      },
    );
    instance.on('response', (_client: unknown, status: number, _bytes: number, time: number) => {
      byStatus[status] = (byStatus[status] ?? 0) + 1;
      if (status !== 503) admitted.push(time);
    });
    instance.on('reqError', (error: NodeJS.ErrnoException) => {
      const code = error.code ?? error.message;
      errors[code] = (errors[code] ?? 0) + 1;
    });
  });
}

/** The p-th percentile of sorted times. */
export function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}
