import type { Locale } from '@/lib/content';
import { THEME_COLOR, iconLinks } from '@/lib/seo/icons';

/** Favicons, home-screen icon, manifest and theme colour: the head of every page, both frames. */
export function IconLinks({ locale }: { locale: Locale }) {
  return (
    <>
      <meta name="theme-color" content={THEME_COLOR} />
      {iconLinks(locale).map((link) => (
        <link key={link.href} rel={link.rel} href={link.href} type={link.type} sizes={link.sizes} />
      ))}
    </>
  );
}
