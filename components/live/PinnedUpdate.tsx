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
 * The pinned update, first on page 1, folded: a <details> whose summary shows its title and the
 * first lines (CSS clamps them), opened without JavaScript. It keeps its own place among the
 * updates too, where its anchor is; here it has none.
 */
export function PinnedUpdate({ view, ui, layout, imageSizes }: Props) {
  const { update } = view;
  return (
    <details className="live-pinned">
      <summary>
        <span className="live-pinned__label">{ui.t('Live.pinned')}</span> <time dateTime={update.at}>{view.time}</time>
        {update.title && <strong className="live-pinned__title">{update.title}</strong>}
        {view.lead && <span className="live-pinned__lead">{view.lead}</span>}
        <span className="live-pinned__more">{ui.t('Live.showPinned')}</span>
      </summary>
      <ArticleBody blocks={update.body} ui={ui} layout={layout} imageSizes={imageSizes} eagerFirstImage={false} />
    </details>
  );
}
