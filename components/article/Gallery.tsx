import type { ImageSizes } from '@/lib/media/sources';
import type { GalleryBlock } from '@/lib/content';
import { Figure } from './Figure';

interface Props {
  gallery: GalleryBlock;
  sizes: ImageSizes;
}

/** A photo story: the photos in order, each a figure with its caption and credit. No script, on desktop or mobile. */
export function Gallery({ gallery, sizes }: Props) {
  return (
    <div className="gallery">
      {gallery.title && <p className="gallery__title">{gallery.title}</p>}
      <ol className="gallery__list">
        {gallery.photos.map((photo, i) => (
          <li key={i}>
            <Figure image={photo} sizes={sizes} />
          </li>
        ))}
      </ol>
    </div>
  );
}
