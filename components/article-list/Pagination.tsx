import type { Ui } from '@/lib/i18n/ui';
import type { PageLinks } from '@/lib/page-model';

/** Numbered pages around the current one, with previous/next (rel links for crawlers). Links go through ui.href. */
export function Pagination({ pages, ui }: { pages: PageLinks; ui: Ui }) {
  if (pages.items.length === 0) return null;
  return (
    <nav className="pagination" aria-label={ui.t('Pagination.label')}>
      <ul>
        {pages.previous && (
          <li>
            <a href={ui.href(pages.previous)} rel="prev">
              ‹ {ui.t('Pagination.previous')}
            </a>
          </li>
        )}
        {pages.items.map((item, i) =>
          item === null ? (
            <li key={`gap-${i}`} aria-hidden="true">
              …
            </li>
          ) : (
            <li key={item.page}>
              {item.page === pages.current ? (
                // HTML allows no aria-label on a plain <span>: screen readers get the hidden text instead.
                <span aria-current="page">
                  <span className="visually-hidden">{ui.t('Pagination.current', { page: item.page })}</span>
                  <span aria-hidden="true">{ui.number(item.page)}</span>
                </span>
              ) : (
                <a href={ui.href(item.path)} aria-label={ui.t('Pagination.page', { page: item.page })}>
                  {ui.number(item.page)}
                </a>
              )}
            </li>
          ),
        )}
        {pages.next && (
          <li>
            <a href={ui.href(pages.next)} rel="next">
              {ui.t('Pagination.next')} ›
            </a>
          </li>
        )}
      </ul>
    </nav>
  );
}
