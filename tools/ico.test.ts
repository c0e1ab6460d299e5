import { test } from 'node:test';
import assert from 'node:assert/strict';
import sharp from 'sharp';
import { icoFromPngs, readIcoDirectory } from './ico';

test('an ICO file holds the PNGs it is given, each findable through its directory entry', async () => {
  const images = await Promise.all(
    [16, 32, 256].map(async (size) => ({
      size,
      png: await sharp({ create: { width: size, height: size, channels: 4, background: '#a50e0e' } }).png().toBuffer(),
    })),
  );
  const ico = icoFromPngs(images);
  const directory = readIcoDirectory(ico);
  assert.deepEqual(directory.map((d) => d.size), [16, 32, 256]);
  for (const [i, entry] of directory.entries()) {
    const png = ico.subarray(entry.offset, entry.offset + entry.length);
    assert.ok(png.equals(images[i]!.png), `image ${i}`);
    assert.equal((await sharp(png).metadata()).width, entry.size);
  }
  assert.equal(ico.length, 6 + 16 * 3 + images.reduce((n, i) => n + i.png.length, 0));
  assert.throws(() => icoFromPngs([{ size: 512, png: Buffer.alloc(1) }]), /1 to 256 pixels/);
});
