import type { Ui } from '@/lib/i18n/ui';
import type { ImageSizes } from '@/lib/media/sources';
import type { LiveUpdateView } from '@/lib/page-model';
import { ArticleBody } from '../article/ArticleBody';
import type { Layout } from '../frames/layout';

interface Props {
  view: LiveUpdateView;
  ui: Ui;
  layout: Layout;
  imageSizes: ImageSizes;
}

/**
 * One live update: its time, title and blocks (the article's block renderer), its anchor
 * (`id="cap-nhat-{id}"`) and its share link. The same markup on the page and in what the live
 * check sends the desktop script (app/live).
 */
export function LiveUpdateItem({ view, ui, layout, imageSizes }: Props) {
  const { update } = view;
  return (
    <article className="live-update" id={view.anchor} data-update={update.id}>
      {/* Its heading: the time, and the title when it has one (an untitled update is known by its time). */}
      <h3 className="live-update__head">
        <time className="live-update__time" dateTime={update.at}>
          {view.time}
        </time>
        {update.title && <span className="live-update__title">{update.title}</span>}
      </h3>
      <ArticleBody blocks={update.body} ui={ui} layout={layout} imageSizes={imageSizes} eagerFirstImage={false} />
      <p className="live-update__share">
        <a href={ui.href(view.sharePath)} aria-label={ui.t('Live.shareLabel', { time: view.time })}>
          {ui.t('Live.share')}
        </a>
      </p>
    </article>
  );
}
