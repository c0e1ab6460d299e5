import type { Ui } from '@/lib/i18n/ui';

interface Props {
  page: number;
  pageCount: number;
  /** Builds the URL of page N (page 1 has no ?page). */
  href: (page: number) => string;
  ui: Ui;
}

/** Numbered pages around the current one, with first/last and prev/next (rel links for crawlers). */
export function Pagination({ page, pageCount, href, ui }: Props) {
  if (pageCount <= 1) return null;
  const pages = pageWindow(page, pageCount);
  return (
    <nav className="pagination" aria-label={ui.t('Pagination.label')}>
      <ul>
        {page > 1 && (
          <li>
            <a href={href(page - 1)} rel="prev">
              ‹ {ui.t('Pagination.previous')}
            </a>
          </li>
        )}
        {pages.map((p, i) =>
          p === null ? (
            <li key={`gap-${i}`} aria-hidden="true">
              …
            </li>
          ) : (
            <li key={p}>
              {p === page ? (
                // HTML allows no aria-label on a plain <span>: screen readers get the hidden text instead.
                <span aria-current="page">
                  <span className="visually-hidden">{ui.t('Pagination.current', { page: p })}</span>
                  <span aria-hidden="true">{ui.number(p)}</span>
                </span>
              ) : (
                <a href={href(p)} aria-label={ui.t('Pagination.page', { page: p })}>
                  {ui.number(p)}
                </a>
              )}
            </li>
          ),
        )}
        {page < pageCount && (
          <li>
            <a href={href(page + 1)} rel="next">
              {ui.t('Pagination.next')} ›
            </a>
          </li>
        )}
      </ul>
    </nav>
  );
}

/** 1 … 4 5 [6] 7 8 … 20 */
export function pageWindow(page: number, pageCount: number, radius = 2): (number | null)[] {
  const out: (number | null)[] = [];
  for (let p = 1; p <= pageCount; p++) {
    if (p === 1 || p === pageCount || Math.abs(p - page) <= radius) out.push(p);
    else if (out.at(-1) !== null) out.push(null);
  }
  return out;
}
