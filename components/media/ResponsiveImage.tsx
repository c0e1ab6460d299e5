import type { Image } from '@/lib/content';
import { IMAGE_WIDTHS, mediaPath } from '@/lib/urls';

interface Props {
  image: Pick<Image, 'src' | 'alt' | 'width' | 'height'>;
  /** The sizes attribute: how wide the image is drawn, so the browser picks the smallest file. */
  sizes: string;
  /** The first image on a page loads eagerly; the rest wait until scrolled near. */
  priority?: boolean;
  className?: string;
}

/** A plain <img> with srcset from the resizing media route; width/height reserve the space. */
export function ResponsiveImage({ image, sizes, priority = false, className }: Props) {
  const widths = IMAGE_WIDTHS.filter((w) => w < image.width);
  const srcSet = [...widths.map((w) => `${mediaPath(image.src, w)} ${w}w`), `${mediaPath(image.src)} ${image.width}w`].join(', ');
  return (
    // eslint-disable-next-line @next/next/no-img-element -- see docs/decisions/003-plain-img.md
    <img
      className={className}
      src={mediaPath(image.src, widths.at(-1))}
      srcSet={srcSet}
      sizes={sizes}
      width={image.width}
      height={image.height}
      alt={image.alt}
      loading={priority ? 'eager' : 'lazy'}
      decoding="async"
      fetchPriority={priority ? 'high' : undefined}
    />
  );
}
