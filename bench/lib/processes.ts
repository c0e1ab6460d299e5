// Processes as /proc sees them: a process's descendants, and their resident memory.
import { readFile } from 'node:fs/promises';

async function children(pid: number): Promise<number[]> {
  const tasks = await import('node:fs/promises').then((fs) => fs.readdir(`/proc/${pid}/task`).catch(() => [] as string[]));
  const all = await Promise.all(tasks.map((t) => readFile(`/proc/${pid}/task/${t}/children`, 'utf8').catch(() => '')));
  return all.flatMap((text) => text.split(' ').filter(Boolean).map(Number));
}

/** Every descendant of `pid` (children, their children…), not `pid` itself. */
export async function descendants(pid: number): Promise<number[]> {
  const found: number[] = [];
  for (let queue = await children(pid); queue.length > 0; ) {
    const next = queue.shift()!;
    found.push(next);
    queue.push(...(await children(next)));
  }
  return found;
}

/** Resident memory of one process in MB (VmRSS), 0 when it is gone. */
export async function rssMb(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => '');
  return Number(status.match(/^VmRSS:\s+(\d+) kB/m)?.[1] ?? 0) / 1024;
}

/** The process's name (comm), or undefined when it is gone. */
export async function processName(pid: number): Promise<string | undefined> {
  return (await readFile(`/proc/${pid}/comm`, 'utf8').catch(() => undefined))?.trim();
}

/** Resident memory (MB) of every process `npm start` (pid) leaves running, npm itself excepted. */
export async function treeRssMb(npmPid: number): Promise<number> {
  const pids = await descendants(npmPid);
  return (await Promise.all(pids.map(rssMb))).reduce((a, b) => a + b, 0);
}
