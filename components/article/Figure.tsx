import type { Image } from '@/lib/content';
import type { ImageSizes } from '@/lib/media/sources';
import { ResponsiveImage } from '../media/ResponsiveImage';

interface Props {
  image: Image;
  sizes: ImageSizes;
  priority?: boolean;
}

/** A photo with its caption and credit ("Ảnh: Viết Thành"). */
export function Figure({ image, sizes, priority }: Props) {
  return (
    <figure className="figure">
      <ResponsiveImage image={image} sizes={sizes} priority={priority} />
      {(image.caption || image.credit) && (
        <figcaption>
          {image.caption}
          {image.credit && <span className="figure__credit"> {image.credit}</span>}
        </figcaption>
      )}
    </figure>
  );
}
