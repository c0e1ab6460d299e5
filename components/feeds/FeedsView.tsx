import type { Ui } from '@/lib/i18n/ui';
import type { FeedsBody } from '@/lib/page-model';

/**
 * The feeds page, the same in both frames: each feed's name and its address.
 * Feed addresses are the same for every device, so they are never pointed
 * at the mobile twin.
 */
export function FeedsView({ body, site, ui }: { body: FeedsBody; site: string; ui: Ui }) {
  return (
    <div className="feeds">
      <h1>{ui.t('Feeds.title')}</h1>
      <p>{ui.t('Feeds.intro')}</p>
      <ul className="feeds__list">
        {body.feeds.map((feed) => (
          <li key={feed.path} className={feed.sub ? 'feeds__item feeds__item--sub' : 'feeds__item'}>
            <span className="feeds__name">{feed.section ?? ui.t('Feeds.all', { site })}</span>{' '}
            <a className="feeds__url" href={feed.path} type="application/rss+xml">
              {feed.url}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
