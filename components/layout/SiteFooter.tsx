import type { Category, Site } from '@/lib/content';
import type { Ui } from '@/lib/i18n/ui';
import { categoryPath, feedsPagePath } from '@/lib/urls';

interface Props {
  site: Site;
  menu: Category[];
  ui: Ui;
  /** The link to the other version of this page ("Phiên bản di động" / "Phiên bản máy tính"). */
  versionLink?: { href: string; label: string };
}

export function SiteFooter({ site, menu, ui, versionLink }: Props) {
  const { publisher } = site;
  const name = site.editions[ui.locale].name;
  return (
    <footer className="site-footer">
      <nav aria-label={ui.t('Layout.mainMenu')} className="site-footer__menu">
        <ul>
          {menu.map((c) => (
            <li key={c.slug}>
              <a href={categoryPath(ui.locale, c.slug)}>{c.name}</a>
            </li>
          ))}
        </ul>
      </nav>
      <section className="site-footer__info" aria-label={ui.t('Footer.label')}>
        <p className="site-footer__name">{name}</p>
        <p>{ui.t('Footer.publisher', { name: publisher.name })}</p>
        <p>{ui.t('Footer.address', { address: publisher.address })}</p>
        <p>
          {ui.t('Footer.phone', { phone: publisher.phone })} · {ui.t('Footer.email', { email: publisher.email })}
        </p>
        <p>{ui.t('Footer.copyright', { year: new Date().getFullYear(), name })}</p>
      </section>
      <p className="site-footer__links">
        {versionLink && (
          <a className="site-footer__version" href={versionLink.href} rel="nofollow">
            {versionLink.label}
          </a>
        )}
        <a href={feedsPagePath(ui.locale)}>
          {ui.t('Footer.rss')}
        </a>
      </p>
    </footer>
  );
}
