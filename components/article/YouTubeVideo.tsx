import type { ImageSizes } from '@/lib/media/sources';
import type { VideoBlock } from '@/lib/content';
import type { Ui } from '@/lib/i18n/ui';
import { youtubeEmbedUrl, youtubeWatchUrl } from '@/lib/urls';
import type { Layout } from '../frames/layout';
import { ResponsiveImage } from '../media/ResponsiveImage';
import { YouTubeFacade } from './YouTubeFacade';

interface Props {
  video: Extract<VideoBlock, { source: 'youtube' }>;
  ui: Ui;
  layout: Layout;
  sizes: ImageSizes;
}

/**
 * A YouTube video. Desktop: a click-to-load facade (our poster, then the
 * youtube-nocookie player). Mobile, with no script: the poster links out to youtube.com.
 */
export function YouTubeVideo({ video, ui, layout, sizes }: Props) {
  const watchUrl = youtubeWatchUrl(video.id);
  const poster = video.poster ? (
    <ResponsiveImage image={{ ...video.poster, alt: '' }} sizes={sizes} className="video__poster" />
  ) : (
    <span className="video__poster video__poster--blank">{video.title}</span>
  );
  return (
    <figure className="figure video video--youtube">
      <div className="video__box">
        {layout === 'desktop' ? (
          <YouTubeFacade embedUrl={`${youtubeEmbedUrl(video.id)}?autoplay=1`} watchUrl={watchUrl} title={video.title} label={ui.t('Article.playVideo', { title: video.title })}>
            {poster}
          </YouTubeFacade>
        ) : (
          <a className="video__facade" href={watchUrl} aria-label={ui.t('Article.watchOnYouTube', { title: video.title })}>
            {poster}
            <span className="video__play" aria-hidden="true" />
          </a>
        )}
      </div>
      <figcaption>{video.caption ?? video.title}</figcaption>
    </figure>
  );
}
