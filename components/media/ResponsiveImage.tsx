import type { Image } from '@/lib/content';
import { pictureSources, type ImageSizes } from '@/lib/media/sources';

interface Props {
  image: Pick<Image, 'src' | 'alt' | 'width' | 'height'>;
  /** How wide the layout draws the image (the sizes attribute), so the browser picks the smallest file; optionally a cap. */
  sizes: ImageSizes;
  /** The first image on a page loads eagerly; the rest wait until scrolled near. */
  priority?: boolean;
  className?: string;
}

/**
 * A <picture>: AVIF and WebP sources, and a plain <img> in the original's format with srcset from
 * the media route; width/height reserve the space (decisions 003 and 013).
 */
export function ResponsiveImage({ image, sizes, priority = false, className }: Props) {
  const { sizes: sizesAttribute, maxWidth } = typeof sizes === 'string' ? { sizes, maxWidth: undefined } : sizes;
  const picture = pictureSources(image, maxWidth);
  return (
    <picture>
      {picture.sources.map((source) => (
        <source key={source.type} type={source.type} srcSet={source.srcSet} sizes={sizesAttribute} />
      ))}
      <img
        className={className}
        src={picture.src}
        srcSet={picture.srcSet}
        sizes={sizesAttribute}
        width={image.width}
        height={image.height}
        alt={image.alt}
        loading={priority ? 'eager' : 'lazy'}
        decoding="async"
        fetchPriority={priority ? 'high' : undefined}
      />
    </picture>
  );
}
