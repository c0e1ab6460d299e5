import type { ArticleBlock } from '@/lib/content';
import type { Ui } from '@/lib/i18n/ui';
import type { ImageSizes } from '@/lib/media/sources';
import type { Layout } from '../frames/layout';
import { Figure } from './Figure';
import { Gallery } from './Gallery';
import { InlineText } from './InlineText';
import { RelatedBox } from './RelatedBox';
import { VideoFile } from './VideoFile';
import { YouTubeVideo } from './YouTubeVideo';

interface Props {
  blocks: ArticleBlock[];
  ui: Ui;
  /** Desktop gets the click-to-load YouTube player; mobile, with no script, links out. */
  layout: Layout;
  /** sizes attribute for body photos: the layout decides how wide the column is. */
  imageSizes: ImageSizes;
  /** The first photo near the top loads at once (default); a live update's photos all wait until scrolled near. */
  eagerFirstImage?: boolean;
}

/** One component per block type; the switch is exhaustive, so a new block type fails to compile until handled. */
export function ArticleBody({ blocks, ui, layout, imageSizes, eagerFirstImage = true }: Props) {
  const firstImage = eagerFirstImage ? blocks.findIndex((b) => b.type === 'image') : -1;
  return (
    <div className="article-body">
      {blocks.map((block, i) => {
        switch (block.type) {
          case 'paragraph':
            return (
              <p key={i}>
                <InlineText runs={block.content} href={ui.href} />
              </p>
            );
          case 'heading':
            return block.level === 2 ? <h2 key={i}>{block.text}</h2> : <h3 key={i}>{block.text}</h3>;
          case 'image':
            return <Figure key={i} image={block} sizes={imageSizes} priority={i === firstImage && i < 3} />;
          case 'quote':
            return (
              <blockquote key={i} className="quote">
                <p>{block.text}</p>
                {block.attribution && <footer>{block.attribution}</footer>}
              </blockquote>
            );
          case 'related':
            return <RelatedBox key={i} items={block.items} title={ui.t('Article.relatedBox')} href={ui.href} />;
          case 'list': {
            const items = block.items.map((runs, j) => (
              <li key={j}>
                <InlineText runs={runs} href={ui.href} />
              </li>
            ));
            return block.ordered ? <ol key={i}>{items}</ol> : <ul key={i}>{items}</ul>;
          }
          case 'gallery':
            return <Gallery key={i} gallery={block} sizes={imageSizes} />;
          case 'video':
            return block.source === 'file' ? (
              <VideoFile key={i} video={block} fallback={ui.t('Article.videoFallback')} />
            ) : (
              <YouTubeVideo key={i} video={block} ui={ui} layout={layout} sizes={imageSizes} />
            );
          default: {
            const unhandled: never = block;
            return unhandled;
          }
        }
      })}
    </div>
  );
}
