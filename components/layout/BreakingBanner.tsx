import { framesDrawBanner } from '@/lib/breaking/delivery';
import type { Banner } from '@/lib/breaking/banner';
import type { Ui } from '@/lib/i18n/ui';

/**
 * "Tin nóng": the breaking-news banner above the content of every page of the edition, desktop and
 * mobile. A landmark of its own, a plain link to the story: no script.
 */
export function BreakingBanner({ banner, ui }: { banner: Banner; ui: Ui }) {
  const label = ui.t('BreakingBanner.label');
  return (
    <aside className="breaking" aria-label={label}>
      <p className="breaking__inner">
        <strong className="breaking__label">{label}</strong>{' '}
        {banner.href ? (
          <a className="breaking__text" href={ui.href(banner.href)}>
            {banner.text}
          </a>
        ) : (
          <span className="breaking__text">{banner.text}</span>
        )}
      </p>
    </aside>
  );
}

/**
 * Where a step after the page cache puts the banner when the frames do not draw it
 * (lib/breaking/delivery.ts): an empty hidden element whose markup is exactly BANNER_SLOT
 * (BreakingBanner.test.tsx holds it to that).
 */
export function BannerSlot() {
  return <div hidden data-breaking-slot="" />;
}

/** What a frame draws above the content: the page's banner, or the slot when a later step inserts it, or nothing. */
export function BannerPlace({ banner, ui }: { banner?: Banner; ui: Ui }) {
  if (banner) return <BreakingBanner banner={banner} ui={ui} />;
  return framesDrawBanner() ? null : <BannerSlot />;
}
