import { statSync } from 'node:fs';
import path from 'node:path';
import { contentDir } from '../content';

/** Bytes of a photo under {CONTENT_DIR}/images (src is validated at load: a relative path, no ".."). */
export function imageFileSize(src: string): number | undefined {
  try {
    return statSync(path.join(/*turbopackIgnore: true*/ contentDir(), 'images', src)).size;
  } catch {
    return undefined;
  }
}
