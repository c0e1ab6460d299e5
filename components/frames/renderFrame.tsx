import type { Ui } from '@/lib/i18n/ui';
import type { PageModel } from '@/lib/page-model';
import { desktopAssetTags } from '../document/desktop-assets';
import { PageHead } from '../document/PageHead';
import { renderDocument } from '../document/renderDocument';
import { stylesheet } from '../document/assets';
import { DesktopPage } from './DesktopPage';
import { MobilePage } from './MobilePage';

/**
 * A page model drawn in its frame, as a complete HTML document: the one renderer of both sites
 * (decision 021). The desktop frame links its stylesheet and, on pages with something to enhance
 * (an article's share buttons and videos), the one small script; the mobile frame inlines its CSS
 * and runs no script at all (decision 002).
 */
export function renderFrame(model: PageModel, ui: Ui): string {
  const { route, head } = model;
  if (route.mobile) {
    return renderDocument({
      lang: route.locale,
      title: head.title,
      head: <PageHead model={model} layout="mobile" />,
      css: stylesheet('mobile.css'),
      body: <MobilePage model={model} ui={ui} />,
    });
  }
  return renderDocument({
    lang: route.locale,
    title: head.title,
    assets: desktopAssetTags({ script: model.body.kind === 'article' }),
    head: <PageHead model={model} layout="desktop" />,
    body: <DesktopPage model={model} ui={ui} />,
  });
}
