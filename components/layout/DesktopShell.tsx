import type { Category, Site } from '@/lib/content';
import type { Ui } from '@/lib/i18n/ui';
import { PerRequestSlot } from '../document/PerRequestSlot';
import { SiteFooter } from './SiteFooter';
import { SiteHeader } from './SiteHeader';

interface Props {
  site: Site;
  menu: Category[];
  ui: Ui;
  currentCategory?: string;
  versionLink?: { href: string; label: string };
  children: React.ReactNode;
}

/** Skip link, header, the per-request slot, the page's main content, footer: the desktop frame every desktop page shares. */
export function DesktopShell({ site, menu, ui, currentCategory, versionLink, children }: Props) {
  return (
    <>
      <a className="skip-link" href="#main">
        {ui.t('Layout.skipLink')}
      </a>
      <SiteHeader site={site} menu={menu} ui={ui} current={currentCategory} />
      <PerRequestSlot />
      <main id="main" tabIndex={-1}>
        {children}
      </main>
      <SiteFooter site={site} menu={menu} ui={ui} versionLink={versionLink} />
    </>
  );
}
