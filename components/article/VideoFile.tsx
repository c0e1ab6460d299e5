import type { VideoBlock } from '@/lib/content';
import { mediaPath, videoPath } from '@/lib/urls';

interface Props {
  video: Extract<VideoBlock, { source: 'file' }>;
  /** Text of the download link shown by browsers that cannot play the file. */
  fallback: string;
}

/**
 * Our own MP4, the same on desktop and mobile: the browser's player, nothing
 * downloaded until the reader presses play (preload="none"), the poster's size
 * reserving the space.
 */
export function VideoFile({ video, fallback }: Props) {
  const src = videoPath(video.src);
  return (
    <figure className="figure video">
      <video controls preload="none" poster={mediaPath(video.poster.src, 960)} width={video.poster.width} height={video.poster.height} aria-label={video.poster.alt}>
        <source src={src} type="video/mp4" />
        <a href={src}>{fallback}</a>
      </video>
      {video.caption && <figcaption>{video.caption}</figcaption>}
    </figure>
  );
}
