import { rm } from 'node:fs/promises';
import { PUBLISH_DIR } from './servers';

/** Removes the publishing server's scratch content folder after the run. */
export default async function teardown() {
  await rm(PUBLISH_DIR, { recursive: true, force: true });
}
