import { getLocale } from 'next-intl/server';
import { NotFoundView } from '@/components/pages/NotFoundView';
import { isLocale } from '@/i18n/routing';
import { getContent } from '@/lib/content';
import { getUi } from '@/lib/i18n/ui';

/** The 404 page, in the reader's language, with a way back in. */
export default async function NotFound() {
  const requested = await getLocale();
  const locale = isLocale(requested) ? requested : 'vi';
  const [content, ui] = await Promise.all([getContent(), getUi(locale)]);
  return <NotFoundView ui={ui} site={content.site} menu={content.menu(locale)} latest={content.latest(locale, 6)} />;
}
