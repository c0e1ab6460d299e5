import type { Ui } from '@/lib/i18n/ui';
import type { PageModel } from '@/lib/page-model';
import { mobilePath, versionSwitchHref } from '@/lib/urls';
import { ShareActions } from '../article/ShareActions';
import { DesktopShell } from '../layout/DesktopShell';
import { PageContent } from './PageContent';

/**
 * The desktop frame's <body>: masthead, menu and footer around the page, and (on articles) the
 * share buttons that need the browser, drawn as plain markup that client/enhance.js brings to life.
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
    <DesktopShell site={chrome.site} menu={chrome.menu} ui={ui} currentCategory={chrome.currentCategory} versionLink={versionLink}>
      <PageContent model={model} ui={ui} layout="desktop" shareActions={shareActions} />
    </DesktopShell>
  );
}
