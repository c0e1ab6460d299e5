import type { Category, Site } from '@/lib/content';
import type { Ui } from '@/lib/i18n/ui';
import { SiteFooter } from './SiteFooter';
import { SiteHeader } from './SiteHeader';

interface Props {
  site: Site;
  menu: Category[];
  ui: Ui;
  currentCategory?: string;
  versionLink?: { href: string; label: string };
  /** Above the content: the breaking-news banner (or its slot). */
  banner?: React.ReactNode;
  children: React.ReactNode;
}

/** Skip link, header, the breaking-news banner, the page's main content, footer: the desktop frame every desktop page shares. */
export function DesktopShell({ site, menu, ui, currentCategory, versionLink, banner, children }: Props) {
  return (
    <>
      <a className="skip-link" href="#main">
        {ui.t('Layout.skipLink')}
      </a>
      <SiteHeader site={site} menu={menu} ui={ui} current={currentCategory} />
      {banner}
      <main id="main" tabIndex={-1}>
        {children}
      </main>
      <SiteFooter site={site} menu={menu} ui={ui} versionLink={versionLink} />
    </>
  );
}
