/** The channel every instance listens on (ingest/listen.ts); the payload is a ContentChange (decision 010). */
export const CONTENT_CHANNEL = 'content_changed';

/**
 * Any number fixed for the content lock: two syncs never run at once (pg_advisory_lock), and the
 * schedule releases what came due only while no sync and no other instance holds it
 * (pg_try_advisory_xact_lock), so one instance announces each release.
 */
export const SYNC_LOCK = 1_000_002;
