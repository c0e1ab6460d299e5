import type { Ui } from '@/lib/i18n/ui';
import type { PageModel } from '@/lib/page-model';
import { mobilePath, versionSwitchHref } from '@/lib/urls';
import { ShareActions } from '../article/ShareActions';
import { BannerPlace } from '../layout/BreakingBanner';
import { DesktopShell } from '../layout/DesktopShell';
import { JsonLd } from '../seo/JsonLd';
import { PageContent } from './PageContent';

/**
 * The desktop frame: masthead, menu and footer around the page, the page's
 * structured data, and (on articles) the share buttons that need the browser.
 * Title, canonical and previews go into Next's metadata (lib/seo/metadata.ts).
 */
export function DesktopPage({ model, ui }: { model: PageModel; ui: Ui }) {
  const { chrome, head, body } = model;
  const versionLink = { href: versionSwitchHref(mobilePath(head.path), 'mobile'), label: ui.t('Footer.mobileVersion') };
  const shareActions =
    body.kind === 'article' ? (
      <ShareActions
        url={body.shareUrl}
        title={body.article.title}
        labels={{ copy: ui.t('Share.copy'), copied: ui.t('Share.copied'), copyFailed: ui.t('Share.copyFailed', { url: body.shareUrl }), native: ui.t('Share.native') }}
      />
    ) : undefined;
  return (
    <>
      {head.structuredData.length > 0 && <JsonLd data={head.structuredData} />}
      <DesktopShell
        site={chrome.site}
        menu={chrome.menu}
        ui={ui}
        currentCategory={chrome.currentCategory}
        versionLink={versionLink}
        banner={<BannerPlace banner={chrome.banner} ui={ui} />}
      >
        <PageContent model={model} ui={ui} layout="desktop" shareActions={shareActions} />
      </DesktopShell>
    </>
  );
}
