import type { Ui } from '@/lib/i18n/ui';
import type { PageModel } from '@/lib/page-model';
import { MobileShell } from '../mobile/MobileShell';
import { PageContent } from './PageContent';

/** The mobile frame: a small masthead, a menu that opens without script, the per-request slot (the breaking-news banner goes there), the page, a link to the desktop version. */
export function MobilePage({ model, ui }: { model: PageModel; ui: Ui }) {
  const { chrome, head } = model;
  return (
    <MobileShell site={chrome.site} menu={chrome.menu} ui={ui} desktopHref={head.path}>
      <PageContent model={model} ui={ui} layout="mobile" />
    </MobileShell>
  );
}
