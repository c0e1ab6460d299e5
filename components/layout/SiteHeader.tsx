import type { Category, Site } from '@/lib/content';
import type { Ui } from '@/lib/i18n/ui';
import { otherLocale } from '@/lib/locale';
import { categoryPath, homePath, searchPath } from '@/lib/urls';

interface Props {
  site: Site;
  menu: Category[];
  ui: Ui;
  /** The category being read, marked in the menu. */
  current?: string;
}

/** Site name, edition switch, search form and the category menu (plain links: works without JavaScript). */
export function SiteHeader({ site, menu, ui, current }: Props) {
  const { locale } = ui;
  const edition = site.editions[locale];
  const other = otherLocale(locale);
  return (
    <header className="site-header">
      <div className="site-header__top">
        <a className="site-header__brand" href={homePath(locale)}>
          <span className="site-header__name">{edition.name}</span>
          <span className="site-header__tagline">{edition.tagline}</span>
        </a>
        <div className="site-header__tools">
          <form className="search-form" role="search" aria-label={ui.t('Layout.searchLabel')} action={searchPath(locale)} method="get">
            <label className="visually-hidden" htmlFor="site-search">
              {ui.t('Layout.searchLabel')}
            </label>
            <input id="site-search" type="search" name="q" placeholder={ui.t('Layout.searchPlaceholder')} maxLength={100} />
            <button type="submit">{ui.t('Layout.searchSubmit')}</button>
          </form>
          <a className="site-header__edition" href={homePath(other)} hrefLang={other} lang={other} aria-label={ui.t('Layout.otherEditionLabel')}>
            {ui.t('Layout.otherEdition')}
          </a>
        </div>
      </div>
      <nav className="menu" aria-label={ui.t('Layout.mainMenu')}>
        <ul>
          {menu.map((category) => (
            <li key={category.slug}>
              <a href={categoryPath(locale, category.slug)} aria-current={category.slug === current ? 'page' : undefined}>
                {category.name}
              </a>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
