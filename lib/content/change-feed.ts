import { singleton } from '../singletons';
import { isEmptyChange, type ContentChange } from './store/change';

/**
 * Where the content layer reports what changed, and where the layers above listen. The store
 * reports; it never decides what that means for pages (lib/freshness registers a listener at
 * server start, instrumentation.ts). One list of listeners per process.
 */
export type ChangeListener = (change: ContentChange) => Promise<void> | void;

const listeners = () => singleton('content-change-listeners', () => new Set<ChangeListener>());

/** Calls `listener` with every change this process learns of; answers a function that stops it. */
export function onContentChange(listener: ChangeListener): () => void {
  listeners().add(listener);
  return () => listeners().delete(listener);
}

/** Tells every listener; a listener that fails is logged, and the others still hear of it. */
export async function reportChange(change: ContentChange): Promise<void> {
  if (isEmptyChange(change)) return;
  await Promise.all(
    [...listeners()].map(async (listener) => {
      try {
        await listener(change);
      } catch (error) {
        console.error(`[content] a change listener failed: ${(error as Error).message}`);
      }
    }),
  );
}
