/**
 * The one holder of process-wide state. Next loads each route's code as its own module instance,
 * so a module-level variable exists once per route bundle; what must exist once per process (the
 * content store, the database pool, the watcher, the view counter, the revalidation secret…) is
 * kept here, on globalThis, under one symbol. Each owner names its key once, next to its code.
 * Imports nothing.
 */
const KEY = Symbol.for('tin-thu-do.singletons');
const root = globalThis as typeof globalThis & { [KEY]?: Map<string, unknown> };
const held = (root[KEY] ??= new Map<string, unknown>());

/** The value under `key`, made by `make` the first time it is asked for. */
export function singleton<T>(key: string, make: () => T): T {
  if (!held.has(key)) held.set(key, make());
  return held.get(key) as T;
}

/** The value under `key`, if any (nothing is made). */
export function peekSingleton<T>(key: string): T | undefined {
  return held.get(key) as T | undefined;
}

/** Replaces the value under `key` (undefined forgets it). */
export function setSingleton<T>(key: string, value: T | undefined): void {
  if (value === undefined) held.delete(key);
  else held.set(key, value);
}
