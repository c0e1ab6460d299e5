import { contentSynced } from '../../metrics';
import { reportChange } from '../change-feed';
import type { PostgresStore } from '../postgres/store';
import { EVERYTHING, decodeChange, type ContentChange } from '../store/change';
import { CONTENT_CHANNEL } from './sync/channel';

/**
 * Every instance of the PostgreSQL store listens for the sync's NOTIFY (whichever instance or CLI
 * ran it): it re-reads the small taxonomy and reports the change carried in the payload to this
 * process's listeners (lib/freshness expires the cached pages; decisions 008, 010).
 */
export async function listenForChanges(store: PostgresStore): Promise<void> {
  const takeIn = async (change: ContentChange) => {
    try {
      await store.refresh();
      contentSynced();
    } catch (error) {
      console.error(`[content] could not re-read the taxonomy after a database change: ${(error as Error).message}`);
    }
    await reportChange(change);
  };
  let listening = false;
  await store.sql.listen(
    CONTENT_CHANNEL,
    (payload) => void takeIn(decodeChange(payload)),
    // postgres.js listens again after a lost connection (as soon as the database answers: the
    // pools' reconnection back-off is capped at a second, store.ts); a sync meanwhile went
    // unheard, so everything changed, once.
    () => {
      if (listening) {
        console.log('[content] listening for changes again after a lost connection');
        void takeIn(EVERYTHING);
      }
      listening = true;
    },
  );
}
