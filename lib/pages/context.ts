import { notFound } from 'next/navigation';
import { setRequestLocale } from 'next-intl/server';
import { getContent, type ContentIndex, type Locale } from '../content';
import { getUi, type Ui } from '../i18n/ui';
import { isLocale } from '@/i18n/routing';
import { mobilePath, versionSwitchHref } from '../urls';

export interface PageContext {
  locale: Locale;
  content: ContentIndex;
  ui: Ui;
}

/**
 * What every page starts with: the locale from the route (validated), the
 * content index and the translated UI. setRequestLocale keeps the page
 * statically cacheable (no headers() read).
 */
export async function pageContext(localeParam: string): Promise<PageContext> {
  if (!isLocale(localeParam)) notFound();
  setRequestLocale(localeParam);
  const [content, ui] = await Promise.all([getContent(), getUi(localeParam)]);
  return { locale: localeParam, content, ui };
}

/** The desktop footer's "Phiên bản di động" link: the mobile twin of this page, remembering the choice. */
export function mobileVersionLink(ui: Ui, desktop: string): { href: string; label: string } {
  return { href: versionSwitchHref(mobilePath(desktop), 'mobile'), label: ui.t('Footer.mobileVersion') };
}
