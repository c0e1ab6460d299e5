import type { Ui } from '@/lib/i18n/ui';
import type { ImageSizes } from '@/lib/media/sources';
import type { LivePage } from '@/lib/page-model';
import { Pagination } from '../article-list/Pagination';
import type { Layout } from '../frames/layout';
import { KeyEvents } from './KeyEvents';
import { LiveUpdateItem } from './LiveUpdateItem';
import { PinnedUpdate } from './PinnedUpdate';

interface Props {
  live: LivePage;
  ui: Ui;
  layout: Layout;
  imageSizes: ImageSizes;
}

/**
 * A live article's updates (the article header has the label and "Xem cập nhật mới"): the key events, the pinned update, this page's updates newest
 * first and the pages. On desktop page 1 while live, `data-live-*` hooks let client/enhance.js
 * ask for newer updates and add them (the button is drawn hidden, fixed, so showing it moves
 * nothing).
 */
export function LiveCoverage({ live, ui, layout, imageSizes }: Props) {
  const { check } = live;
  return (
    <section className="live" aria-labelledby="live-updates-title">
      <KeyEvents events={live.keyEvents} ui={ui} />
      {live.pinned && <PinnedUpdate view={live.pinned} ui={ui} layout={layout} imageSizes={imageSizes} />}
      <h2 className="visually-hidden" id="live-updates-title">
        {ui.t('Live.updates')}
      </h2>
      {check && <button type="button" className="live__new" data-live-new data-one={check.one} data-other={check.other} hidden />}
      <div className="live__updates" data-live-check={check?.path}>
        {live.updates.map((view) => (
          <LiveUpdateItem key={view.update.id} view={view} ui={ui} layout={layout} imageSizes={imageSizes} />
        ))}
      </div>
      <Pagination pages={live.pages} ui={ui} />
    </section>
  );
}
