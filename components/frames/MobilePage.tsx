import type { Ui } from '@/lib/i18n/ui';
import type { PageModel } from '@/lib/page-model';
import { BannerPlace } from '../layout/BreakingBanner';
import { MobileShell } from '../mobile/MobileShell';
import { PageContent } from './PageContent';

/** The mobile frame: a small masthead, a menu that opens without script, the breaking-news banner, the page, a link to the desktop version. */
export function MobilePage({ model, ui }: { model: PageModel; ui: Ui }) {
  const { chrome, head } = model;
  return (
    <MobileShell site={chrome.site} menu={chrome.menu} ui={ui} desktopHref={head.path} banner={<BannerPlace banner={chrome.banner} ui={ui} />}>
      <PageContent model={model} ui={ui} layout="mobile" />
    </MobileShell>
  );
}
