// One load run with autocannon, reduced to what the measuring scripts print.
import autocannon from 'autocannon';

/** What a browser sends: the app and nginx may then answer gzip. */
export const BROWSER_HEADERS = { 'accept-encoding': 'gzip, deflate, br', accept: 'text/html,*/*' };

export interface LoadResult {
  rps: number;
  p50: number;
  p99: number;
  /** Answers outside 2xx, and connection errors and timeouts: any of these makes a run invalid. */
  non2xx: number;
  errors: number;
  bytesPerResponse: number;
}

export async function load(options: {
  url: string;
  seconds: number;
  connections: number;
  headers?: Record<string, string>;
  paths?: string[];
}): Promise<LoadResult> {
  const result = await autocannon({
    url: options.url,
    connections: options.connections,
    duration: options.seconds,
    headers: { ...BROWSER_HEADERS, ...options.headers },
    requests: options.paths?.map((path) => ({ method: 'GET' as const, path })),
  });
  const answered = result['1xx'] + result['2xx'] + result['3xx'] + result['4xx'] + result['5xx'];
  return {
    rps: answered / result.duration,
    p50: result.latency.p50,
    p99: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors, // includes timeouts
    bytesPerResponse: answered ? result.throughput.total / answered : 0,
  };
}
