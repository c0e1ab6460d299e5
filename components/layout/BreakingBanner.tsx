import type { Banner } from '@/lib/breaking/banner';
import type { Ui } from '@/lib/i18n/ui';

/**
 * "Tin nóng": the breaking-news banner above the content of every page of the edition, desktop and
 * mobile. A landmark of its own, a plain link to the story: no script. Never part of a cached page:
 * the request pipeline puts it into each answer (pipeline/per-request.ts, decision 023).
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
