import { rm } from 'node:fs/promises';
import { PUBLISH_DIR, SITE_STATE_DIR } from './servers';

/** Removes the publishing server's scratch content folder and the newsroom's state folder after the run. */
export default async function teardown() {
  await rm(PUBLISH_DIR, { recursive: true, force: true });
  await rm(SITE_STATE_DIR, { recursive: true, force: true });
}
