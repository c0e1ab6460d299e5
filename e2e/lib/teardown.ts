import { rm } from 'node:fs/promises';
import { FLEET_PORTS, PUBLISH_DIR, PUBLISH_STATE_DIR, SITE_STATE_DIR } from './servers';
import { fleetStateDir } from './fleet';

/** Removes the publishing server's scratch content folder and the state folders after the run. */
export default async function teardown() {
  await rm(PUBLISH_DIR, { recursive: true, force: true });
  for (const dir of [SITE_STATE_DIR, PUBLISH_STATE_DIR, ...FLEET_PORTS.map(fleetStateDir)]) await rm(dir, { recursive: true, force: true });
}
