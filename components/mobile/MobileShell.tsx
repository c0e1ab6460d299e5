import type { Category, Site } from '@/lib/content';
import type { Ui } from '@/lib/i18n/ui';
import { otherLocale } from '@/lib/locale';
import { categoryPath, feedsPagePath, homePath, searchPath, versionSwitchHref } from '@/lib/urls';

interface Props {
  site: Site;
  menu: Category[];
  ui: Ui;
  /** The desktop twin of this page, for "Phiên bản máy tính". */
  desktopHref: string;
  /** Above the content: the breaking-news banner (or its slot). */
  banner?: React.ReactNode;
  children: React.ReactNode;
}

/**
 * The mobile frame: a compact header whose category menu is a <details>
 * element (opens without JavaScript), the content, and a footer that links
 * back to the desktop twin.
 */
export function MobileShell({ site, menu, ui, desktopHref, banner, children }: Props) {
  const { locale } = ui;
  const edition = site.editions[locale];
  const other = otherLocale(locale);
  return (
    <>
      <a className="skip-link" href="#main">
        {ui.t('Layout.skipLink')}
      </a>
      <header className="m-header">
        <a className="m-brand" href={ui.href(homePath(locale))}>
          {edition.name}
        </a>
        <a className="m-search" href={ui.href(searchPath(locale))}>
          {ui.t('Layout.searchLabel')}
        </a>
        <details className="m-menu">
          <summary>{ui.t('Layout.menuToggle')}</summary>
          <nav aria-label={ui.t('Layout.mainMenu')}>
            <ul>
              {menu.map((c) => (
                <li key={c.slug}>
                  <a href={ui.href(categoryPath(locale, c.slug))}>{c.name}</a>
                </li>
              ))}
              <li>
                <a href={ui.href(homePath(other))} hrefLang={other} lang={other}>
                  {ui.t('Layout.otherEdition')}
                </a>
              </li>
            </ul>
          </nav>
        </details>
      </header>
      {banner}
      <main id="main">{children}</main>
      <footer className="m-footer">
        <p>
          <a href={versionSwitchHref(desktopHref, 'desktop')} rel="nofollow">
            {ui.t('Footer.desktopVersion')}
          </a>
          {' · '}
          <a href={ui.href(feedsPagePath(locale))}>{ui.t('Footer.rss')}</a>
        </p>
        <p>{ui.t('Footer.copyright', { year: new Date().getFullYear(), name: edition.name })}</p>
      </footer>
    </>
  );
}
