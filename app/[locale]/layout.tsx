import type { Metadata, Viewport } from 'next';
import { notFound } from 'next/navigation';
import { setRequestLocale } from 'next-intl/server';
import { isLocale } from '@/lib/locale';
import { THEME_COLOR, iconMetadata } from '@/lib/seo/icons';
import { siteUrl } from '@/lib/urls';
import { preload } from 'react-dom';
import fontFiles from '@/lib/media/font-files.json';
import '@/styles/fonts.css';
import '@/styles/desktop.css';

export async function generateMetadata({ params }: LayoutProps<'/[locale]'>): Promise<Metadata> {
  const { locale } = await params;
  return { metadataBase: new URL(siteUrl()), ...(isLocale(locale) ? iconMetadata(locale) : {}) };
}

export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  themeColor: THEME_COLOR,
};

/** Nothing is rendered at build: every page renders on first request and is then served from cache. */
export function generateStaticParams() {
  return [];
}

export default async function LocaleLayout({ children, params }: LayoutProps<'/[locale]'>) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  // Fonts (npm run make-fonts, decisions 013 and 017): Latin + Vietnamese, 4 faces, all preloaded,
  // font-display: optional, so a face that misses the first paint is skipped and never moves text.
  for (const href of fontFiles.preload) preload(href, { as: 'font', type: 'font/woff2', crossOrigin: 'anonymous' });
  return (
    <html lang={locale}>
      <body>{children}</body>
    </html>
  );
}
